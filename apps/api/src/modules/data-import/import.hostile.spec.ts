import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { AppError } from '../../common/app-error';
import { IMPORT_LIMITS, readTable, validateRows } from './import.parser';
import { FileFormat } from './import.types';

/** Issue 7, findings 2, 8 and 10: hostile files, built here, refused fast and clearly. */

const HEADER = 'indicator,region,year,value,flag,source';
const known = { indicator: (c: string) => (c === 'GDP' ? ('ACTIVE' as const) : undefined), region: (c: string) => c === 'ITI3' };

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('BAD_USER_INPUT');
    return (err as Error).message;
  }
  throw new Error('expected the file to be refused');
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const t0 = performance.now();
  const result = await work();
  return { ms: performance.now() - t0, result };
}

/** A stored-or-deflated zip with the sizes we choose to declare (a bomb may lie). */
function zip(entries: { name: string; data: Buffer; declaredSize?: number; deflate?: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const body = e.deflate ?? zlib.deflateRawSync(e.data);
    const size = e.declaredSize ?? e.data.length;
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(zlib.crc32(e.data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(zlib.crc32(e.data), 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

/** A minimal valid XLSX whose first sheet has the given <sheetData> content. */
function xlsx(sheetData: string): Buffer {
  const x = (s: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${s}`);
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  return zip([
    {
      name: '[Content_Types].xml',
      data: x(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
    },
    { name: '_rels/.rels', data: x('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>') },
    { name: 'xl/workbook.xml', data: x(`<workbook ${ns}><sheets><sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>`) },
    { name: 'xl/_rels/workbook.xml.rels', data: x('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>') },
    { name: 'xl/worksheets/sheet1.xml', data: x(`<worksheet ${ns}><sheetData>${sheetData}</sheetData></worksheet>`) },
  ]);
}

describe('XLSX bounds (finding 2)', () => {
  it('refuses a sheet with one cell in column XFD per row without building 16,384 cells a row', async () => {
    const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const header = HEADER.split(',').map((h, i) => cell(`${String.fromCharCode(65 + i)}1`, h)).join('');
    const rows = Array.from({ length: 3000 }, (_, i) => `<row r="${i + 2}">${cell(`XFD${i + 2}`, 'x')}</row>`).join('');
    const bytes = xlsx(`<row r="1">${header}</row>${rows}`);
    expect(bytes.length).toBeLessThan(100_000);
    const { ms, result } = await timed(() => refusal(readTable(bytes, FileFormat.XLSX)));
    expect(result).toMatch(/column XFD/);
    expect(ms).toBeLessThan(5000); // was: 27 s and a crash
  });

  it('reads a hand-built workbook like the ones above (so the refusals are not parse failures)', async () => {
    const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const bytes = xlsx(`<row r="1">${cell('A1', 'indicator')}${cell('B1', 'region')}</row><row r="2">${cell('A2', 'GDP')}<c r="B2"><v>-3.5</v></c><c r="XFD2" s="0"/></row>`);
    expect(await readTable(bytes, FileFormat.XLSX)).toEqual([['indicator', 'region'], ['GDP', '-3.5']]);
  });

  it('ignores empty cells far right but reads the data', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('data');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(['GDP', 'ITI3', 2020, -1.5, null, 'Eurostat']);
    sheet.getCell(2, 300).style = { font: { bold: true } }; // formatted but empty
    const rows = await readTable(Buffer.from(await wb.xlsx.writeBuffer()), FileFormat.XLSX);
    expect(rows[1]).toEqual(['GDP', 'ITI3', '2020', '-1.5', '', 'Eurostat']);
  });

  it('refuses a zip bomb from its directory, before inflating it', async () => {
    const zeros = Buffer.alloc(100 * 1024 * 1024);
    const bomb = zip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(0), declaredSize: zeros.length, deflate: zlib.deflateRawSync(zeros, { level: 1 }) }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const { ms, result } = await timed(() => refusal(readTable(bomb, FileFormat.XLSX)));
    expect(result).toMatch(/unpacks to 100\.0 MB/);
    expect(ms).toBeLessThan(500);
  });

  it('refuses a bomb that lies about its size after inflating no more than it declared', async () => {
    const zeros = Buffer.alloc(200 * 1024 * 1024);
    const liar = zip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(0), declaredSize: 1000, deflate: zlib.deflateRawSync(zeros, { level: 1 }) }]);
    const rssBefore = process.memoryUsage().rss;
    const { ms, result } = await timed(() => refusal(readTable(liar, FileFormat.XLSX)));
    expect(result).toMatch(/does not unpack to its declared size/);
    expect(ms).toBeLessThan(500);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(50 * 1024 * 1024);
  });

  it('refuses a workbook of too many parts', async () => {
    const many = zip(Array.from({ length: IMPORT_LIMITS.maxZipEntries + 1 }, (_, i) => ({ name: `x${i}.xml`, data: Buffer.from('<a/>') })));
    expect(await refusal(readTable(many, FileFormat.XLSX))).toMatch(/parts/);
  });
});

describe('CSV encoding and NUL (finding 10)', () => {
  it('reads UTF-8 with and without a BOM, and UTF-16 with a BOM', async () => {
    const text = `${HEADER}\nGDP,ITI3,2020,1,,Région Marche – Ufficio Statistica\n`;
    const expected = ['GDP', 'ITI3', '2020', '1', '', 'Région Marche – Ufficio Statistica'];
    expect((await readTable(Buffer.from(text, 'utf8'), FileFormat.CSV))[1]).toEqual(expected);
    expect((await readTable(Buffer.from('\uFEFF' + text, 'utf8'), FileFormat.CSV))[0]![0]).toBe('indicator');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect((await readTable(le, FileFormat.CSV))[1]).toEqual(expected);
    const be = Buffer.from(le);
    be.swap16();
    expect((await readTable(be, FileFormat.CSV))[1]).toEqual(expected);
  });

  it('refuses Latin-1 bytes with the line, instead of turning them into U+FFFD', async () => {
    const latin1 = Buffer.from(`${HEADER}\nGDP,ITI3,2020,1,,Région\n`, 'latin1');
    const message = await refusal(readTable(latin1, FileFormat.CSV));
    expect(message).toMatch(/not UTF-8.*0xE9 on line 2.*CSV UTF-8/);
    expect(message).not.toContain('\uFFFD');
  });

  it('refuses a NUL byte when reading (so the preview refuses it, not only the apply)', async () => {
    const nul = Buffer.from(`${HEADER}\nGDP,ITI3,2020,1,,Euro\u0000stat\n`, 'utf8');
    expect(await refusal(readTable(nul, FileFormat.CSV))).toMatch(/NUL character on line 2/);
  });

  it('refuses a row with data beyond the column limit', async () => {
    const wide = Buffer.from(`${HEADER}\nGDP,ITI3,2020,1,,x${','.repeat(100)}y\n`, 'utf8');
    expect(await refusal(readTable(wide, FileFormat.CSV))).toMatch(/column 106/);
  });
});

describe('bounded errors (finding 8)', () => {
  it('lists the first 1,000 problems and counts the rest; quotes only a short prefix of a cell', () => {
    const body = Array.from({ length: 50_000 }, (_, i) => [`BAD${i}`, 'XX00', 'year', 'v', '', ''].join(','));
    const table = [HEADER, ...body].map((l) => l.split(','));
    table[1]![0] = 'Z'.repeat(100_000);
    const { errors, errorCount, badRows } = validateRows(table, known);
    expect(errors).toHaveLength(1000);
    expect(errorCount).toBe(200_000); // four bad cells a row
    expect(badRows).toBe(50_000);
    expect(errors[0]!.message.length).toBeLessThan(120);
  });

  it("strips the export's formula guard on import", () => {
    const { rows } = validateRows([HEADER.split(','), ['GDP', 'ITI3', '2020', '-2', '', "'=cmd|' /C calc'!A0"]], known);
    expect(rows[0]).toMatchObject({ value: -2, source: "=cmd|' /C calc'!A0" });
  });
});
