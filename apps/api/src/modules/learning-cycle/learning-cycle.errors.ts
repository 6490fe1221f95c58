import { AppError, badInput as commonBadInput, type FieldError } from '../../common/app-error';

/**
 * The learning cycle's error reasons. A refused move or fact carries the domain's guard as
 * `extensions.reason` (e.g. MEASURES_HAVE_BASELINE_AND_TARGET, PEERS_FROM_TWO_OTHER_COUNTRIES)
 * and its message; the apps branch on the reason.
 */
export const CycleReason = {
  CYCLE_NOT_FOUND: 'CYCLE_NOT_FOUND',
  NOT_YOUR_PARTNERS_CYCLE: 'NOT_YOUR_PARTNERS_CYCLE',
  CYCLE_FINISHED: 'CYCLE_FINISHED',
  NO_BENCHMARK_SNAPSHOT: 'NO_BENCHMARK_SNAPSHOT',
  TODO_ALREADY_A_MEASURE: 'TODO_ALREADY_A_MEASURE',
  MEASURE_HAS_PILOTS: 'MEASURE_HAS_PILOTS',
  READINGS_CLOSED: 'READINGS_CLOSED',
  NO_EVALUATION: 'NO_EVALUATION',
  PRACTICE_ALREADY_DRAFTED: 'PRACTICE_ALREADY_DRAFTED',
  UNKNOWN_PRACTICE: 'UNKNOWN_PRACTICE',
  PRACTICE_NOT_PUBLISHED: 'PRACTICE_NOT_PUBLISHED',
  INVALID_VALUE: 'INVALID_VALUE',
  UNKNOWN_REFERENCE: 'UNKNOWN_REFERENCE',
  SIGN_IN_REQUIRED: 'SIGN_IN_REQUIRED',
} as const;
export type CycleReasonValue = (typeof CycleReason)[keyof typeof CycleReason];

export const cycleError = (code: 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'BAD_USER_INPUT', reason: CycleReasonValue, message: string): AppError =>
  new AppError(code, reason, message);

/** A domain refusal (learning-cycle or peer-review guard): CONFLICT with the guard as reason. */
export const refused = (r: { guard: string; message: string }): AppError => new AppError('CONFLICT', r.guard.toUpperCase() as Uppercase<string>, r.message);

export const notFound = (what: string): AppError => cycleError('NOT_FOUND', 'CYCLE_NOT_FOUND', `${what} not found`);

/** One bad field (reason INVALID_VALUE unless given). */
export const badInput = (field: string, message: string, reason: CycleReasonValue = 'INVALID_VALUE'): AppError => commonBadInput(field, reason, message);

/** A field error for `badInputs`. */
export const fieldError = (field: string, message: string, reason: CycleReasonValue = 'INVALID_VALUE'): FieldError => ({ field, reason, message });

export { AppError };
export { badInputs, type FieldError } from '../../common/app-error';
