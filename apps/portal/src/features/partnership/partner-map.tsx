import { useEffect, useMemo, useState } from 'react';
import { feature } from 'topojson-client';
import { geoConicConformal, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPoint } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { isoNumericByAlpha2 } from './country-codes';
import { partnershipStrings as t } from './strings';

export interface MapPartner {
  id: string;
  name: string;
  acronym: string | null;
  countryName: string;
  isLead: boolean;
  regionCode: string;
  regionName: string;
  latitude: number;
  longitude: number;
}

type CountryFeatures = FeatureCollection<Geometry, { name: string }>;

const width = 800;
const height = 640;
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
// Partners sharing a region sit on a small ring around its centre instead of on one spot.
const ringRadius = 9;

/** Country outlines, bundled as their own chunk so the rest of the page does not wait for them. */
async function loadCountries(): Promise<CountryFeatures> {
  const atlas = (await import('world-atlas/countries-50m.json')).default as unknown as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  return feature(atlas, atlas.objects.countries) as CountryFeatures;
}

export function PartnerMap({ partners, countryCodes }: { partners: MapPartner[]; countryCodes: string[] }) {
  const [countries, setCountries] = useState<CountryFeatures | null>(null);
  const [failed, setFailed] = useState(false);
  const [active, setActive] = useState<string | null>(null);

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
            [width - padding, height - padding],
          ],
          extent,
        )
        .clipExtent([
          [0, 0],
          [width, height],
        ]),
    [],
  );
  const path = useMemo(() => geoPath(projection), [projection]);
  const highlighted = useMemo(
    () => new Set(countryCodes.map((code) => isoNumericByAlpha2[code]).filter(Boolean)),
    [countryCodes],
  );

  const markers = useMemo(() => {
    const byRegion = new Map<string, MapPartner[]>();
    for (const partner of partners) {
      const group = byRegion.get(partner.regionCode) ?? [];
      group.push(partner);
      byRegion.set(partner.regionCode, group);
    }
    return [...byRegion.values()].flatMap((group) =>
      group.flatMap((partner, index) => {
        const point = projection([partner.longitude, partner.latitude]);
        if (!point) return [];
        const angle = (2 * Math.PI * index) / group.length - Math.PI / 2;
        const offset = group.length > 1 ? ringRadius : 0;
        return [{ partner, x: point[0] + offset * Math.cos(angle), y: point[1] + offset * Math.sin(angle), shared: group.length }];
      }),
    );
  }, [partners, projection]);

  const activeMarker = markers.find((marker) => marker.partner.id === active);

  if (failed) return <div className="alert alert--warning">{t.mapFailed}</div>;

  return (
    <div className="map" data-testid="partner-map">
      {!countries ? (
        <div className="map__loading loading" role="status">
          {t.mapLoading}
        </div>
      ) : null}
      <svg viewBox={`0 0 ${width} ${height}`} className="map__svg" aria-labelledby="map-title" role="group">
        <title id="map-title">{t.mapLabel(partners.length)}</title>
        <rect width={width} height={height} className="map__sea" aria-hidden="true" />
        <g aria-hidden="true">
          {countries?.features.map((country: Feature<Geometry, { name: string }>, index) => (
            <path
              key={String(country.id ?? index)}
              d={path(country) ?? undefined}
              className={highlighted.has(String(country.id)) ? 'map__country map__country--partner' : 'map__country'}
            />
          ))}
        </g>
        <g>
          {markers.map(({ partner, x, y, shared }) => (
            <a
              key={partner.id}
              href={`#partner-${partner.id}`}
              className={partner.isLead ? 'map__marker map__marker--lead' : 'map__marker'}
              data-testid="map-marker"
              aria-label={`${partner.name}${partner.acronym ? ` (${partner.acronym})` : ''}, ${partner.regionName}, ${partner.countryName}${shared > 1 ? ` — one of ${shared} partners in this region` : ''}`}
              onMouseEnter={() => setActive(partner.id)}
              onMouseLeave={() => setActive((current) => (current === partner.id ? null : current))}
              onFocus={() => setActive(partner.id)}
              onBlur={() => setActive((current) => (current === partner.id ? null : current))}
            >
              <circle cx={x} cy={y} r={partner.isLead ? 8 : 6} />
            </a>
          ))}
        </g>
      </svg>
      {activeMarker ? (
        <div
          className="map__tooltip"
          role="tooltip"
          style={{ left: `${(activeMarker.x / width) * 100}%`, top: `${(activeMarker.y / height) * 100}%` }}
        >
          <strong>{activeMarker.partner.name}</strong>
          {activeMarker.partner.acronym ? ` (${activeMarker.partner.acronym})` : ''}
          <br />
          {activeMarker.partner.regionName}, {activeMarker.partner.countryName}
          {activeMarker.shared > 1 ? (
            <>
              <br />
              <span className="map__tooltip-note">{activeMarker.shared} partners in this region</span>
            </>
          ) : null}
        </div>
      ) : null}
      <ul className="map__legend" aria-label="Legend">
        <li>
          <span className="map__key map__key--lead" aria-hidden="true" /> {t.legendLead}
        </li>
        <li>
          <span className="map__key" aria-hidden="true" /> {t.legendPartner}
        </li>
        <li>
          <span className="map__key map__key--country" aria-hidden="true" /> {t.legendPartnerCountry}
        </li>
      </ul>
    </div>
  );
}
