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
  retryAfterSeconds: number | undefined;
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
  const retry = extensions.retryAfterSeconds;
  const reason = typeof extensions.reason === 'string' ? extensions.reason : undefined;
  return {
    code: typeof extensions.code === 'string' ? extensions.code : undefined,
    reason,
    message: messageForReason(reason, first?.message ?? 'Something went wrong.'),
    fieldErrors,
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
    return { code: undefined, reason: undefined, message: `The server answered ${error.statusCode}.`, fieldErrors: {}, retryAfterSeconds: undefined };
  }
  return { code: undefined, reason: undefined, message: unreachable, fieldErrors: {}, retryAfterSeconds: undefined };
}
