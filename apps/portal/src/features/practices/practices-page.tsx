import { useMemo, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { i18n } from '@lingui/core';
import { Link, useSearchParams } from 'react-router';
import { PracticeSearchQuery, type ResultOf } from '@polisee/graphql';
import { DemoBadge, LoadError, Loading, developmentAreaLabels, instrumentLabels, targetGroupLabels } from '@polisee/ui';
import { useErrorMessage } from '../../app/error-message';
import { AtlasMap } from '../map/atlas-map';
import { facetKeys, readPracticeParams, toggleFacet, writePracticeParams, type FacetName, type PracticeParams } from './practice-params';
import { practicesStrings as t } from './strings';
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
  if (name === 'instruments') return instrumentLabels[value as keyof typeof instrumentLabels] ?? label;
  if (name === 'targetGroups') return targetGroupLabels[value as keyof typeof targetGroupLabels] ?? label;
  return label;
}

/** Highlighted parts of a snippet as <mark>; text only, never HTML. */
export function Snippet({ parts }: { parts: { text: string; highlighted: boolean }[] }) {
  return (
    <p className="practice-result__snippet">
      {parts.map((p, i) => (p.highlighted ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </p>
  );
}

function FacetGroup({ name, facets, params, onToggle }: { name: FacetName; facets: Facets; params: PracticeParams; onToggle: (name: FacetName, value: string) => void }) {
  const selected = new Set((params.filter[name] as (string | number)[]).map(String));
  const values = facets[name];
  // A selected value with no match keeps its checkbox, so it can be unticked.
  const missing = [...selected].filter((v) => !values.some((f) => f.value === v)).map((value) => ({ value, label: value, count: 0 }));
  const all = [...values, ...missing];
  if (all.length === 0) return null;
  const id = `facet-${facetKeys[name]}`;
  return (
    <fieldset className="facet" data-testid={id}>
      <legend>{t.facetTitles[name]}</legend>
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
  const points = useMemo(() => {
    const byCode = new Map(data.regions.map((r) => [r.code, r]));
    return data.practices.facets.regions
      .map((f) => ({ ...f, region: byCode.get(f.value) }))
      .filter((p): p is typeof p & { region: NonNullable<typeof p.region> } => p.region?.latitude != null && p.region?.longitude != null);
  }, [data]);
  const max = Math.max(1, ...points.map((p) => p.count));
  const countries = [...new Set(data.practices.facets.countries.map((c) => c.value))];
  return (
    <AtlasMap title={t.mapLabel(points.length)} titleId="practices-map-title" highlightedCountries={countries} loadingLabel={t.mapLoading} failedLabel={t.mapFailed} testId="practices-map">
      {(project) =>
        points.map((p) => {
          const xy = project(p.region.longitude!, p.region.latitude!);
          if (!xy) return null;
          return (
            <g key={p.value} className="map__marker practice-marker" role="button" tabIndex={0} aria-label={t.mapRegionButton(p.label, p.count)} onClick={() => onRegion(p.value)} onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onRegion(p.value)}>
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
  usePageMeta({ title: t.pageTitle(params.query), description: t.description, canonicalPath: '/practices' });

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
  const go = (next: PracticeParams) => setSearch(writePracticeParams(next));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    go({ ...params, query: draft, after: null });
  };
  const anyFilter = Object.values(filter).some(Boolean);
  const hasDemo = shown?.practices.edges.some((e) => e.node.isDemo);

  return (
    <div className="container section practices">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <form role="search" className="practices__search" onSubmit={onSubmit}>
        <label htmlFor="practice-query" className="visually-hidden">
          {t.searchLabel}
        </label>
        <input id="practice-query" className="input" type="search" value={draft} onChange={(e) => setDraft(e.target.value)} placeholder={t.searchHint} aria-describedby="practice-query-hint" />
        <button type="submit" className="button">
          {t.searchButton}
        </button>
        <span id="practice-query-hint" className="field__hint">
          {t.searchHint}
        </span>
      </form>

      {error && !shown ? <LoadError title={t.loadFailed} message={errorMessage(error)} retryLabel={t.retry} onRetry={() => void refetch()} /> : null}
      {loading && !shown ? <Loading label={t.loading} /> : null}
      {shown ? (
        <div className="practices__layout" aria-busy={loading}>
          <aside className="practices__filters" aria-labelledby="filters-heading">
            <h2 id="filters-heading">{t.filters}</h2>
            {anyFilter ? (
              <button type="button" className="link-button" onClick={() => go({ ...params, after: null, filter: { countries: [], regions: [], developmentAreas: [], instruments: [], targetGroups: [], years: [] } })}>
                {t.clearFilters}
              </button>
            ) : null}
            {facetOrder.map((name) => (
              <FacetGroup key={name} name={name} facets={shown.practices.facets} params={params} onToggle={(n, v) => go(toggleFacet(params, n, v))} />
            ))}
          </aside>
          <section className="practices__results" aria-labelledby="results-heading">
            <div className="practices__toolbar">
              <h2 id="results-heading" data-testid="practice-count" aria-live="polite">
                {t.resultCount(shown.practices.totalCount, params.query)}
              </h2>
              <label className="practices__sort">
                {t.sortLabel}{' '}
                <select className="select" value={params.sort} onChange={(e) => go({ ...params, sort: e.target.value as PracticeParams['sort'], after: null })}>
                  {Object.entries(t.sorts).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            {hasDemo ? (
              <p className="alert alert--warning">
                <DemoBadge label={t.demoBadge} /> {t.demoNotice}
              </p>
            ) : null}
            {shown.practices.edges.length === 0 ? <p>{t.noResults}</p> : null}
            <ol className="practice-results">
              {shown.practices.edges.map(({ node, snippet }) => (
                <li key={node.id} className="card practice-result">
                  <h3 className="practice-result__title">
                    <Link to={`/practices/${node.slug}`}>{node.title}</Link> {node.isDemo ? <DemoBadge label={t.demoBadge} /> : null}
                  </h3>
                  <p className="practice-result__meta">
                    {[node.regions.map((r) => r.name).join(', '), node.countryName, node.instrument ? instrumentLabels[node.instrument] : null, node.startYear ? `${node.startYear}–${node.endYear ?? t.ongoing}` : null]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                  <Snippet parts={snippet} />
                  <p className="practice-result__partner">{node.partner?.name}</p>
                </li>
              ))}
            </ol>
            <nav className="practices__pager" aria-label={t.pages}>
              {params.after ? (
                <button type="button" className="button button--secondary" onClick={() => go({ ...params, after: null })}>
                  {t.firstPage}
                </button>
              ) : null}
              {shown.practices.pageInfo.hasNextPage ? (
                <button type="button" className="button button--secondary" onClick={() => go({ ...params, after: shown.practices.pageInfo.endCursor })}>
                  {t.nextPage}
                </button>
              ) : null}
            </nav>
            <section aria-labelledby="practices-map-heading" className="section--tight">
              <h2 id="practices-map-heading">{t.mapTitle}</h2>
              <ResultsMap data={shown} onRegion={(code) => go(toggleFacet(params, 'regions', code))} />
            </section>
          </section>
        </div>
      ) : null}
    </div>
  );
}
