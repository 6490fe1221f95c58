/**
 * ISO 3166-1 alpha-2 to the numeric codes world-atlas uses as feature ids, for the countries of
 * the South-East Europe programme area and its neighbours (the map's extent).
 */
export const isoNumericByAlpha2: Record<string, string> = {
  AL: '008',
  AT: '040',
  BA: '070',
  BG: '100',
  CH: '756',
  CY: '196',
  CZ: '203',
  DE: '276',
  GR: '300',
  HR: '191',
  HU: '348',
  IT: '380',
  MD: '498',
  ME: '499',
  MK: '807',
  PL: '616',
  RO: '642',
  RS: '688',
  SI: '705',
  SK: '703',
  TR: '792',
  UA: '804',
};
