import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { feature } from 'topojson-client';
import { geoConicConformal, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPoint } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { isoNumericByAlpha2 } from './country-codes';

type CountryFeatures = FeatureCollection<Geometry, { name: string }>;

/** Projects a longitude and latitude onto the map's viewBox, or null when off the map. */
export type Project = (longitude: number, latitude: number) => [number, number] | null;

export const mapWidth = 800;
export const mapHeight = 640;
const padding = 12;
// The programme area: from the Alps and Bavaria to the Black Sea, from Bohemia to Crete.
const extent: MultiPoint = {
  type: 'MultiPoint',
  coordinates: [
    [8.5, 35],
    [30.5, 35],
    [8.5, 49.5],
    [30.5, 49.5],
  ],
};

/**
 * Country outlines: Natural Earth 1:50m (world-atlas) cut to Europe around the programme area
 * and simplified (scripts/make-see-atlas.mjs), about 15 KB gzipped instead of 243 KB for the
 * world; its own chunk, so the rest of the page does not wait for it.
 */
async function loadCountries(): Promise<CountryFeatures> {
  const atlas = (await import('./see-countries.json')).default as unknown as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  return feature(atlas, atlas.objects.countries) as CountryFeatures;
}

/**
 * The South-East Europe base map (world-atlas country outlines in a conic projection) that the
 * partnership map and the benchmark explorer draw their markers on.
 */
export function AtlasMap({
  title,
  titleId,
  highlightedCountries,
  loadingLabel,
  failedLabel,
  testId,
  overlay,
  legend,
  children,
}: {
  title: string;
  titleId: string;
  /** ISO alpha-2 codes of the countries to tint. */
  highlightedCountries: string[];
  loadingLabel: string;
  failedLabel: string;
  testId?: string;
  /** Positioned over the drawing (tooltips), in percent of its size. */
  overlay?: ReactNode;
  legend?: ReactNode;
  children: (project: Project) => ReactNode;
}) {
  const [countries, setCountries] = useState<CountryFeatures | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    loadCountries().then(
      (loaded) => {
        if (!cancelled) setCountries(loaded);
      },
      () => {
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  const projection = useMemo(
    () =>
      geoConicConformal()
        .parallels([38, 47])
        .rotate([-19.5, 0])
        .fitExtent(
          [
            [padding, padding],
            [mapWidth - padding, mapHeight - padding],
          ],
          extent,
        )
        .clipExtent([
          [0, 0],
          [mapWidth, mapHeight],
        ]),
    [],
  );
  const path = useMemo(() => geoPath(projection), [projection]);
  const project = useMemo<Project>(
    () => (longitude, latitude) => {
      const point = projection([longitude, latitude]);
      return point ? [point[0], point[1]] : null;
    },
    [projection],
  );
  const highlighted = useMemo(
    () => new Set(highlightedCountries.map((code) => isoNumericByAlpha2[code]).filter(Boolean)),
    [highlightedCountries],
  );

  if (failed) return <div className="alert alert--warning">{failedLabel}</div>;

  return (
    <div className="map" data-testid={testId}>
      {!countries ? (
        <div className="map__loading loading" role="status">
          {loadingLabel}
        </div>
      ) : null}
      <svg viewBox={`0 0 ${mapWidth} ${mapHeight}`} className="map__svg" aria-labelledby={titleId} role="group">
        <title id={titleId}>{title}</title>
        <rect width={mapWidth} height={mapHeight} className="map__sea" aria-hidden="true" />
        <g aria-hidden="true">
          {countries?.features.map((country: Feature<Geometry, { name: string }>, index) => (
            <path
              key={String(country.id ?? index)}
              d={path(country) ?? undefined}
              className={highlighted.has(String(country.id)) ? 'map__country map__country--partner' : 'map__country'}
            />
          ))}
        </g>
        {children(project)}
      </svg>
      {overlay}
      {legend}
    </div>
  );
}
