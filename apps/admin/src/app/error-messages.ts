/**
 * Messages the admin console shows for the API's machine reasons (`extensions.reason`, and each
 * field error's `reason`). The server's English message is only the fallback for a reason not
 * listed here. One place to translate (the languages work converts this map).
 */
const REASON_MESSAGES: Readonly<Record<string, string>> = {
  // common
  INVALID_INPUT: 'Some fields need attention.',
  SIGN_IN_REQUIRED: 'Please sign in to continue.',
  ROLE_NOT_ALLOWED: 'Your role does not allow this.',
  INVALID_CURSOR: 'This list changed; start again from the first page.',
  // class-validator constraints on inputs
  IS_NOT_EMPTY: 'Required.',
  IS_EMAIL: 'Enter a valid email address.',
  IS_URL: 'Enter a full web address (https://...).',
  // auth and users
  INVALID_CREDENTIALS: 'The email or password is not correct.',
  LOGIN_THROTTLED: 'Too many failed sign-in attempts. Wait a few minutes and try again.',
  USER_EMAIL_TAKEN: 'A user with this email already exists.',
  INVITATION_INVALID: 'This invitation is not valid or has expired. Ask an administrator for a new one.',
  OWN_ROLE_CHANGE: 'You cannot change your own role.',
  OWN_DEACTIVATION: 'You cannot deactivate your own account.',
  LAST_ADMIN: 'The platform needs at least one active administrator.',
  PARTNER_REQUIRED: 'A partner editor belongs to a partner.',
  USER_NOT_FOUND: 'This user no longer exists.',
  // partners
  PARTNER_NOT_FOUND: 'This partner no longer exists.',
  PARTNER_NAME_TAKEN: 'A partner with this name already exists.',
  LEAD_PARTNER_EXISTS: 'Another partner is already the lead partner.',
  IPA_PARTNER_NEEDS_IPA_FUND: 'An IPA partner is funded by IPA.',
  COUNTRY_NOT_IN_PROGRAMME: 'Not a country of the programme area.',
  REGION_NOT_IN_COUNTRY: 'This region is not in the chosen country.',
  // indicators and data
  INDICATOR_NOT_FOUND: 'This indicator no longer exists.',
  INDICATOR_CODE_TAKEN: 'This code is taken.',
  DIMENSION_REQUIRED: 'A structural indicator belongs to a similarity dimension.',
  UNSUPPORTED_FILE_TYPE: 'Use a .csv or .xlsx file.',
  FILE_EMPTY: 'The file is empty.',
  FILE_TOO_LARGE: 'The file is larger than 5 MB.',
  XLSX_UNREADABLE: 'The file is not a readable XLSX workbook.',
  XLSX_NO_SHEET: 'The workbook has no sheet.',
  IMPORT_NO_ROWS: 'Nothing was imported: the file has no data rows.',
};

/** The message for a reason, or the server's message when the console has none for it. */
export function messageForReason(reason: string | undefined, fallback: string): string {
  return (reason && REASON_MESSAGES[reason]) || fallback;
}
