import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { badInput, type ErrorReason } from '../../common/app-error';
import { OBSERVATION_FLAGS, type ObservationFlagValue } from '../observation/observation.entity';
import { FileFormat, type ImportRowError } from './import.types';
import { checkZip, ZipRefused } from './zip-guard';

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

/** Bounds on what one import may make the server parse (issue 7, findings 2 and 8). */
export const IMPORT_LIMITS = {
  /** Data rows (an export holds at most 100,000). */
  maxRows: 200_000,
  /** Columns that may hold anything; a non-empty cell further right refuses the file. */
  maxColumns: 50,
  /** XLSX: parts in the zip, and their unpacked sizes. */
  maxZipEntries: 200,
  maxUnzippedBytes: 60 * 1024 * 1024,
  maxUnzippedEntryBytes: 50 * 1024 * 1024,
  /** Row and column problems listed; the rest are only counted. */
  maxErrors: 1000,
} as const;

const refuse = (reason: ErrorReason, message: string) => badInput('contentBase64', reason, message);

/** A spreadsheet column label: 1 = A, 16384 = XFD. */
export const columnLabel = (n: number): string => (n <= 0 ? '' : columnLabel(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));

/**
 * CSV bytes as text: UTF-8 (with or without BOM) or UTF-16 with a BOM. Anything else (Latin-1,
 * Windows-125x) is refused with the line of the first undecodable byte, never turned into U+FFFD.
 */
export function decodeCsv(bytes: Buffer): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      let bad = 0;
      for (let i = 0; i < bytes.length && !bad; i++) {
        const b = bytes[i]!;
        if (b < 0x80) continue;
        const len = b >= 0xf0 && b < 0xf5 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
        const tail = bytes.subarray(i + 1, i + len);
        if (len === 0 || tail.length !== len - 1 || tail.some((c) => (c & 0xc0) !== 0x80)) bad = i + 1;
        else i += len - 1;
      }
      const at = Math.max(0, bad - 1);
      const line = bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1;
      throw refuse(
        'NOT_UTF8',
        `The file is not UTF-8 text (byte 0x${(bytes[at] ?? 0).toString(16).toUpperCase()} on line ${line}, probably Latin-1 or Windows encoding). ` +
          'Save it as "CSV UTF-8" and import it again.',
      );
    }
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    throw refuse('NUL_CHARACTER', `The file contains a NUL character on line ${line}; it is not a text CSV file`);
  }
  return text;
}

/**
 * The file's cells as text, header first, within IMPORT_LIMITS. Structural failures (not a CSV,
 * no sheet, not UTF-8, a NUL byte, too large when unpacked, too many rows or columns) throw
 * BAD_USER_INPUT before anything large is built.
 */
