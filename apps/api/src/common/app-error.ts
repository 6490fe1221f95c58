/*
 * Transport-neutral application errors. Services and rules throw `AppError`; they never build a
 * GraphQLError. The one formatter (`graphql/errors.ts`) maps an AppError to `extensions.code`,
 * `extensions.reason` and `extensions.fieldErrors`, so a second transport (REST, a job runner)
 * could map the same errors its own way.
 */

/** Codes the API answers with in `extensions.code`. The UI branches on these. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR';

/** The codes an expected failure may carry (INTERNAL_SERVER_ERROR is only ever a masked bug). */
export type AppErrorCode = Exclude<ApiErrorCode, 'INTERNAL_SERVER_ERROR'>;

/**
 * A machine reason in SCREAMING_SNAKE_CASE (`PARTNER_NAME_TAKEN`, `LAST_ADMIN`). The apps pick
 * the message they show by reason (translated); the server's English message is only a
 * fallback. A reason is a stable contract: rename it only together with the apps.
 * `Uppercase<string>` makes a prose message passed by mistake fail to compile.
 */
export type ErrorReason = Uppercase<string>;

/** One bad field of an input. `field` is the input's own name (`name`, not `input.name`). */
export interface FieldError {
  field: string;
  reason: ErrorReason;
  message: string;
}

export interface AppErrorDetails {
  /** Every bad field at once, not one per submit. */
  fieldErrors?: readonly FieldError[];
  /** With TOO_MANY_REQUESTS: when to try again. */
  retryAfterSeconds?: number;
}

/** Reasons shared by every module; a module's own reasons live beside its service. */
export const CommonReason = {
  /** Several fields failed; see fieldErrors for each one's reason. */
  INVALID_INPUT: 'INVALID_INPUT',
  SIGN_IN_REQUIRED: 'SIGN_IN_REQUIRED',
  ROLE_NOT_ALLOWED: 'ROLE_NOT_ALLOWED',
  INVALID_CURSOR: 'INVALID_CURSOR',
  PAGE_SIZE_OUT_OF_RANGE: 'PAGE_SIZE_OUT_OF_RANGE',
} as const satisfies Record<string, ErrorReason>;

/** An expected failure with an API code and a machine reason. Resolvers hold no try/catch. */
export class AppError extends Error {
  override readonly name = 'AppError';
  readonly fieldErrors: readonly FieldError[];
  readonly retryAfterSeconds: number | undefined;

  constructor(
    readonly code: AppErrorCode,
    readonly reason: ErrorReason,
    message: string,
    details: AppErrorDetails = {},
  ) {
    super(message);
    this.fieldErrors = details.fieldErrors ?? [];
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

/** One bad field: BAD_USER_INPUT whose reason is the field's reason. */
export const badInput = (field: string, reason: ErrorReason, message: string): AppError =>
  new AppError('BAD_USER_INPUT', reason, message, { fieldErrors: [{ field, reason, message }] });

/**
 * Several bad fields in one error. With one field the error's reason is that field's; with more
 * it is INVALID_INPUT and each field keeps its own.
 */
export function badInputs(fieldErrors: readonly FieldError[], code: 'BAD_USER_INPUT' | 'CONFLICT' = 'BAD_USER_INPUT'): AppError {
  const reason = fieldErrors.length === 1 ? fieldErrors[0]!.reason : CommonReason.INVALID_INPUT;
  return new AppError(code, reason, fieldErrors.map((f) => `${f.field}: ${f.message}`).join('; ') || 'Invalid input', { fieldErrors });
}

/**
 * Collects field errors so a rule check reports every bad field at once:
 * `const errors = new FieldErrors(); errors.add(...); ...; errors.throwIfAny();`
 */
export class FieldErrors {
  private readonly list: FieldError[] = [];

  add(field: string, reason: ErrorReason, message: string): this {
    this.list.push({ field, reason, message });
    return this;
  }

  has(field: string): boolean {
    return this.list.some((f) => f.field === field);
  }

  get size(): number {
    return this.list.length;
  }

  /** Throws one BAD_USER_INPUT carrying every collected field error; no-op when there is none. */
  throwIfAny(): void {
    if (this.list.length > 0) throw badInputs(this.list);
  }
}

