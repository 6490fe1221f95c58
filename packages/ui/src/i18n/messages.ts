import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';

/**
 * Messages both apps share, defined once: buttons, states, paging and the API's error codes.
 * Use them with `const { _ } = useLingui(); _(commonMessages.save)`.
 */
export const commonMessages = {
  save: msg`Save`,
  cancel: msg`Cancel`,
  delete: msg`Delete`,
  edit: msg`Edit`,
  close: msg`Close`,
  back: msg`Back`,
  search: msg`Search`,
  clear: msg`Clear`,
  apply: msg`Apply`,
  download: msg`Download`,
  copy: msg`Copy`,
  copied: msg`Copied`,
  loading: msg`Loading…`,
  saving: msg`Saving…`,
  tryAgain: msg`Try again`,
  yes: msg`Yes`,
  no: msg`No`,
  none: msg`None`,
  notAvailable: msg({ message: 'n/a', comment: 'A missing value in a table cell' }),
  demoData: msg`Demo data`,
  required: msg`Required`,
  language: msg`Language`,
};

export const pagerMessages = {
  previous: msg({ message: 'Previous', comment: 'Pager: the previous page of a list' }),
  next: msg({ message: 'Next', comment: 'Pager: the next page of a list' }),
  pager: msg`Pages`,
};

/** The API's `extensions.code` values as the user reads them. */
export const apiErrorMessages: Record<string, MessageDescriptor> = {
  UNAUTHENTICATED: msg`Your session has ended. Sign in again.`,
  FORBIDDEN: msg`You do not have permission to do this.`,
  NOT_FOUND: msg`This record no longer exists.`,
  BAD_USER_INPUT: msg`Some fields need attention.`,
  CONFLICT: msg`Someone else changed this in the meantime. Reload and try again.`,
  TOO_MANY_REQUESTS: msg`Too many attempts. Wait a moment and try again.`,
  INTERNAL_SERVER_ERROR: msg`The server reported an error. Try again later.`,
  NETWORK: msg`The server could not be reached. Check your connection and try again.`,
};

/** `class-validator` constraint names (and the API's field reasons) as the user reads them. */
export const fieldErrorMessages: Record<string, MessageDescriptor> = {
  isNotEmpty: msg`This field is required.`,
  isEmail: msg`Enter a valid email address.`,
  isUrl: msg`Enter a full web address, starting with https://.`,
  maxLength: msg`This text is too long.`,
  minLength: msg`This text is too short.`,
  min: msg`This number is too small.`,
  max: msg`This number is too large.`,
  isInt: msg`Enter a whole number.`,
  isNumber: msg`Enter a number.`,
  isIn: msg`Choose one of the options.`,
  isEnum: msg`Choose one of the options.`,
  matches: msg`This value has the wrong format.`,
};
