import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { messageForReason } from './error-messages';

/**
 * What the UI needs from a failed operation: the API's code and reason, the message to show
 * (chosen by reason, the server's prose as fallback) and every field's error at once.
 */
export interface ApiError {
  code: string | undefined;
  /** The machine reason (`PARTNER_NAME_TAKEN`); branch on this, not on the message. */
  reason: string | undefined;
  message: string;
  fieldErrors: Record<string, string>;
  /** Bad rows of an import file (extensions.rowErrors of a failed applyObservationImport). */
  rowErrors: RowError[];
  retryAfterSeconds: number | undefined;
}

export interface RowError {
  row: number;
  column: string | null;
  message: string;
}

interface FormattedError {
  message: string;
  extensions?: Record<string, unknown>;
}

const unreachable = 'The server could not be reached. Check your connection and try again.';

function fromGraphQLErrors(errors: readonly FormattedError[]): ApiError {
  const first = errors[0];
  const extensions = first?.extensions ?? {};
  const fieldErrors: Record<string, string> = {};
  for (const error of errors) {
    const list = error.extensions?.fieldErrors;
    if (!Array.isArray(list)) continue;
    for (const item of list as Array<{ field?: unknown; reason?: unknown; message?: unknown }>) {
      if (typeof item.field === 'string' && typeof item.message === 'string' && !fieldErrors[item.field]) {
        fieldErrors[item.field] = messageForReason(typeof item.reason === 'string' ? item.reason : undefined, item.message);
      }
    }
  }
  const rowErrors: RowError[] = [];
  for (const error of errors) {
    const list = error.extensions?.rowErrors;
    if (!Array.isArray(list)) continue;
    for (const item of list as Array<{ row?: unknown; column?: unknown; message?: unknown }>) {
      if (typeof item.row === 'number' && typeof item.message === 'string') {
        rowErrors.push({ row: item.row, column: typeof item.column === 'string' ? item.column : null, message: item.message });
      }
    }
  }
  const retry = extensions.retryAfterSeconds;
  const reason = typeof extensions.reason === 'string' ? extensions.reason : undefined;
  return {
    code: typeof extensions.code === 'string' ? extensions.code : undefined,
    reason,
    message: messageForReason(reason, first?.message ?? 'Something went wrong.'),
    fieldErrors,
    rowErrors,
    retryAfterSeconds: typeof retry === 'number' ? retry : undefined,
  };
}

export function readApiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) return fromGraphQLErrors(error.errors);
  // A non-2xx response (e.g. 429) may still carry a GraphQL error body.
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: FormattedError[] };
      if (Array.isArray(body.errors) && body.errors.length > 0) return fromGraphQLErrors(body.errors);
    } catch {
      // not JSON: fall through
    }
    return { code: undefined, reason: undefined, message: `The server answered ${error.statusCode}.`, fieldErrors: {}, rowErrors: [], retryAfterSeconds: undefined };
  }
  return { code: undefined, reason: undefined, message: unreachable, fieldErrors: {}, rowErrors: [], retryAfterSeconds: undefined };
}
