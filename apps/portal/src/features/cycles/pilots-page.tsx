import { useLingui } from '@lingui/react/macro';
import { plural } from '@lingui/core/macro';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { PilotFilterOptionsQuery, PilotListQuery, type DevelopmentArea } from '@polisee/graphql';
import { developmentAreaLabels, Field, LoadError, Loading, optionsOf, useDocumentTitle } from '@polisee/ui';
import { PilotCard } from './pilot-card';


const AREAS = Object.keys(developmentAreaLabels) as DevelopmentArea[];

/** Pilot actions with their KPI achievement; the filters live in the URL (?country=&area=). */
/** Pilots per page: each carries its KPI series, so a page of 12 stays inside the public query budget. */
const PILOT_PAGE = 12;

export function PilotsPage() {
  const { t, i18n } = useLingui();
  useDocumentTitle(t`Pilot actions`);
  const [params, setParams] = useSearchParams();
  const country = params.get('country') ?? '';
  const rawArea = params.get('area') ?? '';
  const area = AREAS.includes(rawArea as DevelopmentArea) ? (rawArea as DevelopmentArea) : '';
  const filter = useMemo(() => ({ ...(/^[A-Z]{2}$/.test(country) ? { countries: [country] } : {}), ...(area ? { areas: [area] } : {}) }), [country, area]);
  const options = useQuery(PilotFilterOptionsQuery);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(PilotListQuery, { variables: { filter, first: PILOT_PAGE }, notifyOnNetworkStatusChange: true });
  const shown = data ?? previousData;
  const pilotTotal = shown?.pilotActions.totalCount ?? 0;
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <section className="container section" aria-labelledby="pilots-title">
      <h1 id="pilots-title">{t`Pilot actions`}</h1>
      <p>{t`Pilot actions test the measures of the partners’ action plans. Each KPI is measured against its baseline and target; achievement = (actual − baseline) / (target − baseline).`}</p>
      <form className="filters" role="search" aria-label={t`Filter pilot actions`} onSubmit={(e) => e.preventDefault()}>
        <Field label={t`Country`}>
          {(c) => (
            <select {...c} className="select" value={country} onChange={(e) => set('country', e.target.value)}>
              <option value="">{t`All countries`}</option>
              {(options.data?.countries ?? []).map((x) => (
                <option key={x.code} value={x.code}>
                  {x.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t`Development area`}>
          {(c) => (
            <select {...c} className="select" value={area} onChange={(e) => set('area', e.target.value)}>
              <option value="">{t`All areas`}</option>
              {optionsOf(developmentAreaLabels).map((o) => (
                <option key={o.value} value={o.value}>
                  {i18n._(o.label)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {country || area ? (
          <button type="button" className="button button--secondary" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
            {t`Clear filters`}
          </button>
        ) : null}
      </form>
      {error ? <LoadError message={t`The pilot actions could not be loaded.`} onRetry={() => void refetch()} /> : null}
      {loading && !shown ? <Loading /> : null}
      {shown ? (
        <>
          <p role="status" data-testid="pilot-count">
            {t`${plural(pilotTotal, { one: '# pilot action', other: '# pilot actions' })}`}
          </p>
          {shown.pilotActions.edges.length === 0 ? <p>{t`No pilot action matches these filters.`}</p> : null}
          {shown.pilotActions.edges.map(({ node }) => (
            <PilotCard key={node.id} pilot={node} cycle={node.cycle.isPublic ? node.cycle : null} />
          ))}
          {shown.pilotActions.pageInfo.hasNextPage ? (
            <button type="button" className="button button--secondary" disabled={loading} onClick={() =>
                void fetchMore({
                  variables: { after: shown.pilotActions.pageInfo.endCursor },
                  updateQuery: (prev, { fetchMoreResult }) => ({
                    ...fetchMoreResult,
                    pilotActions: { ...fetchMoreResult.pilotActions, edges: [...prev.pilotActions.edges, ...fetchMoreResult.pilotActions.edges] },
                  }),
                })
              }>
              {t`Show more`}
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
