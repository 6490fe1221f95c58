import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { BenchmarkQuery, BenchmarkSetupQuery } from '@polisee/graphql';
import { commonMessages, DemoBadge, ErrorAlert, LoadError, Loading, normalisationLabels, useDocumentTitle, useFormat } from '@polisee/ui';
import { useErrorMessage } from '../../app/error-message';
import { apolloClient } from '../../app/apollo-client';
import { AreaRadar } from './area-radar';
import { BenchmarkLanding } from './benchmark-landing';
import { Term } from '../glossary/term';
import { BenchmarkControls, type UpdateParams } from './benchmark-controls';
import { benchmarkOptions, readBenchmarkParams, writeBenchmarkParams, type BenchmarkParams } from './benchmark-params';
import { CompositeSummary } from './composite-summary';
import { ProfileChart, ProfileTable } from './profile-chart';
import { RankIntervals } from './rank-intervals';
import { ReferenceRegions } from './reference-regions';
import { RegionLinks } from './region-links';
import { RegionPicker } from './region-picker';
import { useBenchmarkStrings } from './messages';
import type { Benchmark } from './types';
import { useLingui } from '@lingui/react';

// Slider and number edits reach the URL (and so the API) once they stop changing.
const debounceMs = 400;

/**
 * The explorer with the app's Apollo client, below the heading and introduction that the route
 * (benchmark-route.tsx) renders and that it loads this lazily under; `onHeading` gives the route
 * the heading for the chosen region.
 */
export function BenchmarkExplorer({ onHeading }: { onHeading: (heading: string) => void }) {
  return (
    <ApolloProvider client={apolloClient}>
      <BenchmarkPage onHeading={onHeading} />
    </ApolloProvider>
  );
}

function BenchmarkPage({ onHeading }: { onHeading: (heading: string) => void }) {
  const t = useBenchmarkStrings();
  const errorMessage = useErrorMessage();
  const { regionCode } = useParams();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => readBenchmarkParams(searchParams), [searchParams]);
  // Pending debounced edits are shown in the controls before they reach the URL.
  const [draft, setDraft] = useState<BenchmarkParams | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  // The draft stays until the URL has caught up: clearing it earlier would let an edit made in
  // between start from the old URL and drop the change just written.
  useEffect(() => setDraft(null), [searchParams]);

  const update = useCallback<UpdateParams>(
    (next, { debounce = false } = {}) => {
      window.clearTimeout(timer.current);
      setDraft(next);
      const write = () => void setSearchParams(writeBenchmarkParams(next), { replace: true });
      if (debounce) timer.current = window.setTimeout(write, debounceMs);
      else write();
    },
    [setSearchParams],
  );

  // Every region, indicator and year (about 18 KB): read once per visit of the page, so it is not
  // normalised into the cache (on a phone that costs more than the answer takes to arrive).
  const setup = useQuery(BenchmarkSetupQuery, { fetchPolicy: 'no-cache' });
  // The picker and the settings render at transition priority, in slices (see BenchmarkResult).
  const setupData = useDeferredValue(setup.data);
  const format = useFormat();
  // Country names in the page's language (Intl), not the API's English ones.
  const countryNames = useMemo(
    () => Object.fromEntries((setupData?.countries ?? []).map((country) => [country.code, format.country(country.code)])),
    [setupData, format],
  );
  const selected = setupData?.regions.find((region) => region.code === regionCode) ?? null;
  useDocumentTitle(selected ? t.titleWithRegion(selected.name, selected.code) : regionCode ? null : t.title);
  const heading = selected ? t.titleWithRegion(selected.name, selected.code) : t.title;
  // Before paint: the heading never shows the generic title once the region is known.
  useLayoutEffect(() => onHeading(heading), [heading, onHeading]);

  function pick(code: string) {
    void navigate({ pathname: `/benchmarking/${code}`, search: searchParams.toString() });
  }

  return (
    <>
      {!setupData && !setup.error ? <Loading label={t.pickerLoading} /> : null}
      {setup.error && !setup.data ? (
        <LoadError title={t.setupFailed} message={errorMessage(setup.error)} onRetry={() => void setup.refetch()} />
      ) : null}
      {setupData ? (
        <>
          <RegionPicker
            regions={setupData.regions}
            countryNames={countryNames}
            selected={selected}
            label={t.pickerLabel}
            hint={t.pickerHint}
            placeholder={t.pickerPlaceholder}
            noMatch={t.pickerNoMatch}
            countLabel={t.pickerCount}
            onPick={pick}
          />
          {!regionCode ? (
            <>
              <p className="muted">{t.chooseRegion}</p>
              <BenchmarkLanding regions={setupData.regions} countryNames={countryNames} />
            </>
          ) : null}
          {regionCode && !selected ? <ErrorAlert>{t.unknownRegion(regionCode)}</ErrorAlert> : null}
          {regionCode && selected ? (
            <div className="benchmark__layout">
              <BenchmarkControls
                params={draft ?? params}
                years={setupData.availableYears}
                defaultYear={setupData.defaultBenchmarkYear ?? null}
                dimensions={setupData.similarityDimensions.map((dimension) => ({ key: dimension.name, label: t.dimensionNames[dimension.name] ?? dimension.name }))}
                indicators={setupData.indicators.map((indicator) => ({ key: indicator.code, label: indicator.name }))}
                onChange={update}
                onReset={() => update(readBenchmarkParams(new URLSearchParams()))}
              />
              <BenchmarkResult regionCode={regionCode} params={params} countryNames={countryNames} />
            </div>
          ) : null}
        </>
      ) : null}
    </>
  );
}

