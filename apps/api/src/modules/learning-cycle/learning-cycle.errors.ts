import { AppError, badInput } from '../../graphql/errors';

/**
 * The learning cycle's errors in one place. A refused move or fact carries the domain's guard as
 * `extensions.reason` (e.g. MEASURES_HAVE_BASELINE_AND_TARGET) and its message; the apps branch
 * on the reason.
 */
export type CycleReason =
  | 'CYCLE_NOT_FOUND'
  | 'NOT_YOUR_PARTNERS_CYCLE'
  | 'CYCLE_FINISHED'
  | 'NO_BENCHMARK_SNAPSHOT'
  | 'NOT_A_SNAPSHOT_INDICATOR'
  | 'TODO_ALREADY_A_MEASURE'
  | 'MEASURE_HAS_PILOTS'
  | 'READINGS_CLOSED'
  | 'NO_EVALUATION';

export const cycleError = (code: 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'BAD_USER_INPUT', reason: CycleReason, message: string): AppError =>
  new AppError(code, message, { reason });

/** A domain refusal (learning-cycle or peer-review guard): CONFLICT with the guard as reason. */
export const refused = (r: { code: string; guard: string; message: string }, failedGuards?: { guard: string; message: string }[]): AppError =>
  new AppError('CONFLICT', r.message, { reason: r.guard, refusal: r.code, ...(failedGuards ? { failedGuards } : {}) });

export const notFound = (what: string): AppError => cycleError('NOT_FOUND', 'CYCLE_NOT_FOUND', `${what} not found`);

export { badInput };
