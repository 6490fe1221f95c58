import { createDataSet, latestAvailable, sliceYear, valueInYear, type Observation } from './indicator';

const observations: Observation[] = [
  { subject: 'RO21', indicator: 'rd', year: 2019, value: 0.4 },
  { subject: 'RO21', indicator: 'rd', year: 2021, value: 0.5, flag: 'PROVISIONAL' },
  { subject: 'RO21', indicator: 'rd', year: 2022, value: null },
  { subject: 'RO21', indicator: 'emp', year: 2020, value: 61 },
  { subject: 'ITI3', indicator: 'rd', year: 2022, value: 1.2 },
];
const ds = createDataSet(observations);

describe('data set', () => {
  it('indexes subjects, indicators and years', () => {
    expect(ds.subjects).toEqual(['ITI3', 'RO21']);
    expect(ds.indicators).toEqual(['emp', 'rd']);
    expect(ds.years).toEqual([2019, 2020, 2021, 2022]);
  });

  it.each<[string, number, number | null, number | null]>([
    ['rd', 2021, 0.5, 2021],
    ['rd', 2020, null, null],
    ['rd', 2022, null, null],
  ])('valueInYear RO21 %s %d', (indicator, year, value, y) => {
    expect(valueInYear(ds, 'RO21', indicator, year)).toMatchObject({ value, year: y });
  });

  it.each<[string, string, number, number | null, number | null]>([
    ['RO21', 'rd', 2022, 0.5, 2021], // 2022 is missing: the latest non-missing before it
    ['RO21', 'rd', 2020, 0.4, 2019],
    ['RO21', 'rd', 2018, null, null],
    ['RO21', 'emp', 2030, 61, 2020],
    ['ITI3', 'emp', 2030, null, null],
    ['XX', 'rd', 2030, null, null],
  ])('latestAvailable %s %s at or before %d', (subject, indicator, year, value, y) => {
    expect(latestAvailable(ds, subject, indicator, year)).toMatchObject({ value, year: y });
  });

  it('keeps the flag and slices a year per indicator', () => {
    expect(latestAvailable(ds, 'RO21', 'rd', 2022).flag).toBe('PROVISIONAL');
    const slice = sliceYear(ds, ['RO21', 'ITI3'], ['rd', 'emp'], 2022, { latest: true });
    expect(slice.map((row) => row.map((p) => p.value))).toEqual([
      [0.5, 61],
      [1.2, null],
    ]);
  });

  it.each<[Observation[], string]>([
    [[{ subject: 'a', indicator: 'i', year: 2020, value: NaN }], 'INVALID_NUMBER'],
    [[{ subject: 'a', indicator: 'i', year: 2020.5, value: 1 }], 'INVALID_NUMBER'],
    [[{ subject: 'a', indicator: 'i', year: 2020, value: 1 }, { subject: 'a', indicator: 'i', year: 2020, value: 2 }], 'INVALID_ARGUMENT'],
  ])('rejects %j', (obs, code) => {
    expect(() => createDataSet(obs)).toThrow(expect.objectContaining({ code }));
  });
});
