import ExcelJS from 'exceljs';
import { formatOf, readTable, validateRows } from './import.parser';
import { FileFormat } from './import.types';

const known = {
  indicator: (c: string) => (c === 'GDP' ? ('ACTIVE' as const) : c === 'OLD' ? ('RETIRED' as const) : undefined),
  region: (c: string) => ['ITI3', 'RO21'].includes(c),
};
const table = (...lines: string[]) => lines.map((l) => l.split(','));

describe('validateRows', () => {
  it('parses good rows: empty value is missing, not zero; flags and sources kept; header case-insensitive', () => {
    const { rows, errors } = validateRows(table('Indicator,REGION,year,value,flag,source', 'GDP,iti3,2019,,ESTIMATED,Eurostat', 'GDP,RO21,2020,-1.5e2,,'), known);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { row: 1, indicator: 'GDP', region: 'ITI3', year: 2019, value: null, flag: 'ESTIMATED', source: 'Eurostat' },
      { row: 2, indicator: 'GDP', region: 'RO21', year: 2020, value: -150, flag: null, source: '' },
    ]);
  });

  it.each([
    ['OLD,ITI3,2019,1', 'indicator', /retired/],
    ['NOPE,ITI3,2019,1', 'indicator', /Unknown indicator "NOPE"/],
    [',ITI3,2019,1', 'indicator', /empty/],
    ['GDP,XX00,2019,1', 'region', /Unknown region/],
    ['GDP,ITI3,1850,1', 'year', /1990 to 2100/],
    ['GDP,ITI3,2019.5,1', 'year', /whole number/],
    ['GDP,ITI3,2019,abc', 'value', /must be a number/],
    ['GDP,ITI3,2019,Infinity', 'value', /must be a number/],
    ['GDP,ITI3,2019,1 000', 'value', /must be a number/],
  ])('names the bad column of %s', (line, column, message) => {
    const { rows, errors } = validateRows(table('indicator,region,year,value', line), known);
    expect(rows).toEqual([]);
    expect(errors).toEqual([{ row: 1, column, message: expect.stringMatching(message) }]);
    expect(errors[0]!.message).toMatch(/line 2 of the file/);
  });

  it('lists every problem, not just the first, and catches duplicates within the file', () => {
    const { errors } = validateRows(table('indicator,region,year,value,flag', 'NOPE,XX,19,x,BAD', 'GDP,ITI3,2019,1,', 'GDP,ITI3,2019,2,'), known);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [1, 'indicator'],
      [1, 'region'],
      [1, 'year'],
      [1, 'value'],
      [1, 'flag'],
      [3, 'year'],
    ]);
  });

  it('checks the header: missing, unknown and repeated columns; informational export columns pass', () => {
    expect(validateRows(table('indicator,region,year'), known).errors).toEqual([{ row: 0, column: 'value', message: 'Missing column "value"' }]);
    expect(validateRows(table('indicator,region,year,value,colour'), known).errors[0]!.message).toMatch(/Unknown column "colour"/);
    expect(validateRows(table('indicator,region,year,value,value'), known).errors[0]!.message).toMatch(/appears twice/);
    expect(validateRows(table('indicator,region,year,value,region_name,unit', 'GDP,ITI3,2019,1,Marche,EUR'), known).errors).toEqual([]);
    expect(validateRows([], known).errors[0]!.message).toMatch(/empty/);
  });
});

describe('readTable', () => {
  it('reads CSV with a BOM, quotes and semicolons', async () => {
    expect(await readTable(Buffer.from('\uFEFFa,b\n"x, y",2\n\n'), FileFormat.CSV)).toEqual([['a', 'b'], ['x, y', '2']]);
    expect(await readTable(Buffer.from('a;b\n1;2\n'), FileFormat.CSV)).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('reads the first sheet of an XLSX workbook, numbers and formulas as text', async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('data');
    s.addRow(['indicator', 'region', 'year', 'value']);
    s.addRow(['GDP', 'ITI3', 2019, { formula: '1+1', result: 2 }]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    expect(await readTable(bytes, FileFormat.XLSX)).toEqual([['indicator', 'region', 'year', 'value'], ['GDP', 'ITI3', '2019', '2']]);
    await expect(readTable(Buffer.from('not a zip'), FileFormat.XLSX)).rejects.toThrow(/not a readable XLSX/);
  });

  it('infers the format from the file name', () => {
    expect(formatOf('a.CSV')).toBe(FileFormat.CSV);
    expect(formatOf('a.xlsx')).toBe(FileFormat.XLSX);
    expect(() => formatOf('a.xls')).toThrow(/Only .csv and .xlsx/);
  });
});
