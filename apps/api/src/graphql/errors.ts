import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError, type DomainErrorCode } from '@polisee/domain';

/** Codes the API answers with in `extensions.code`. The UI branches on these. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldError {
  field: string;
  message: string;
}

/** An expected failure with a code. Services throw these; resolvers hold no try/catch. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: Exclude<ApiErrorCode, 'INTERNAL_SERVER_ERROR'>,
    message: string,
    extra: { fieldErrors?: FieldError[]; retryAfterSeconds?: number; [k: string]: unknown } = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badInput = (field: string, message: string): AppError =>
  new AppError('BAD_USER_INPUT', message, { fieldErrors: [{ field, message }] });

export const badInputs = (fieldErrors: FieldError[]): AppError =>
  new AppError('BAD_USER_INPUT', fieldErrors.map((f) => `${f.field}: ${f.message}`).join('; '), { fieldErrors });

/**
 * Maps a domain error code to the API's code. Exhaustive: a new DomainErrorCode that is not
 * mapped here fails to compile.
 */
export function domainErrorToApiCode(code: DomainErrorCode): Exclude<ApiErrorCode, 'INTERNAL_SERVER_ERROR'> {
  switch (code) {
    case 'INVALID_NUMBER':
    case 'LENGTH_MISMATCH':
    case 'UNKNOWN_INDICATOR':
    case 'UNKNOWN_SUBJECT':
    case 'EMPTY_SET':
    case 'OUT_OF_RANGE':
    case 'INVALID_WEIGHTS':
    case 'TOO_FEW_VALUES':
    case 'ZERO_DENOMINATOR':
    case 'INVALID_ARGUMENT':
      return 'BAD_USER_INPUT';
    default: {
      const unmapped: never = code;
      return unmapped;
    }
  }
}

const EXPOSED: ReadonlySet<string> = new Set<ApiErrorCode>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
]);

/** Apollo's built-in codes for malformed requests; safe to show as they are. */
const REQUEST_ERRORS: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  // the edge's own refusals (src/graphql/limits, trusted documents)
  'QUERY_TOO_COMPLEX',
  'QUERY_TIMEOUT',
  'PERSISTED_QUERY_NOT_ALLOWED',
]);

function unwrap(error: unknown): unknown {
  // Apollo wraps resolver errors in a GraphQLError whose originalError is what was thrown.
  let e = error;
  while (e instanceof GraphQLError && e.originalError && e.originalError !== e) e = e.originalError;
  return e;
}

/** True for errors the client may see as they are; the rest are logged and masked. */
export function isExpectedError(error: unknown): boolean {
  const original = unwrap(error);
  if (original instanceof ArgumentValidationError || original instanceof DomainError) return true;
  if (original instanceof GraphQLError) {
    const code = original.extensions?.code;
    return typeof code === 'string' && (EXPOSED.has(code) || REQUEST_ERRORS.has(code));
  }
  return false;
}

/**
 * The one error mapper: known codes pass with their message and extensions; validation errors
 * become BAD_USER_INPUT with fieldErrors; everything else is logged and masked (no stack, no SQL).
 */
export function createFormatError(isProduction: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrap(error);
    const path = formatted.path;
    if (original instanceof ArgumentValidationError) {
      const fieldErrors: FieldError[] = [];
      const walk = (errs: typeof original.extensions.validationErrors, prefix: string) => {
        for (const ve of errs ?? []) {
          const field = prefix ? `${prefix}.${ve.property}` : ve.property;
          for (const message of Object.values(ve.constraints ?? {})) fieldErrors.push({ field, message });
          if (ve.children?.length) walk(ve.children, field);
        }
      };
      walk(original.extensions.validationErrors, '');
      // Field names are the input's own (`name`, not `input.name`).
      const cleaned = fieldErrors.map((f) => ({ ...f, field: f.field.replace(/^input\./, '') }));
      return {
        message: cleaned.map((f) => `${f.field}: ${f.message}`).join('; ') || 'Invalid input',
        path,
        extensions: { code: 'BAD_USER_INPUT', fieldErrors: cleaned },
      };
    }
    if (original instanceof DomainError) {
      return { message: original.message, path, extensions: { code: domainErrorToApiCode(original.code), domainCode: original.code } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && (EXPOSED.has(code) || REQUEST_ERRORS.has(code))) {
      const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    return {
      message: isProduction ? 'Internal server error' : (formatted.message ?? 'Internal server error'),
      path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/**
 * Update inputs tell "absent" (keep the value) from an explicit null (clear it). For columns
 * that cannot be empty, a null is the client's mistake: BAD_USER_INPUT, not a NOT NULL
 * violation or a crash on `null.trim()`.
 */
export function rejectExplicitNulls<T extends object>(input: T, fields: readonly (keyof T & string)[]): void {
  const nulls = fields.filter((f) => input[f] === null);
  if (nulls.length) throw badInputs(nulls.map((field) => ({ field, message: 'Cannot be null; leave it out to keep the current value' })));
}
