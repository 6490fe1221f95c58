import { badInputs } from './app-error';

/**
 * Update inputs tell "absent" (keep the value) from an explicit null (clear it). For columns
 * that cannot be empty, a null is the client's mistake: BAD_USER_INPUT, not a NOT NULL
 * violation or a crash on `null.trim()`.
 */
export function rejectExplicitNulls<T extends object>(input: T, fields: readonly (keyof T & string)[]): void {
  const nulls = fields.filter((f) => input[f] === null);
  if (nulls.length) {
    throw badInputs(nulls.map((field) => ({ field, reason: 'NULL_NOT_ALLOWED', message: 'Cannot be null; leave it out to keep the current value' })));
  }
}
