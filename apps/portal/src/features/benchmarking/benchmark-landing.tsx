import { useMemo } from 'react';
import { Link, useHref, useNavigate } from 'react-router';
import { Trans, useLingui } from '@lingui/react/macro';
import { AtlasMap } from '../map/atlas-map';

export interface LandingRegion {
  code: string;
  name: string;
  country: string;
  latitude?: number | null;
  longitude?: number | null;
}

/** Worked examples: a region and a view of it worth opening first. */
const EXAMPLES: Array<{ code: string; search: string; kind: 'plain' | 'compare' | 'abroad' }> = [
  { code: 'ITI3', search: '', kind: 'plain' },
  { code: 'RO21', search: '?compare=2015', kind: 'compare' },
  { code: 'AT22', search: '?excludeOwn=1', kind: 'abroad' },
];

/**
 * The way into the explorer when no region is chosen: every region on a map and in a list by
 * country (names in the page's language, sorted as its readers sort), and three worked examples.
 */
export function BenchmarkLanding({ regions, countryNames }: { regions: readonly LandingRegion[]; countryNames: Record<string, string> }) {
  const { t, i18n } = useLingui();
  const navigate = useNavigate();
  // The explorer's address with the locale prefix, for the map's plain SVG links.
  const base = useHref('/benchmarking');
  const byName = useMemo(() => new Intl.Collator(i18n.locale).compare, [i18n.locale]);
  const countries = useMemo(() => {
    const groups = new Map<string, LandingRegion[]>();
    for (const region of regions) groups.set(region.country, [...(groups.get(region.country) ?? []), region]);
    return [...groups]
      .map(([code, list]) => ({ code, name: countryNames[code] ?? code, regions: [...list].sort((a, b) => byName(a.name, b.name)) }))
      .sort((a, b) => byName(a.name, b.name));
  }, [regions, countryNames, byName]);
  const onMap = regions.filter((region) => region.latitude != null && region.longitude != null);
  const known = new Map(regions.map((region) => [region.code, region]));
  const examples = EXAMPLES.filter((example) => known.has(example.code));

  function exampleText(kind: 'plain' | 'compare' | 'abroad', name: string, code: string) {
    if (kind === 'compare') return t`${name} (${code}): how its profile changed since 2015`;
    if (kind === 'abroad') return t`${name} (${code}) against similar regions of other countries only`;
    return t`${name} (${code}) against its ten structurally closest regions`;
  }
  const regionCount = regions.length;
  const countryCount = countries.length;

  return (
    <div className="landing" data-testid="benchmark-landing">
      {examples.length ? (
        <section aria-labelledby="examples-title" className="card landing__examples">
          <h2 id="examples-title">
            <Trans>Start with an example</Trans>
          </h2>
          <ul>
            {examples.map((example) => {
              const region = known.get(example.code)!;
              return (
                <li key={example.code}>
                  <Link to={`/benchmarking/${example.code}${example.search}`}>{exampleText(example.kind, region.name, region.code)}</Link>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <div className="landing__browse">
        <section aria-labelledby="landing-map-title" className="landing__map">
          <h2 id="landing-map-title">
            <Trans>Choose a region on the map</Trans>
          </h2>
          <AtlasMap
            title={t`The ${regionCount} regions of the platform; choose one to benchmark it`}
            titleId="landing-map-svg-title"
            highlightedCountries={countries.map((country) => country.code)}
            loadingLabel={t`Drawing the map…`}
            failedLabel={t`The map could not be drawn. The list names every region.`}
            testId="landing-map"
          >
            {(project) => (
              <g>
                {onMap.map((region) => {
                  const point = project(region.longitude!, region.latitude!);
                  if (!point) return null;
                  const label = `${region.name} (${region.code})`;
                  return (
                    <a
                      key={region.code}
                      href={`${base}/${region.code}`}
                      className="map__marker"
                      aria-label={label}
                      data-testid="landing-marker"
                      onClick={(event) => {
                        // In-app navigation (the router adds the locale prefix); the href serves a new tab.
                        event.preventDefault();
                        void navigate(`/benchmarking/${region.code}`);
                      }}
                    >
                      <circle cx={point[0]} cy={point[1]} r={6}>
                        <title>{label}</title>
                      </circle>
                    </a>
                  );
                })}
              </g>
            )}
          </AtlasMap>
        </section>

        <section aria-labelledby="landing-list-title" className="landing__list">
          <h2 id="landing-list-title">
            <Trans>
              All {regionCount} regions in {countryCount} countries
            </Trans>
          </h2>
          {countries.map((country) => (
            <details key={country.code} className="landing__country">
              <summary>
                {country.name} <span className="muted">({country.regions.length})</span>
              </summary>
              <ul>
                {country.regions.map((region) => (
                  <li key={region.code}>
                    <Link to={`/benchmarking/${region.code}`}>
                      {region.name} <span className="muted">{region.code}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </section>
      </div>
    </div>
  );
}
