/** The programme's countries. ISO 3166 alpha-2 is the key; Greece's NUTS prefix is EL. */
export interface CountryInfo {
  code: string;
  nutsCode: string;
  name: string;
  euMember: boolean;
}

export const COUNTRIES: readonly CountryInfo[] = [
  { code: 'AL', nutsCode: 'AL', name: 'Albania', euMember: false },
  { code: 'AT', nutsCode: 'AT', name: 'Austria', euMember: true },
  { code: 'BA', nutsCode: 'BA', name: 'Bosnia and Herzegovina', euMember: false },
  { code: 'BG', nutsCode: 'BG', name: 'Bulgaria', euMember: true },
  { code: 'GR', nutsCode: 'EL', name: 'Greece', euMember: true },
  { code: 'HR', nutsCode: 'HR', name: 'Croatia', euMember: true },
  { code: 'HU', nutsCode: 'HU', name: 'Hungary', euMember: true },
  { code: 'IT', nutsCode: 'IT', name: 'Italy', euMember: true },
  { code: 'ME', nutsCode: 'ME', name: 'Montenegro', euMember: false },
  { code: 'MK', nutsCode: 'MK', name: 'North Macedonia', euMember: false },
  { code: 'RO', nutsCode: 'RO', name: 'Romania', euMember: true },
  { code: 'RS', nutsCode: 'RS', name: 'Serbia', euMember: false },
  { code: 'SI', nutsCode: 'SI', name: 'Slovenia', euMember: true },
  { code: 'SK', nutsCode: 'SK', name: 'Slovakia', euMember: true },
];

const BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]));
const BY_NUTS = new Map(COUNTRIES.map((c) => [c.nutsCode, c]));

export const countryByCode = (code: string): CountryInfo | undefined => BY_CODE.get(code);
/** ISO code for a NUTS country prefix (EL -> GR). */
export const countryOfNuts = (nutsCode: string): CountryInfo | undefined => BY_NUTS.get(nutsCode.slice(0, 2));
