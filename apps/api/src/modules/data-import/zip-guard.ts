import zlib from 'node:zlib';

/**
 * Checks an XLSX (zip) before any spreadsheet library inflates it: reads the central directory,
 * refuses too many entries, ZIP64, encryption, unknown compression, and declared sizes over the
 * caps, then inflates each entry with `maxOutputLength` set to its declared size, so a bomb that
 * lies about its sizes fails after at most the cap's worth of bytes instead of gigabytes. After
 * this, the library inflates the same entries to sizes known to be small.
 */
export interface ZipLimits {
  maxEntries: number;
  /** Sum of the entries' uncompressed sizes. */
  maxTotalBytes: number;
  maxEntryBytes: number;
}

export class ZipRefused extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Checks the zip; returns the unpacked parts whose names `keep` accepts (for a pre-scan). */
export function checkZip(buf: Buffer, limits: ZipLimits, keep: (name: string) => boolean = () => false): Map<string, Buffer> {
  const kept = new Map<string, Buffer>();
  // End of central directory: 22 bytes + a comment of up to 65,535.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipRefused('The file is not a readable XLSX workbook (no zip directory)');
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipRefused('ZIP64 workbooks are not accepted');
  if (count > limits.maxEntries) throw new ZipRefused(`The workbook has ${count} parts; at most ${limits.maxEntries} are accepted`);
  if (cdOffset + cdSize > eocd) throw new ZipRefused('The file is not a readable XLSX workbook (bad zip directory)');
  let p = cdOffset;
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipRefused('The file is not a readable XLSX workbook (bad zip entry)');
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (flags & 1) throw new ZipRefused('Encrypted workbooks are not accepted');
    if (method !== 0 && method !== 8) throw new ZipRefused(`The workbook part ${name.slice(0, 80)} uses an unsupported compression`);
    if (size === 0xffffffff || compressed === 0xffffffff) throw new ZipRefused('ZIP64 workbooks are not accepted');
    if (size > limits.maxEntryBytes) throw new ZipRefused(`The workbook part ${name.slice(0, 80)} unpacks to ${mb(size)}; at most ${mb(limits.maxEntryBytes)} per part`);
    total += size;
    if (total > limits.maxTotalBytes) throw new ZipRefused(`The workbook unpacks to more than ${mb(limits.maxTotalBytes)}; split it into smaller files`);
    // The data itself: it must inflate to exactly the declared size, and no further.
    if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== LOCAL) throw new ZipRefused('The file is not a readable XLSX workbook (bad zip entry)');
    const start = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    const data = buf.subarray(start, start + compressed);
    if (data.length !== compressed) throw new ZipRefused('The file is not a readable XLSX workbook (truncated)');
    let out: Buffer;
    if (method === 0) out = data;
    else {
      try {
        out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
      } catch {
        throw new ZipRefused(`The workbook part ${name.slice(0, 80)} does not unpack to its declared size`);
      }
    }
    if (out.length !== size) throw new ZipRefused(`The workbook part ${name.slice(0, 80)} does not unpack to its declared size`);
    if (keep(name)) kept.set(name, out);
  }
  return kept;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
