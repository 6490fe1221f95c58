/**
 * Every code a domain function can fail with. The API maps each one with an exhaustive switch,
 * so adding a code here is a compile error there until it is mapped.
 */
export const DOMAIN_ERROR_CODES = [
  'INVALID_NUMBER',
  'LENGTH_MISMATCH',
  'UNKNOWN_INDICATOR',
  'UNKNOWN_SUBJECT',
  'EMPTY_SET',
  'OUT_OF_RANGE',
  'INVALID_WEIGHTS',
  'TOO_FEW_VALUES',
  'ZERO_DENOMINATOR',
  'INVALID_ARGUMENT',
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** A typed failure of a domain function: branch on `code`, never on `message`. */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}

/** Throws INVALID_NUMBER unless `x` is a finite number. */
export function assertFinite(x: number, what: string): void {
  if (typeof x !== 'number' || !Number.isFinite(x)) {
    throw new DomainError('INVALID_NUMBER', `${what} must be a finite number, got ${String(x)}`, { what });
  }
}

/** Throws LENGTH_MISMATCH unless the two lengths agree. */
export function assertSameLength(a: number, b: number, what: string): void {
  if (a !== b) {
    throw new DomainError('LENGTH_MISMATCH', `${what}: expected ${a} items, got ${b}`, { expected: a, actual: b });
  }
}
