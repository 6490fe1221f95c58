import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';

/**
 * Messages the admin console shows for the API's machine reasons (`extensions.reason`, and each
 * field error's `reason`). The server's English message is only the fallback for a reason not
 * listed here. Catalogue messages, shown in the active locale.
 */
const REASON_MESSAGES: Readonly<Record<string, MessageDescriptor>> = {
  // common
  INVALID_INPUT: msg`Some fields need attention.`,
  SIGN_IN_REQUIRED: msg`Please sign in to continue.`,
  ROLE_NOT_ALLOWED: msg`Your role does not allow this.`,
  INVALID_CURSOR: msg`This list changed; start again from the first page.`,
  // class-validator constraints on inputs
  IS_NOT_EMPTY: msg`Required.`,
  IS_EMAIL: msg`Enter a valid email address.`,
  IS_URL: msg`Enter a full web address (https://...).`,
  // auth and users
  INVALID_CREDENTIALS: msg`The email or password is not correct.`,
  LOGIN_THROTTLED: msg`Too many failed sign-in attempts. Wait a few minutes and try again.`,
  USER_EMAIL_TAKEN: msg`A user with this email already exists.`,
  INVITATION_INVALID: msg`This invitation is not valid or has expired. Ask an administrator for a new one.`,
  OWN_ROLE_CHANGE: msg`You cannot change your own role.`,
  OWN_DEACTIVATION: msg`You cannot deactivate your own account.`,
  LAST_ADMIN: msg`The platform needs at least one active administrator.`,
  PARTNER_REQUIRED: msg`A partner editor belongs to a partner.`,
  USER_NOT_FOUND: msg`This user no longer exists.`,
  // partners
  PARTNER_NOT_FOUND: msg`This partner no longer exists.`,
  PARTNER_NAME_TAKEN: msg`A partner with this name already exists.`,
  LEAD_PARTNER_EXISTS: msg`Another partner is already the lead partner.`,
  IPA_PARTNER_NEEDS_IPA_FUND: msg`An IPA partner is funded by IPA.`,
  COUNTRY_NOT_IN_PROGRAMME: msg`Not a country of the programme area.`,
  REGION_NOT_IN_COUNTRY: msg`This region is not in the chosen country.`,
  // indicators and data
  INDICATOR_NOT_FOUND: msg`This indicator no longer exists.`,
  INDICATOR_CODE_TAKEN: msg`This code is taken.`,
  DIMENSION_REQUIRED: msg`A structural indicator belongs to a similarity dimension.`,
  UNSUPPORTED_FILE_TYPE: msg`Use a .csv or .xlsx file.`,
  FILE_EMPTY: msg`The file is empty.`,
  FILE_TOO_LARGE: msg`The file is larger than 5 MB.`,
  XLSX_UNREADABLE: msg`The file is not a readable XLSX workbook.`,
  XLSX_NO_SHEET: msg`The workbook has no sheet.`,
  IMPORT_NO_ROWS: msg`Nothing was imported: the file has no data rows.`,
  EXPORT_TOO_LARGE: msg`The export is too large; narrow the filters.`,
  PARTNER_HAS_USERS: msg`This partner still has users; move or deactivate them first.`,
  PARTNER_HAS_PRACTICES: msg`This partner has policy examples; archive them or move them to another partner first.`,
  PARTNER_IN_LEARNING_CYCLES: msg`This partner takes part in learning cycles and cannot be deleted.`,
  OWN_PARTNER_ONLY: msg`You can only change your own partner’s records.`,
  // learning cycles
  CYCLE_NOT_FOUND: msg`This learning cycle no longer exists.`,
  NOT_YOUR_PARTNERS_CYCLE: msg`This cycle belongs to another partner.`,
  CYCLE_FINISHED: msg`This cycle is finished and can no longer be changed.`,
  NO_BENCHMARK_SNAPSHOT: msg`Attach a benchmark snapshot first.`,
  TODO_ALREADY_A_MEASURE: msg`This item is already a measure of the action plan.`,
  MEASURE_HAS_PILOTS: msg`A pilot action tests this measure, so it cannot be deleted.`,
  READINGS_CLOSED: msg`KPI readings change only while the pilot runs and during the evaluation.`,
  NO_EVALUATION: msg`Record the evaluation first.`,
  PRACTICE_ALREADY_DRAFTED: msg`A policy example has already been drafted from this cycle.`,
  UNKNOWN_PRACTICE: msg`This policy example does not exist.`,
  PRACTICE_NOT_PUBLISHED: msg`Only published policy examples can be selected.`,
  STAGE: msg`The cycle’s current stage does not allow this change.`,
  // learning-cycle guards (a refused move names the guard that refused it)
  ANALYSIS_RECORDED: msg`Record the regional analysis (missing data and barriers named) first.`,
  REFERENCE_REGIONS_CHOSEN: msg`Choose the reference regions before benchmarking.`,
  GAPS_IDENTIFIED: msg`Benchmarking must name at least one gap.`,
  PRACTICES_SELECTED: msg`Select practices or record a peer review first.`,
  MEASURES_DEFINED: msg`The action plan needs at least one measure.`,
  MEASURES_HAVE_BASELINE_AND_TARGET: msg`Every measure needs indicators with a baseline and a (different) target.`,
  PILOT_LINKED: msg`Link a pilot action to a measure first.`,
  EVALUATION_RECORDED: msg`No transfer without an evaluation.`,
  PRACTICE_PUBLISHED: msg`Publish the lessons as a practice first.`,
  REASON_GIVEN: msg`A step back needs a reason.`,
  PEERS_FROM_TWO_OTHER_COUNTRIES: msg`Peers must come from at least 2 countries other than the host’s.`,
  PEER_ANALYSIS_RECORDED: msg`Record the peers’ analysis first.`,
  RECOMMENDATIONS_GIVEN: msg`A completed peer review gives at least one recommendation.`,
};

/** The message for a reason (or a guard), or the server's message when the console has none for it. */
export function messageForReason(reason: string | undefined, fallback: string): string {
  const descriptor = reason ? REASON_MESSAGES[reason] : undefined;
  return descriptor ? i18n._(descriptor) : fallback;
}
