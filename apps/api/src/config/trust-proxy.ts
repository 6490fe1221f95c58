import net from 'node:net';

/**
 * `TRUST_PROXY`, in Express's `trust proxy` terms, never "trust any header":
 * - unset, `false`, `0`: the socket's peer is the client; `X-Forwarded-For` is ignored.
 * - a hop count (`1`, `2`, ...; `true` means 1): that many proxies in front of the API, so the client
 *   is the entry that many hops from the right of `X-Forwarded-For` (what the nearest proxy saw);
 *   entries a client wrote itself further left are ignored.
 * - a comma-separated list of proxy addresses or CIDR ranges (`10.0.0.0/8, 192.0.2.7`, or
 *   `loopback`, `linklocal`, `uniquelocal`): the client is the right-most address not in the list.
 */
export type TrustProxy = false | number | string[];

const NAMED = new Set(['loopback', 'linklocal', 'uniquelocal']);

export function parseTrustProxy(raw: string | undefined): TrustProxy | { error: string } {
  if (raw === undefined || /^(false|0|no|off)$/i.test(raw)) return false;
  if (/^(true|yes|on)$/i.test(raw)) return 1;
  if (/^\d+$/.test(raw)) {
    const n = Number(raw);
    return n >= 1 && n <= 10 ? n : { error: `hop count must be between 1 and 10, got ${raw}` };
  }
  const entries = raw.split(',').map((s) => s.trim()).filter(Boolean);
  for (const e of entries) {
    if (NAMED.has(e)) continue;
    const [addr, bits, extra] = e.split('/');
    const family = net.isIP(addr ?? '');
    const okBits = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
    if (!family || !okBits || extra !== undefined) {
      return { error: `must be false, a hop count, or a list of proxy addresses/CIDR ranges; "${e}" is neither` };
    }
  }
  return entries.length ? entries : false;
}
