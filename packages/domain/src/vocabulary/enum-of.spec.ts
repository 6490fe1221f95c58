import { DEVELOPMENT_AREAS, INDICATOR_KINDS } from '../indicator';
import { enumOf } from './enum-of';
import { PARTNER_ROLES } from './partnership';

describe('enumOf', () => {
  it.each([
    ['development areas', DEVELOPMENT_AREAS],
    ['indicator kinds', INDICATOR_KINDS],
    ['partner roles', PARTNER_ROLES],
  ])('maps every value of the %s to itself, in list order, and nothing else', (_name, list) => {
    const e: Record<string, string> = enumOf(list);
    expect(Object.keys(e)).toEqual([...list]);
    for (const v of list) expect(e[v]).toBe(v);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(enumOf(FUNDS_FOR_TEST))).toBe(true);
  });
});

const FUNDS_FOR_TEST = ['ERDF', 'IPA'] as const;
