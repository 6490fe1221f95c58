import { toCsv } from '@polisee/ui';

/** The import file's columns, in the order the template writes them. */
export const importColumns = ['indicator', 'region', 'year', 'value', 'flag', 'source'];

/** A template an administrator can fill in: the header and two example rows. */
export function importTemplateCsv(): string {
  return toCsv(importColumns, [
    ['BERD_EUR_PER_INH', 'ITI3', 2019, 185.4, '', 'Eurostat rd_e_gerdreg'],
    ['HRST_TERTIARY_PCT', 'RO21', 2020, '', '', 'Eurostat hrst_st_rcat (missing value)'],
  ]);
}