export async function readTable(bytes: Buffer, format: FileFormat): Promise<string[][]> {
  const L = IMPORT_LIMITS;
  if (format === FileFormat.CSV) {
    const text = decodeCsv(bytes);
    const rows: string[][] = [];
    let fatal: string | null = null;
    let fatalReason: ErrorReason = 'CSV_UNREADABLE';
    Papa.parse<string[]>(text, {
      skipEmptyLines: 'greedy',
      step: (result, parser) => {
        const quote = result.errors.find((e) => e.type === 'Quotes');
        if (quote) {
          fatal = `The CSV file cannot be read: ${quote.message} (row ${rows.length + 1})`;
          parser.abort();
          return;
        }
        const r = result.data.map((c) => String(c ?? ''));
        if (rows.length > L.maxRows) {
          fatal = `The file has more than ${L.maxRows} rows; split it into smaller files`;
          fatalReason = 'TOO_MANY_ROWS';
          parser.abort();
          return;
        }
        if (r.length > L.maxColumns) {
          const far = r.findIndex((c, i) => i >= L.maxColumns && c.trim() !== '');
          if (far >= 0) {
            fatal = `Row ${rows.length + 1} has data in column ${far + 1}; an import has at most ${L.maxColumns} columns`;
            fatalReason = 'TOO_MANY_COLUMNS';
            parser.abort();
            return;
          }
          r.length = L.maxColumns;
        }
        rows.push(r);
      },
    });
    if (fatal) throw refuse(fatalReason, fatal);
    return rows;
  }
  let sheets: Map<string, Buffer>;
  try {
    sheets = checkZip(bytes, { maxEntries: L.maxZipEntries, maxTotalBytes: L.maxUnzippedBytes, maxEntryBytes: L.maxUnzippedEntryBytes }, (name) =>
      /^xl\/worksheets\/[^/]+\.xml$/.test(name),
    );
  } catch (err) {
    if (err instanceof ZipRefused) throw refuse('XLSX_REFUSED', err.message);
    throw err;
  }
  // Before the spreadsheet library builds anything: where do the sheets' cells lie?
  for (const xml of sheets.values()) {
    const problem = scanSheetXml(xml.toString('utf8'));
    if (problem) throw refuse('XLSX_OUT_OF_BOUNDS', problem);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw refuse('XLSX_UNREADABLE', 'The file is not a readable XLSX workbook');
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw refuse('XLSX_NO_SHEET', 'The workbook has no sheet');
  if (sheet.actualRowCount > L.maxRows + 1) throw refuse('TOO_MANY_ROWS', `The sheet has more than ${L.maxRows} rows; split it into smaller files`);
  const rows: string[][] = [];
  let problem: string | null = null;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (problem) return;
    const cells: string[] = [];
    // Only the cells that exist: a row with one cell in column XFD costs one cell, not 16,384.
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (problem) return;
      const text = cellText(cell.value);
      if (col > L.maxColumns) {
        if (text.trim() !== '') problem = `Row ${rowNumber} has data in column ${columnLabel(col)}; an import has at most ${L.maxColumns} columns (A to ${columnLabel(L.maxColumns)})`;
        return;
      }
      if (text.includes('\u0000')) problem = `Cell ${columnLabel(col)}${rowNumber} contains a NUL character`;
      cells[col - 1] = text;
    });
    for (let c = 0; c < cells.length; c++) cells[c] ??= '';
    if (cells.some((x) => x.trim() !== '')) rows.push(cells);
  });
  if (problem) throw refuse('XLSX_OUT_OF_BOUNDS', problem);
  return rows;
}

/**
 * A quick scan of a worksheet's XML: a cell with content right of the column limit, or more rows
 * or cells than the limits, refuses the file (an empty styled cell far right does not).
 */
export function scanSheetXml(xml: string): string | null {
  const L = IMPORT_LIMITS;
  const cellRe = /<c\b[^>]*?\br="([A-Z]{1,3})(\d+)"[^>]*?(\/?)>/g;
  let cells = 0;
  let maxRow = 0;
  for (let m = cellRe.exec(xml); m; m = cellRe.exec(xml)) {
    cells++;
    const row = Number(m[2]);
    if (row > maxRow) maxRow = row;
    if (m[3] !== '/' && columnNumber(m[1]!) > L.maxColumns) {
      return `Row ${row} has data in column ${m[1]}; an import has at most ${L.maxColumns} columns (A to ${columnLabel(L.maxColumns)})`;
    }
  }
  if (maxRow > L.maxRows + 1) return `The sheet has more than ${L.maxRows} rows; split it into smaller files`;
  if (cells > (L.maxRows + 1) * 12) return `The sheet has more than ${(L.maxRows + 1) * 12} cells; split it into smaller files`;
  return null;
}

