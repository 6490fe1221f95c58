import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { isoNumericByAlpha2 } from './country-codes';
import { projectPoint } from './conic-projection';

/** Projects a longitude and latitude onto the map's viewBox, or null when off the map. */
export type Project = (longitude: number, latitude: number) => [number, number] | null;

export const mapWidth = 800;
export const mapHeight = 640;

interface CountryOutlines {
  /** World-atlas numeric id and the outline as SVG path data in the viewBox. */
  countries: Array<{ id: string; d: string }>;
}

/**
 * Country outlines: Natural Earth 1:50m (world-atlas) cut to Europe around the programme area,
 * simplified (scripts/make-see-atlas.mjs), then projected and clipped to the viewBox at build
 * time (scripts/make-see-paths.mjs): about 6 KB gzipped, drawn without any projection code; its
 * own chunk, so the rest of the page does not wait for it.
 */
let outlines: Promise<CountryOutlines> | null = null;
function loadOutlines(): Promise<CountryOutlines> {
  outlines ??= import('./see-paths.json').then((module) => module.default as unknown as CountryOutlines);
  // A failed load may be retried by the next map.
  outlines.catch(() => {
    outlines = null;
  });
  return outlines;
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
  const [countries, setCountries] = useState<CountryOutlines | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    loadOutlines().then(
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

  // Markers can be placed before the outlines arrive: the fit is known without them.
  const project = useMemo<Project>(
    () => (longitude, latitude) => {
      const [x, y] = projectPoint(longitude, latitude);
      return Number.isFinite(x) && Number.isFinite(y) ? [x, y] : null;
    },
    [],
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
          {countries?.countries.map((country) => (
            <path key={country.id} d={country.d} className={highlighted.has(country.id) ? 'map__country map__country--partner' : 'map__country'} />
          ))}
        </g>
        {children(project)}
      </svg>
      {overlay}
      {legend}
    </div>
  );
}
