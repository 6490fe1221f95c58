import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';

/**
 * Messages the portal shows for the API's machine reasons (`extensions.reason`), from the
 * catalogues. A reason not listed here falls back to the message for its code.
 */
export const REASON_MESSAGES: Readonly<Record<string, MessageDescriptor>> = {
  REGION_NOT_FOUND: msg`This region is not in the data.`,
  NO_INDICATOR_DATA: msg`There is no indicator data yet.`,
  NO_STRUCTURAL_INDICATORS: msg`There are no structural indicators to compare regions with.`,
  NO_PERFORMANCE_INDICATORS: msg`There are no performance indicators to benchmark with.`,
  ALL_WEIGHTS_ZERO: msg`Give at least one weight a value above 0.`,
  COMPARE_YEAR_NOT_BEFORE_YEAR: msg`The comparison year must be before the year.`,
  GEOMETRIC_MEAN_NEEDS_NON_NEGATIVE: msg`The geometric mean needs non-negative scores: choose min-max or rank normalisation.`,
  REFERENCE_COUNT_OUT_OF_RANGE: msg`Choose between 1 and 80 reference regions.`,
  INVALID_CURSOR: msg`This list changed; start again from the first page.`,
  MODULE_NOT_PUBLISHED: msg`This module is not published, so its quiz cannot be taken.`,
  INVALID_ANSWER: msg`The answers do not fit this quiz; reload the page and try again.`,
  INVALID_CREDENTIALS: msg`The email or the password is not right, or the account is not confirmed yet.`,
  USER_EMAIL_TAKEN: msg`An account with this email already exists: sign in instead.`,
  CONFIRMATION_INVALID: msg`This confirmation link is not valid or has expired: register again to get a new one.`,
  CYCLE_NOT_IN_ANALYSIS: msg`The learning cycle is no longer in its analysis stage.`,
  NOT_YOUR_PARTNERS_CYCLE: msg`You can only save to your own partner’s learning cycles.`,
  INVALID_SCORE: msg`Scores are whole numbers from 0 to 5.`,
};
