import { AppError, type AppErrorCode } from '../../common/app-error';

/** The foresight module's reasons (`extensions.reason`); the apps choose their message by them. */
export const ForesightReason = {
  EXERCISE_NOT_FOUND: 'EXERCISE_NOT_FOUND',
  NOT_YOUR_EXERCISE: 'NOT_YOUR_EXERCISE',
  INVALID_PANEL_TOKEN: 'INVALID_PANEL_TOKEN',
  INVITATION_REVOKED: 'INVITATION_REVOKED',
  ROUND_CLOSED: 'ROUND_CLOSED',
  ROUND_ALREADY_OPEN: 'ROUND_ALREADY_OPEN',
  NO_OPEN_ROUND: 'NO_OPEN_ROUND',
  EXERCISE_FINISHED: 'EXERCISE_FINISHED',
  NO_STATEMENTS: 'NO_STATEMENTS',
  ONE_ROUND_IN_REAL_TIME: 'ONE_ROUND_IN_REAL_TIME',
  ITEMS_ANSWERED: 'ITEMS_ANSWERED',
  REASON_REQUIRED: 'REASON_REQUIRED',
  OUT_OF_SCALE: 'OUT_OF_SCALE',
  UNKNOWN_ITEM: 'UNKNOWN_ITEM',
  UNKNOWN_REFERENCE: 'UNKNOWN_REFERENCE',
  INVALID_RULE: 'INVALID_RULE',
  INVALID_VALUE: 'INVALID_VALUE',
  RESULTS_NOT_PUBLISHED: 'RESULTS_NOT_PUBLISHED',
  TOO_MANY_SCENARIOS: 'TOO_MANY_SCENARIOS',
  NOTHING_TO_INVITE: 'NOTHING_TO_INVITE',
} as const;
export type ForesightReasonValue = (typeof ForesightReason)[keyof typeof ForesightReason];

export const foresightError = (code: AppErrorCode, reason: ForesightReasonValue, message: string): AppError => new AppError(code, reason, message);
export const exerciseNotFound = (): AppError => foresightError('NOT_FOUND', 'EXERCISE_NOT_FOUND', 'Foresight exercise not found');
