import type { PracticeFilter, PracticeSort } from '@polisee/graphql';

/**
 * The explorer's state, all in the URL query string: `q`, one repeated key per facet (`country`,
 * `region`, `area`, `instrument`, `target`, `year`), `sort` and the page cursor `after`.
 */
export interface PracticeParams {
  query: string;
  filter: { [K in 'countries' | 'regions' | 'developmentAreas' | 'instruments' | 'targetGroups']: NonNullable<PracticeFilter[K]> } & { years: number[] };
  sort: PracticeSort;
  after: string | null;
}

export const facetKeys = {
  countries: 'country',
  regions: 'region',
  developmentAreas: 'area',
  instruments: 'instrument',
  targetGroups: 'target',
  years: 'year',
} as const;
export type FacetName = keyof typeof facetKeys;

const sorts: PracticeSort[] = ['RELEVANCE', 'NEWEST', 'TITLE'];

export function readPracticeParams(search: URLSearchParams): PracticeParams {
  const sort = search.get('sort') as PracticeSort | null;
  return {
    query: search.get('q') ?? '',
    filter: {
      countries: search.getAll(facetKeys.countries),
      regions: search.getAll(facetKeys.regions),
      developmentAreas: search.getAll(facetKeys.developmentAreas) as PracticeParams['filter']['developmentAreas'],
      instruments: search.getAll(facetKeys.instruments) as PracticeParams['filter']['instruments'],
      targetGroups: search.getAll(facetKeys.targetGroups) as PracticeParams['filter']['targetGroups'],
      years: search.getAll(facetKeys.years).map(Number).filter(Number.isInteger),
    },
    sort: sort && sorts.includes(sort) ? sort : 'RELEVANCE',
    after: search.get('after'),
  };
}

export function writePracticeParams(p: PracticeParams): URLSearchParams {
  const out = new URLSearchParams();
  if (p.query.trim()) out.set('q', p.query.trim());
  for (const name of Object.keys(facetKeys) as FacetName[]) for (const v of p.filter[name] ?? []) out.append(facetKeys[name], String(v));
  if (p.sort !== 'RELEVANCE') out.set('sort', p.sort);
  if (p.after) out.set('after', p.after);
  return out;
}

/** Toggles one facet value; any change of filters goes back to the first page. */
export function toggleFacet(p: PracticeParams, name: FacetName, value: string): PracticeParams {
  const current = (p.filter[name] as (string | number)[]).map(String);
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...p, after: null, filter: { ...p.filter, [name]: name === 'years' ? next.map(Number) : next } };
}
