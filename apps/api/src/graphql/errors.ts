import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError, type DomainErrorCode } from '@polisee/domain';
import { AppError, CommonReason, type AppErrorCode, type ApiErrorCode, type ErrorReason, type FieldError } from '../common/app-error';

/**
 * Maps a domain error code to the API's code. Exhaustive: a new DomainErrorCode that is not
 * mapped here fails to compile. The domain code itself becomes the reason.
 */
export function domainErrorToApiCode(code: DomainErrorCode): AppErrorCode {
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
  if (original instanceof AppError || original instanceof ArgumentValidationError || original instanceof DomainError) return true;
  if (original instanceof GraphQLError) {
    const code = original.extensions?.code;
    return typeof code === 'string' && (EXPOSED.has(code) || REQUEST_ERRORS.has(code));
  }
  return false;
}

/** class-validator's constraint name as a reason: `isLength` -> `IS_LENGTH`, `isUUID` -> `IS_UUID`. */
const constraintReason = (constraint: string): ErrorReason =>
  constraint.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase() as ErrorReason;

function validationFieldErrors(error: ArgumentValidationError): FieldError[] {
  const fieldErrors: FieldError[] = [];
  const walk = (errs: typeof error.extensions.validationErrors, prefix: string) => {
    for (const ve of errs ?? []) {
      // Field names are the input's own (`name`, not `input.name`).
      const field = (prefix ? `${prefix}.${ve.property}` : ve.property).replace(/^input\./, '');
      for (const [constraint, message] of Object.entries(ve.constraints ?? {})) {
        fieldErrors.push({ field, reason: constraintReason(constraint), message });
      }
      if (ve.children?.length) walk(ve.children, prefix ? `${prefix}.${ve.property}` : ve.property);
    }
  };
  walk(error.extensions.validationErrors, '');
  return fieldErrors;
}

/**
 * The one error mapper: an AppError becomes `extensions.code`, `extensions.reason` and (for bad
 * input) `extensions.fieldErrors`, each with its own reason; a DomainError's code is its reason;
 * input validation becomes BAD_USER_INPUT with every field error at once; everything else is
 * logged and masked (no stack, no SQL).
 */
export function createFormatError(isProduction: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrap(error);
    const path = formatted.path;
    if (original instanceof AppError) {
      const extensions: Record<string, unknown> = { code: original.code, reason: original.reason };
      if (original.fieldErrors.length > 0) extensions.fieldErrors = original.fieldErrors;
      if (original.retryAfterSeconds !== undefined) extensions.retryAfterSeconds = original.retryAfterSeconds;
      return { message: original.message, locations: formatted.locations, path, extensions };
    }
    if (original instanceof ArgumentValidationError) {
      const fieldErrors = validationFieldErrors(original);
      return {
        message: fieldErrors.map((f) => `${f.field}: ${f.message}`).join('; ') || 'Invalid input',
        path,
        extensions: { code: 'BAD_USER_INPUT', reason: CommonReason.INVALID_INPUT, fieldErrors },
      };
    }
    if (original instanceof DomainError) {
      return {
        message: original.message,
        path,
        extensions: { code: domainErrorToApiCode(original.code), reason: original.code, domainCode: original.code },
      };
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
