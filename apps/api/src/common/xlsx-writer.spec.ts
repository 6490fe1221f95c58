import ExcelJS from 'exceljs';
import { xlsxBuffer } from './xlsx-writer';

describe('xlsxBuffer', () => {
  const header = ['indicator', 'region', 'year', 'value', 'flag'];
  const rows = Array.from({ length: 4000 }, (_, i) => ['BERD_EUR_PER_INH', `RO${i % 9}`, 2000 + (i % 25), i / 4, i % 7 === 0 ? null : 'DEMO']);

  it('writes every row, numbers as numbers, empty cells empty, the header bold', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsxBuffer('observations', header, rows)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('observations')!;
    expect(sheet.rowCount).toBe(rows.length + 1);
    expect(sheet.getRow(1).values).toEqual([undefined, ...header]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(4).value).toBe(0);
    expect(sheet.getRow(rows.length + 1).getCell(4).value).toBe((rows.length - 1) / 4);
    expect(sheet.getRow(2).getCell(5).value).toBeNull();
    expect(sheet.getRow(3).getCell(5).value).toBe('DEMO');
  });

  it('lets other work run while it writes: the event loop turns between slices of rows', async () => {
    let turns = 0;
    let running = true;
    const tick = () => {
      turns += 1;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    // The turns of the loop seen when each row is read: read all in one synchronous run (as
    // building the whole workbook in memory does), every row would see the same count.
    const seenAt: number[] = [];
    const watched = new Proxy(rows, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) seenAt[Number(key)] = turns;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    await xlsxBuffer('observations', header, watched);
    running = false;
    expect(seenAt).toHaveLength(rows.length);
    // 4,000 rows in slices of 200: the last row is read at least 19 turns after the first.
    expect(seenAt[rows.length - 1]! - seenAt[0]!).toBeGreaterThanOrEqual(rows.length / 200 - 1);
  });
});
