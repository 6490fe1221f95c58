import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { i18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { apiErrorMessages } from '@polisee/ui';
import { messageForReason } from './error-messages';

/** One bad field as the API reported it: the machine `reason` picks the message shown. */
export interface FieldIssue {
  field: string;
  /** The API's reason code (`PARTNER_NAME_TAKEN`); undefined from an API without reasons. */
  reason: string | undefined;
  /** The server's prose: shown only when the app has no message for the reason. */
  message: string;
}

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
  /** Every field error with its reason and the server's prose, all at once, in the API's order. */
  fieldIssues: FieldIssue[];
  retryAfterSeconds: number | undefined;
}

const serverAnswered = (status: number) => msg`The server answered ${status}.`;

interface FormattedError {
  message: string;
  extensions?: Record<string, unknown>;
}


function fromGraphQLErrors(errors: readonly FormattedError[]): ApiError {
  const first = errors[0];
  const extensions = first?.extensions ?? {};
  const fieldErrors: Record<string, string> = {};
  const fieldIssues: FieldIssue[] = [];
  for (const error of errors) {
    const list = error.extensions?.fieldErrors;
    if (!Array.isArray(list)) continue;
    for (const item of list as Array<{ field?: unknown; reason?: unknown; message?: unknown }>) {
      if (typeof item.field !== 'string' || typeof item.message !== 'string') continue;
      const reason = typeof item.reason === 'string' ? item.reason : undefined;
      fieldIssues.push({ field: item.field, reason, message: item.message });
      if (!fieldErrors[item.field]) fieldErrors[item.field] = messageForReason(reason, item.message);
    }
  }
  const retry = extensions.retryAfterSeconds;
  const reason = typeof extensions.reason === 'string' ? extensions.reason : undefined;
  return {
    code: typeof extensions.code === 'string' ? extensions.code : undefined,
    reason,
    // By reason; without a reason by code. The server's prose only for a reason the console does
    // not word yet (it is more precise than the code's general message).
    message: messageForReason(reason, (reason ? undefined : codeMessage(extensions.code)) ?? first?.message ?? i18n._(apiErrorMessages.INTERNAL_SERVER_ERROR!)),
    fieldErrors,
    fieldIssues,
    retryAfterSeconds: typeof retry === 'number' ? retry : undefined,
  };
}

function codeMessage(code: unknown): string | undefined {
  const descriptor = typeof code === 'string' ? apiErrorMessages[code] : undefined;
  return descriptor ? i18n._(descriptor) : undefined;
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
    return { code: undefined, reason: undefined, message: i18n._(serverAnswered(error.statusCode)), fieldErrors: {}, fieldIssues: [], retryAfterSeconds: undefined };
  }
  return { code: undefined, reason: undefined, message: i18n._(apiErrorMessages.NETWORK!), fieldErrors: {}, fieldIssues: [], retryAfterSeconds: undefined };
}
