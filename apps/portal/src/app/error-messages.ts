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
};
