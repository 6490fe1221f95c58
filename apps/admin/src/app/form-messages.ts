import { plural, t } from '@lingui/core/macro';

/** The alert above a form with bad fields: "Fix the 3 fields marked below." in the active locale. */
export function fixFieldsMessage(count: number): string {
  return t`${plural(count, { one: 'Fix the field marked below.', other: 'Fix the # fields marked below.' })}`;
}
