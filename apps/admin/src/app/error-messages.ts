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
};

/** The message for a reason, or the server's message when the console has none for it. */
export function messageForReason(reason: string | undefined, fallback: string): string {
  const descriptor = reason ? REASON_MESSAGES[reason] : undefined;
  return descriptor ? i18n._(descriptor) : fallback;
}
