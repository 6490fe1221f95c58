/**
 * Messages the portal shows for the API's machine reasons (`extensions.reason`). The server's
 * English message is only the fallback for a reason not listed here. One place to translate.
 */
const REASON_MESSAGES: Readonly<Record<string, string>> = {
  REGION_NOT_FOUND: 'This region is not in the data.',
  NO_INDICATOR_DATA: 'There is no indicator data yet.',
  NO_STRUCTURAL_INDICATORS: 'There are no structural indicators to compare regions with.',
  NO_PERFORMANCE_INDICATORS: 'There are no performance indicators to benchmark with.',
  ALL_WEIGHTS_ZERO: 'Give at least one weight a value above 0.',
  COMPARE_YEAR_NOT_BEFORE_YEAR: 'The comparison year must be before the year.',
  GEOMETRIC_MEAN_NEEDS_NON_NEGATIVE: 'The geometric mean needs non-negative scores: choose min-max or rank normalisation.',
  REFERENCE_COUNT_OUT_OF_RANGE: 'Choose between 1 and 80 reference regions.',
  INVALID_CURSOR: 'This list changed; start again from the first page.',
};

/** The message for a reason, or the server's message when the portal has none for it. */
export function messageForReason(reason: string | undefined, fallback: string): string {
  return (reason && REASON_MESSAGES[reason]) || fallback;
}
