import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** One bad field as the API reported it: the machine `reason` picks the message shown. */
export interface FieldIssue {
  field: string;
  /** The API's reason code (e.g. `PARTNER_NAME_TAKEN`); undefined from an API without reasons. */
  reason: string | undefined;
  /** The server's prose: shown only when the app has no message for the reason. */
  message: string;
}

/** What the UI needs from a failed operation: the API's code, message and per-field errors. */
export interface ApiError {
  code: string | undefined;
  /** The machine reason of the whole error (`extensions.reason`), when the API gives one. */
  reason: string | undefined;
  message: string;
  /** The first message per field (server prose). */
  fieldErrors: Record<string, string>;
  /** Every field error with its reason, all at once, in the API's order. */
  fieldIssues: FieldIssue[];
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
  const fieldIssues: FieldIssue[] = [];
  for (const error of errors) {
    const list = error.extensions?.fieldErrors;
    if (!Array.isArray(list)) continue;
    for (const item of list as Array<{ field?: unknown; message?: unknown; reason?: unknown }>) {
      if (typeof item.field !== 'string' || typeof item.message !== 'string') continue;
      fieldIssues.push({ field: item.field, reason: typeof item.reason === 'string' ? item.reason : undefined, message: item.message });
      if (!fieldErrors[item.field]) fieldErrors[item.field] = item.message;
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
  return {
    code: typeof extensions.code === 'string' ? extensions.code : undefined,
    reason: typeof extensions.reason === 'string' ? extensions.reason : undefined,
    message: first?.message ?? 'Something went wrong.',
    fieldErrors,
    fieldIssues,
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
    return { code: undefined, reason: undefined, message: `The server answered ${error.statusCode}.`, fieldErrors: {}, fieldIssues: [], rowErrors: [], retryAfterSeconds: undefined };
  }
  return { code: undefined, reason: undefined, message: unreachable, fieldErrors: {}, fieldIssues: [], rowErrors: [], retryAfterSeconds: undefined };
}