const columnNumber = (label: string): number => [...label].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

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
): ValidatedRows {
  const errors = new CappedErrors(IMPORT_LIMITS.maxErrors);
  const [header, ...body] = table;
  if (!header || header.every((h) => h.trim() === '')) {
    return { rows: [], errors: [{ row: 0, column: null, message: 'The file is empty: expected a header row' }], errorCount: 1, badRows: 0, rowsTotal: 0 };
  }
  const names = header.map((h) => h.trim().toLowerCase());
  const col = new Map<string, number>();
  names.forEach((n, i) => {
    if (n === '') return;
    if (col.has(n)) errors.push({ row: 0, column: short(n), message: `Column "${short(n)}" appears twice` });
    else if (![...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS, ...INFORMATIONAL_COLUMNS].includes(n as never)) {
      errors.push({ row: 0, column: short(n), message: `Unknown column "${short(header[i]!.trim())}"; expected ${[...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].join(', ')}` });
    } else col.set(n, i);
  });
  for (const req of REQUIRED_COLUMNS) if (!col.has(req)) errors.push({ row: 0, column: req, message: `Missing column "${req}"` });
  if (errors.count > 0) return { rows: [], errors: errors.list, errorCount: errors.count, badRows: 0, rowsTotal: body.length };

  const cell = (r: string[], name: string) => (col.has(name) ? unescapeFormula((r[col.get(name)!] ?? '').trim()) : '');
  const badRows = new Set<number>();
  const rows: ParsedRow[] = [];
  const seen = new Map<string, number>();
  body.forEach((r, k) => {
    const row = k + 1;
    const line = ` (line ${row + 1} of the file)`;
    const fail = (column: string, message: string) => {
      badRows.add(row);
      errors.push({ row, column, message: message + line });
    };
    let ok = true;
    const bad = (column: string, message: string) => {
      ok = false;
      fail(column, message);
    };
    const indicator = cell(r, 'indicator');
    const state = indicator ? known.indicator(indicator) : undefined;
    if (!indicator) bad('indicator', 'Indicator code is empty');
    else if (state === undefined) bad('indicator', `Unknown indicator "${short(indicator)}"`);
    else if (state === 'RETIRED') bad('indicator', `Indicator ${indicator} is retired`);
    const region = cell(r, 'region').toUpperCase();
    if (!region) bad('region', 'Region code is empty');
    else if (!known.region(region)) bad('region', `Unknown region "${short(region)}"`);
    const yearText = cell(r, 'year');
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < MIN_YEAR || year > MAX_YEAR) bad('year', `Year must be a whole number from ${MIN_YEAR} to ${MAX_YEAR}, got "${short(yearText)}"`);
    const valueText = cell(r, 'value');
    let value: number | null = null;
    if (valueText !== '') {
      if (/^-?\d+,\d+$/.test(valueText)) bad('value', `Use a decimal point, not a comma: "${short(valueText)}"`);
      else if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(valueText) || !Number.isFinite(Number(valueText))) bad('value', `Value must be a number or empty (missing), got "${short(valueText)}"`);
      else value = Number(valueText);
    }
    const flagText = cell(r, 'flag').toUpperCase();
    if (flagText && !(OBSERVATION_FLAGS as readonly string[]).includes(flagText)) bad('flag', `Flag must be empty or one of ${OBSERVATION_FLAGS.join(', ')}, got "${short(flagText)}"`);
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
  return { rows, errors: errors.list, errorCount: errors.count, badRows: badRows.size, rowsTotal: body.length };
}

export interface ValidatedRows {
  rows: ParsedRow[];
  /** The first IMPORT_LIMITS.maxErrors problems. */
  errors: ImportRowError[];
  /** Every problem, listed or not. */
  errorCount: number;
  /** Data rows with at least one problem. */
  badRows: number;
  rowsTotal: number;
}

/** Keeps the first `max` problems and counts the rest (a file of bad rows gives 1,000, not millions). */
class CappedErrors {
  readonly list: ImportRowError[] = [];
  count = 0;
  constructor(private readonly max: number) {}
  push(e: ImportRowError): void {
    this.count++;
    if (this.list.length < this.max) this.list.push(e);
  }
}

/** What a message quotes of a cell: a short prefix, never the whole (possibly huge) input. */
const short = (text: string, max = 40): string => (text.length > max ? `${text.slice(0, max)}…` : text);

/** Undoes the CSV export's formula guard: `'=x` back to `=x` (only before = + - @ tab CR). */
export const unescapeFormula = (text: string): string => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

/** What a CSV export writes for a text cell that a spreadsheet would run as a formula. */
export const FORMULA_LEADING = /^[=+\-@\t\r]/;
