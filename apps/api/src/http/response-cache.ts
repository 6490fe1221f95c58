/*
 * A response cache for anonymous public reads (issue 8, item 11). A POST /graphql without a
 * session cookie whose operation is a query selecting only public read fields (partners,
 * regions, indicators, the practice search and the like) is answered from the stored JSON of an equal earlier request
 * under the same data version, skipping GraphQL parsing, validation and execution and all but one
 * database round trip (reading the version). The version is bumped by statement triggers on
 * every write to the tables these fields read (DataVersion and PublicDataVersion migrations), and
 * read on every request, so instances stay stateless and never serve data older than the
 * database. Only complete 200 answers without `errors` are stored.
 */
import { createHash } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { GraphQLError, Kind, parse, type DocumentNode } from 'graphql';
import { LruMap } from '../common/lru-map';

/**
 * Root query fields whose anonymous answer depends only on tables that bump the data version.
 * A field that reads another table, the clock or the caller must not be listed.
 */
export const PUBLIC_READ_FIELDS: ReadonlySet<string> = new Set([
  'partners',
  'partner',
  'regions',
  'region',
  'countries',
  'indicators',
  'indicator',
  'availableYears',
  'defaultBenchmarkYear',
  'similarityDimensions',
  'sectors',
  'clusters',
  // Published practices (issue 10): the PracticeSearchTable migration bumps the version whenever the
  // published set or a published practice changes; the anonymous answer shows no contact, history,
  // revision or actions (members, who see contacts, carry the session cookie and are never cached).
  'practices',
]);

interface Stored {
  body: Buffer;
  contentType: string;
}

export interface ResponseCacheOptions {
  /** Answers kept per instance (0: off). */
  capacity: number;
  /** The database's data version, read on every cacheable request. */
  readVersion(): Promise<string>;
  /** A request carrying this cookie is a member's: never cached. */
  sessionCookie: string;
  publicFields?: ReadonlySet<string>;
  /**
   * Charged before a hit is served, so cached answers count against the rate limits like any
   * other request; a refusal (TOO_MANY_REQUESTS) is answered with 429 and Retry-After.
   */
  chargeHit?(req: Request): Promise<void>;
}

/** Whether the document's operation is a query of public read fields only (parsed once per text). */
function publicQuery(doc: DocumentNode, operationName: string | undefined, fields: ReadonlySet<string>): boolean {
  const operations = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (doc.definitions.some((d) => d.kind !== Kind.OPERATION_DEFINITION && d.kind !== Kind.FRAGMENT_DEFINITION)) return false;
  const op = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!op || op.operation !== 'query') return false;
  return op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && fields.has(s.name.value) && !s.directives?.length);
}

export function createResponseCache(options: ResponseCacheOptions): RequestHandler {
  const fields = options.publicFields ?? PUBLIC_READ_FIELDS;
  const answers = new LruMap<string, Stored>(options.capacity);
  /** query text -> cacheable? (the parse is the costly part) */
  const verdicts = new LruMap<string, boolean>(500);
  const cookiePrefix = `${options.sessionCookie}=`;

  const cacheable = (query: string, operationName: string | undefined): boolean => {
    const k = `${operationName ?? ''}\u0000${query}`;
    let verdict = verdicts.get(k);
    if (verdict === undefined) {
      try {
        verdict = publicQuery(parse(query), operationName, fields);
      } catch {
        verdict = false; // GraphQL answers the syntax error
      }
      verdicts.set(k, verdict);
    }
    return verdict;
  };

  return (req: Request, res: Response, next: NextFunction) => {
    // What Apollo's cache-control plugin (disabled) said for answers without hints.
    res.setHeader('cache-control', 'no-store');
    if (options.capacity <= 0 || req.method !== 'POST') return next();
    const cookie = req.headers.cookie;
    if (cookie && cookie.includes(cookiePrefix)) return next();
    const body = req.body as { query?: unknown; variables?: unknown; operationName?: unknown; extensions?: unknown } | undefined;
    if (!body || typeof body.query !== 'string' || body.extensions !== undefined) return next();
    const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;
    if (!cacheable(body.query, operationName)) return next();
    const requestKey = createHash('sha256')
      .update(JSON.stringify([body.query, operationName ?? null, body.variables ?? null, req.headers['accept-language'] ?? null]))
      .digest('base64url');

    options
      .readVersion()
      .then((version) => {
        const key = `${version}\u0000${requestKey}`;
        const hit = answers.get(key);
        if (hit) {
          return Promise.resolve(options.chargeHit?.(req)).then(
            () => {
              res.status(200).setHeader('content-type', hit.contentType);
              res.setHeader('x-response-cache', 'hit');
              res.end(hit.body);
            },
            (err: unknown) => {
              const ext = err instanceof GraphQLError ? err.extensions : undefined;
              if (!ext || ext.code !== 'TOO_MANY_REQUESTS') throw err;
              if (typeof ext.retryAfterSeconds === 'number') res.setHeader('retry-after', String(ext.retryAfterSeconds));
              res.status(429).json({
                errors: [{ message: (err as GraphQLError).message, extensions: { code: ext.code, reason: ext.reason, retryAfterSeconds: ext.retryAfterSeconds } }],
              });
            },
          );
        }
        // Miss: let GraphQL answer, and keep a copy of a complete, error-free answer.
        const end = res.end.bind(res) as (...args: unknown[]) => Response;
        (res as { end: (...args: unknown[]) => Response }).end = (...args: unknown[]) => {
          const chunk = args[0];
          if (res.statusCode === 200 && (typeof chunk === 'string' || Buffer.isBuffer(chunk))) {
            const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
            const contentType = String(res.getHeader('content-type') ?? '');
            if (contentType.startsWith('application/json') && !buf.includes('"errors":')) answers.set(key, { body: buf, contentType });
          }
          return end(...args);
        };
        next();
      })
      .catch(next);
  };
}