function BenchmarkResult({
  regionCode,
  params,
  countryNames,
}: {
  regionCode: string;
  params: BenchmarkParams;
  countryNames: Record<string, string>;
}) {
  const t = useBenchmarkStrings();
  const { _ } = useLingui();
  const errorMessage = useErrorMessage();
  const options = useMemo(() => benchmarkOptions(params), [params]);
  const { data, previousData, loading, error, refetch } = useQuery(BenchmarkQuery, {
    variables: { region: regionCode, options },
    notifyOnNetworkStatusChange: true,
    // A computed answer for one set of settings (about 20 KB): normalising it into the cache and
    // reading it back cost a phone more than asking again when settings come back.
    fetchPolicy: 'no-cache',
  });
  // While new settings compute, the previous result stays (dimmed) rather than blinking away.
  const latest = data?.benchmark ?? (loading ? previousData?.benchmark : undefined);
  // The view (tables, charts, map) is rendered at transition priority, in slices that leave the
  // main thread free for input, instead of one long task when an answer arrives.
  const shown = useDeferredValue(latest);

  return (
    <div className="benchmark__result" aria-busy={loading || shown !== latest} data-testid="benchmark-result">
      <div aria-live="polite">{loading ? <Loading label={t.loading} /> : null}</div>
      {error ? (
        <ErrorAlert title={t.loadFailed}>
          <p data-testid="benchmark-error">{errorMessage(error)}</p>
          <button type="button" className="button button--small" onClick={() => void refetch()}>
            {_(commonMessages.tryAgain)}
          </button>
        </ErrorAlert>
      ) : null}
      {shown && !error ? <BenchmarkView benchmark={shown} countryNames={countryNames} stale={loading} /> : null}
    </div>
  );
}

function BenchmarkView({ benchmark, countryNames, stale }: { benchmark: Benchmark; countryNames: Record<string, string>; stale: boolean }) {
  const t = useBenchmarkStrings();
  const { _ } = useLingui();
  return (
    <div className={stale ? 'benchmark__view benchmark__view--stale' : 'benchmark__view'}>
      {benchmark.demoDataUsed ? (
        <p className="alert alert--warning" data-testid="demo-notice">
          <DemoBadge title={t.demoTitle} /> {t.demoNotice}
        </p>
      ) : null}

      <YearStatement benchmark={benchmark} />

      <section aria-labelledby="composite-title">
        <h2 id="composite-title">
          {t.compositeTitle(benchmark.year)}
        </h2>
        <CompositeSummary benchmark={benchmark} />
      </section>

      <section aria-labelledby="reference-title" className="section--tight">
        <h2 id="reference-title">{t.referenceTitle}</h2>
        <p>
          {t.referenceIntro(benchmark.referenceRegions.length, benchmark.region.name)} <Term id="reference-region" /> <Term id="structural-distance" />
        </p>
        <ReferenceRegions benchmark={benchmark} countryNames={countryNames} />
      </section>

      <section aria-labelledby="profile-title" className="section--tight">
        <h2 id="profile-title">{t.profileTitle}</h2>
        <p>{t.profileIntro(_(normalisationLabels[benchmark.normalisation]))}</p>
        <ProfileChart benchmark={benchmark} />
        <ProfileTable benchmark={benchmark} />
      </section>

      <section aria-labelledby="highlights-title" className="section--tight">
        <h2 id="highlights-title">{t.highlightsTitle}</h2>
        <Highlights benchmark={benchmark} />
      </section>

      <section aria-labelledby="areas-title" className="section--tight">
        <h2 id="areas-title">{t.areasTitle}</h2>
        <p>{t.areasIntro}</p>
        <AreaRadar benchmark={benchmark} />
      </section>

      <section aria-labelledby="ranking-title" className="section--tight">
        <h2 id="ranking-title">{t.rankingTitle}</h2>
        <p>{t.rankingIntro(benchmark.uncertaintyDraws)}</p>
        <RankIntervals benchmark={benchmark} />
      </section>

      <RegionLinks code={benchmark.region.code} name={benchmark.region.name} year={benchmark.year} />
    </div>
  );
}

/** Which year is shown and why, with how many indicators have official figures in it. */
function YearStatement({ benchmark }: { benchmark: Benchmark }) {
  const t = useBenchmarkStrings();
  const withValue = benchmark.indicators.filter((row) => row.value != null);
  const official = withValue.filter((row) => !row.isDemo).length;
  const text = benchmark.yearIsDefault ? t.yearExplained(benchmark.year, official, benchmark.indicators.length) : t.yearChosen(benchmark.year, official, benchmark.indicators.length);
  return (
    <p className="benchmark__year" data-testid="year-statement">
      {text}
    </p>
  );
}

function Highlights({ benchmark }: { benchmark: Benchmark }) {
  const t = useBenchmarkStrings();
  const percentileOf = (code: string) => benchmark.indicators.find((row) => row.indicator.code === code)?.percentile;
  const items = [
    ...benchmark.strengths.map((item) => ({ ...item, strength: true, className: 'highlight highlight--strength' })),
    ...benchmark.weaknesses.map((item) => ({ ...item, strength: false, className: 'highlight highlight--weakness' })),
  ];
  if (items.length === 0) return <p className="muted">{t.noHighlights}</p>;
  return (
    <ul className="highlights" data-testid="highlights">
      {items.map((item) => (
        <li key={`${item.strength}-${item.indicator.code}`} className={item.className}>
          {t.highlight(item.strength, item.indicator.name, item.gap, percentileOf(item.indicator.code))}
        </li>
      ))}
    </ul>
  );
}
