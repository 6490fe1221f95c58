import { useMemo, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { Link, useSearchParams } from 'react-router';
import { PracticeSearchQuery, type ResultOf } from '@polisee/graphql';
import { commonMessages, DemoBadge, developmentAreaLabels, instrumentLabels, LoadError, Loading, targetGroupLabels } from '@polisee/ui';
import { useErrorMessage } from '../../app/error-message';
import { AtlasMap } from '../map/atlas-map';
import { facetKeys, readPracticeParams, toggleFacet, writePracticeParams, type FacetName, type PracticeParams } from './practice-params';
import { usePageMeta } from './use-page-meta';

type Result = ResultOf<typeof PracticeSearchQuery>;
type Facets = Result['practices']['facets'];

const PAGE_SIZE = 20;
const facetOrder: FacetName[] = ['countries', 'developmentAreas', 'instruments', 'targetGroups', 'regions', 'years'];

function facetLabel(name: FacetName, value: string, label: string): string {
  if (name === 'developmentAreas') {
    const d = developmentAreaLabels[value as keyof typeof developmentAreaLabels];
    return d ? i18n._(d) : label;
  }
  if (name === 'instruments') {
    const d = instrumentLabels[value as keyof typeof instrumentLabels];
    return d ? i18n._(d) : label;
  }
  if (name === 'targetGroups') {
    const d = targetGroupLabels[value as keyof typeof targetGroupLabels];
    return d ? i18n._(d) : label;
  }
  return label;
}

const facetTitles: Record<FacetName, MessageDescriptor> = {
  countries: msg`Country`,
  regions: msg`Region`,
  developmentAreas: msg`Development area`,
  instruments: msg`Instrument`,
  targetGroups: msg`Target group`,
  years: msg`Start year`,
};

const sortLabels: Record<PracticeParams['sort'], MessageDescriptor> = {
  RELEVANCE: msg({ message: 'Relevance', context: 'sort order' }),
  NEWEST: msg({ message: 'Newest', context: 'sort order' }),
  TITLE: msg({ message: 'Title', context: 'sort order' }),
};

/** Highlighted parts of a snippet as <mark>; text only, never HTML. */
export function Snippet({ parts }: { parts: { text: string; highlighted: boolean }[] }) {
  return (
    <p className="practice-result__snippet">
      {parts.map((p, i) => (p.highlighted ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </p>
  );
}

function FacetGroup({ name, facets, params, onToggle }: { name: FacetName; facets: Facets; params: PracticeParams; onToggle: (name: FacetName, value: string) => void }) {
  const { i18n } = useLingui();
  const selected = new Set((params.filter[name] as (string | number)[]).map(String));
  const values = facets[name];
  // A selected value with no match keeps its checkbox, so it can be unticked.
  const missing = [...selected].filter((v) => !values.some((f) => f.value === v)).map((value) => ({ value, label: value, count: 0 }));
  const all = [...values, ...missing];
  if (all.length === 0) return null;
  const id = `facet-${facetKeys[name]}`;
  return (
    <fieldset className="facet" data-testid={id}>
      <legend>{i18n._(facetTitles[name])}</legend>
      <ul className="facet__list">
        {all.map((f) => (
          <li key={f.value}>
            <label className="checkbox-field facet__option">
              <input type="checkbox" checked={selected.has(f.value)} onChange={() => onToggle(name, f.value)} />
              <span className="facet__label">{facetLabel(name, f.value, f.label)}</span>
              <span className="facet__count" data-testid={`${id}-${f.value}`}>
                {f.count}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function ResultsMap({ data, onRegion }: { data: Result; onRegion: (code: string) => void }) {
  const { t } = useLingui();
  const points = useMemo(() => {
    const byCode = new Map(data.regions.map((r) => [r.code, r]));
    return data.practices.facets.regions
      .map((f) => ({ ...f, region: byCode.get(f.value) }))
      .filter((p): p is typeof p & { region: NonNullable<typeof p.region> } => p.region?.latitude != null && p.region?.longitude != null);
  }, [data]);
  const max = Math.max(1, ...points.map((p) => p.count));
  const regionCount = points.length;
  const countries = [...new Set(data.practices.facets.countries.map((c) => c.value))];
  return (
    <AtlasMap title={t`Map of the regions of the matching practices (${plural(regionCount, { one: '# region', other: '# regions' })}); each circle is sized by the number of practices. The Region filter lists the same counts.`} titleId="practices-map-title" highlightedCountries={countries} loadingLabel={t`Drawing the map…`} failedLabel={t`The map could not be drawn; the Region filter lists the same counts.`} testId="practices-map">
      {(project) =>
        points.map((p) => {
          const xy = project(p.region.longitude!, p.region.latitude!);
          if (!xy) return null;
          const regionName = p.label;
          const practiceCount = p.count;
          return (
            <g key={p.value} className="map__marker practice-marker" role="button" tabIndex={0} aria-label={t`${regionName}: ${plural(practiceCount, { one: '# practice', other: '# practices' })}. Filter by this region`} onClick={() => onRegion(p.value)} onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onRegion(p.value)}>
              <circle cx={xy[0]} cy={xy[1]} r={6 + 14 * Math.sqrt(p.count / max)} />
              <text x={xy[0]} y={xy[1] + 4} textAnchor="middle" className="map__label" aria-hidden="true">
                {p.count}
              </text>
            </g>
          );
        })
      }
    </AtlasMap>
  );
}

export function PracticesPage() {
  const { t, i18n } = useLingui();
  const errorMessage = useErrorMessage();
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => readPracticeParams(search), [search]);
  const [draft, setDraft] = useState(params.query);
  const [lastQuery, setLastQuery] = useState(params.query);
  if (lastQuery !== params.query) {
    // The URL changed (back button, link): the box follows it.
    setLastQuery(params.query);
    setDraft(params.query);
  }
  const query = params.query;
  usePageMeta({ title: `${query ? t`“${query}” – Policy examples` : t`Policy examples`} – PoliSEE`, description: t`Cluster policy examples from South-East Europe: instruments, budgets, measurable results and lessons, contributed by the partners and validated by the lead partner.`, canonicalPath: '/practices' });

  const filter = {
    countries: params.filter.countries.length ? params.filter.countries : undefined,
    regions: params.filter.regions.length ? params.filter.regions : undefined,
    developmentAreas: params.filter.developmentAreas.length ? params.filter.developmentAreas : undefined,
    instruments: params.filter.instruments.length ? params.filter.instruments : undefined,
    targetGroups: params.filter.targetGroups.length ? params.filter.targetGroups : undefined,
    years: params.filter.years.length ? params.filter.years : undefined,
  };
  const { data, previousData, loading, error, refetch } = useQuery(PracticeSearchQuery, {
    variables: { query: params.query || null, filter, sort: params.sort, first: PAGE_SIZE, after: params.after },
  });
  const shown = data ?? previousData;
  const practiceTotal = shown?.practices.totalCount ?? 0;
  const go = (next: PracticeParams) => setSearch(writePracticeParams(next));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    go({ ...params, query: draft, after: null });
  };
  const anyFilter = Object.values(filter).some(Boolean);
  const hasDemo = shown?.practices.edges.some((e) => e.node.isDemo);

  return (
    <div className="container section practices">
      <h1>{t`Policy examples`}</h1>
      <p className="lead">{t`Practices that partners tried, with their results and lessons, validated before publication. Search them in any language of the programme; accents and word endings do not matter.`}</p>
      <form role="search" className="practices__search" onSubmit={onSubmit}>
        <label htmlFor="practice-query" className="visually-hidden">
          {t`Search policy examples`}
        </label>
        <input id="practice-query" className="input" type="search" value={draft} onChange={(e) => setDraft(e.target.value)} placeholder={t`Words, "an exact phrase", -exclude, or`} aria-describedby="practice-query-hint" />
        <button type="submit" className="button">
          {i18n._(commonMessages.search)}
        </button>
        <span id="practice-query-hint" className="field__hint">
          {t`Words, "an exact phrase", -exclude, or`}
        </span>
      </form>

      {error && !shown ? <LoadError title={t`The practices could not be loaded`} message={errorMessage(error)} retryLabel={i18n._(commonMessages.tryAgain)} onRetry={() => void refetch()} /> : null}
      {loading && !shown ? <Loading label={t`Searching…`} /> : null}
      {shown ? (
        <div className="practices__layout" aria-busy={loading}>
          <aside className="practices__filters" aria-labelledby="filters-heading">
            <h2 id="filters-heading">{t`Filters`}</h2>
            {anyFilter ? (
              <button type="button" className="link-button" onClick={() => go({ ...params, after: null, filter: { countries: [], regions: [], developmentAreas: [], instruments: [], targetGroups: [], years: [] } })}>
                {t`Clear all filters`}
              </button>
            ) : null}
            {facetOrder.map((name) => (
              <FacetGroup key={name} name={name} facets={shown.practices.facets} params={params} onToggle={(n, v) => go(toggleFacet(params, n, v))} />
            ))}
          </aside>
          <section className="practices__results" aria-labelledby="results-heading">
            <div className="practices__toolbar">
              <h2 id="results-heading" data-testid="practice-count" aria-live="polite">
                {query
                  ? t`${plural(practiceTotal, { one: `# practice for “${query}”`, other: `# practices for “${query}”` })}`
                  : t`${plural(practiceTotal, { one: '# practice', other: '# practices' })}`}
              </h2>
              <label className="practices__sort">
                {t`Sort by`}{' '}
                <select className="select" value={params.sort} onChange={(e) => go({ ...params, sort: e.target.value as PracticeParams['sort'], after: null })}>
                  {Object.entries(sortLabels).map(([value, label]) => (
                    <option key={value} value={value}>
                      {i18n._(label)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            {hasDemo ? (
              <p className="alert alert--warning">
                <DemoBadge label={t`Demo data`} /> {t`Practices marked “demo data” are plausible examples written for the demonstration, not real partners’ records.`}
              </p>
            ) : null}
            {shown.practices.edges.length === 0 ? <p>{t`No published practice matches. Try fewer words or remove a filter.`}</p> : null}
            <ol className="practice-results">
              {shown.practices.edges.map(({ node, snippet }) => (
                <li key={node.id} className="card practice-result">
                  <h3 className="practice-result__title">
                    <Link to={`/practices/${node.slug}`}>{node.title}</Link> {node.isDemo ? <DemoBadge label={t`Demo data`} /> : null}
                  </h3>
                  <p className="practice-result__meta">
                    {[node.regions.map((r) => r.name).join(', '), node.countryName, node.instrument ? i18n._(instrumentLabels[node.instrument]) : null, node.startYear ? `${node.startYear}–${node.endYear ?? t`ongoing`}` : null]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                  <Snippet parts={snippet} />
                  <p className="practice-result__partner">{node.partner?.name}</p>
                </li>
              ))}
            </ol>
            <nav className="practices__pager" aria-label={t`Pages`}>
              {params.after ? (
                <button type="button" className="button button--secondary" onClick={() => go({ ...params, after: null })}>
                  {t`Back to the first page`}
                </button>
              ) : null}
              {shown.practices.pageInfo.hasNextPage ? (
                <button type="button" className="button button--secondary" onClick={() => go({ ...params, after: shown.practices.pageInfo.endCursor })}>
                  {t`Next page`}
                </button>
              ) : null}
            </nav>
            <section aria-labelledby="practices-map-heading" className="section--tight">
              <h2 id="practices-map-heading">{t`Where the matching practices are`}</h2>
              <ResultsMap data={shown} onRegion={(code) => go(toggleFacet(params, 'regions', code))} />
            </section>
          </section>
        </div>
      ) : null}
    </div>
  );
}
