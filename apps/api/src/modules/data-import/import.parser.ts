import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError, badInput } from '../../common/app-error';
import { OBSERVATION_FLAGS, type ObservationFlagValue } from '../observation/observation.entity';
import { FileFormat, type ImportRowError } from './import.types';

/** Columns an import must have, may have, and may carry for reading only (from an export). */
export const REQUIRED_COLUMNS = ['indicator', 'region', 'year', 'value'] as const;
export const OPTIONAL_COLUMNS = ['flag', 'source'] as const;
export const INFORMATIONAL_COLUMNS = ['indicator_name', 'region_name', 'country', 'unit'] as const;
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

export interface ParsedRow {
  /** 1 = the first data row. */
  row: number;
  indicator: string;
  region: string;
  year: number;
  value: number | null;
  flag: ObservationFlagValue | null;
  source: string;
}

export function formatOf(fileName: string, given?: FileFormat): FileFormat {
  if (given) return given;
  if (/\.csv$/i.test(fileName)) return FileFormat.CSV;
  if (/\.xlsx$/i.test(fileName)) return FileFormat.XLSX;
  throw badInput('fileName', 'UNSUPPORTED_FILE_TYPE', 'Only .csv and .xlsx files can be imported');
}

/** The file's cells as text, header first. Structural failures (not a CSV, no sheet) throw. */
export async function readTable(bytes: Buffer, format: FileFormat): Promise<string[][]> {
  if (format === FileFormat.CSV) {
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
    const fatal = parsed.errors.find((e) => e.type === 'Quotes');
    if (fatal) throw new AppError('BAD_USER_INPUT', 'CSV_UNREADABLE', `The CSV file cannot be read: ${fatal.message} (row ${fatal.row ?? '?'})`);
    return parsed.data.map((r) => r.map((c) => String(c ?? '')));
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('BAD_USER_INPUT', 'XLSX_UNREADABLE', 'The file is not a readable XLSX workbook');
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw new AppError('BAD_USER_INPUT', 'XLSX_NO_SHEET', 'The workbook has no sheet');
  const rows: string[][] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    if (cells.some((x) => x.trim() !== '')) rows.push(cells);
  });
  return rows;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return v;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    if ('result' in v && v.result !== undefined) return cellText(v.result as ExcelJS.CellValue);
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
  }
  return String(v);
}

/**
 * Checks every row and column and collects every problem; nothing is stopped at the first one.
 * `known` tells which indicator and region codes exist and whether an indicator is retired.
 */
export function validateRows(
  table: string[][],
  known: { indicator(code: string): 'ACTIVE' | 'RETIRED' | undefined; region(code: string): boolean },
): { rows: ParsedRow[]; errors: ImportRowError[]; rowsTotal: number } {
  const errors: ImportRowError[] = [];
  const [header, ...body] = table;
  if (!header || header.every((h) => h.trim() === '')) {
    return { rows: [], errors: [{ row: 0, column: null, message: 'The file is empty: expected a header row' }], rowsTotal: 0 };
  }
  const names = header.map((h) => h.trim().toLowerCase());
  const col = new Map<string, number>();
  names.forEach((n, i) => {
    if (n === '') return;
    if (col.has(n)) errors.push({ row: 0, column: n, message: `Column "${n}" appears twice` });
    else if (![...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS, ...INFORMATIONAL_COLUMNS].includes(n as never)) {
      errors.push({ row: 0, column: n, message: `Unknown column "${header[i]!.trim()}"; expected ${[...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].join(', ')}` });
    } else col.set(n, i);
  });
  for (const req of REQUIRED_COLUMNS) if (!col.has(req)) errors.push({ row: 0, column: req, message: `Missing column "${req}"` });
  if (errors.length > 0) return { rows: [], errors, rowsTotal: body.length };

  const cell = (r: string[], name: string) => (col.has(name) ? (r[col.get(name)!] ?? '').trim() : '');
  const rows: ParsedRow[] = [];
  const seen = new Map<string, number>();
  body.forEach((r, k) => {
    const row = k + 1;
    const line = ` (line ${row + 1} of the file)`;
    const fail = (column: string, message: string) => errors.push({ row, column, message: message + line });
    let ok = true;
    const bad = (column: string, message: string) => {
      ok = false;
      fail(column, message);
    };
    const indicator = cell(r, 'indicator');
    const state = indicator ? known.indicator(indicator) : undefined;
    if (!indicator) bad('indicator', 'Indicator code is empty');
    else if (state === undefined) bad('indicator', `Unknown indicator "${indicator}"`);
    else if (state === 'RETIRED') bad('indicator', `Indicator ${indicator} is retired`);
    const region = cell(r, 'region').toUpperCase();
    if (!region) bad('region', 'Region code is empty');
    else if (!known.region(region)) bad('region', `Unknown region "${region}"`);
    const yearText = cell(r, 'year');
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < MIN_YEAR || year > MAX_YEAR) bad('year', `Year must be a whole number from ${MIN_YEAR} to ${MAX_YEAR}, got "${yearText}"`);
    const valueText = cell(r, 'value');
    let value: number | null = null;
    if (valueText !== '') {
      if (/^-?\d+,\d+$/.test(valueText)) bad('value', `Use a decimal point, not a comma: "${valueText}"`);
      else if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(valueText) || !Number.isFinite(Number(valueText))) bad('value', `Value must be a number or empty (missing), got "${valueText}"`);
      else value = Number(valueText);
    }
    const flagText = cell(r, 'flag').toUpperCase();
    if (flagText && !(OBSERVATION_FLAGS as readonly string[]).includes(flagText)) bad('flag', `Flag must be empty or one of ${OBSERVATION_FLAGS.join(', ')}, got "${flagText}"`);
    const source = cell(r, 'source');
    if (source.length > 300) bad('source', 'Source is longer than 300 characters');
    if (ok) {
      const key = `${indicator}|${region}|${year}`;
      const first = seen.get(key);
      if (first !== undefined) {
        fail('year', `Duplicate of row ${first}: ${indicator} for ${region} in ${year} appears twice`);
        return;
      }
      seen.set(key, row);
      rows.push({ row, indicator, region, year, value, flag: (flagText || null) as ObservationFlagValue | null, source });
    }
  });
  return { rows, errors, rowsTotal: body.length };
}
