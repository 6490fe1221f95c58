import { useMemo, useState } from 'react';
import { AtlasMap, mapHeight, mapWidth, type Project } from '../map/atlas-map';
import { plural } from '@lingui/core/macro';
import { Plural, Trans, useLingui } from '@lingui/react/macro';

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

// Partners sharing a region sit on a small ring around its centre instead of on one spot.
const ringRadius = 9;

interface Marker {
  partner: MapPartner;
  x: number;
  y: number;
  shared: number;
}

function placeMarkers(partners: MapPartner[], project: Project): Marker[] {
  const byRegion = new Map<string, MapPartner[]>();
  for (const partner of partners) {
    const group = byRegion.get(partner.regionCode) ?? [];
    group.push(partner);
    byRegion.set(partner.regionCode, group);
  }
  return [...byRegion.values()].flatMap((group) =>
    group.flatMap((partner, index) => {
      const point = project(partner.longitude, partner.latitude);
      if (!point) return [];
      const angle = (2 * Math.PI * index) / group.length - Math.PI / 2;
      const offset = group.length > 1 ? ringRadius : 0;
      return [{ partner, x: point[0] + offset * Math.cos(angle), y: point[1] + offset * Math.sin(angle), shared: group.length }];
    }),
  );
}

export function PartnerMap({ partners, countryCodes }: { partners: MapPartner[]; countryCodes: string[] }) {
  const { t } = useLingui();
  const [active, setActive] = useState<Marker | null>(null);
  const legend = useMemo(
    () => (
      <ul className="map__legend" aria-label={t`Legend`}>
        <li>
          <span className="map__key map__key--lead" aria-hidden="true" /> <Trans>Lead partner</Trans>
        </li>
        <li>
          <span className="map__key" aria-hidden="true" /> <Trans>Partner</Trans>
        </li>
        <li>
          <span className="map__key map__key--country" aria-hidden="true" /> <Trans>Partner country</Trans>
        </li>
      </ul>
    ),
    [t],
  );
  const sharedCount = active?.shared ?? 0;

  const overlay = active ? (
    <div className="map__tooltip" role="tooltip" style={{ left: `${(active.x / mapWidth) * 100}%`, top: `${(active.y / mapHeight) * 100}%` }}>
      <strong>{active.partner.name}</strong>
      {active.partner.acronym ? ` (${active.partner.acronym})` : ''}
      <br />
      {active.partner.regionName}, {active.partner.countryName}
      {active.shared > 1 ? (
        <>
          <br />
          <span className="map__tooltip-note">
            <Plural value={sharedCount} one="# partner in this region" other="# partners in this region" />
          </span>
        </>
      ) : null}
    </div>
  ) : null;

  return (
    <AtlasMap
      title={t`Map of South-East Europe with ${plural(partners.length, { one: '# partner', other: '# partners' })} marked at their region’s centre. The list by country below gives the same information.`}
      titleId="map-title"
      highlightedCountries={countryCodes}
      loadingLabel={t`Drawing the map…`}
      failedLabel={t`The map could not be drawn. The list below names every partner.`}
      testId="partner-map"
      overlay={overlay}
      legend={legend}
    >
      {(project) => (
        <g>
          {placeMarkers(partners, project).map((marker) => {
            const { partner, x, y, shared } = marker;
            const name = partner.acronym ? `${partner.name} (${partner.acronym})` : partner.name;
            const region = partner.regionName;
            const country = partner.countryName;
            const label =
              shared > 1
                ? t`${name}, ${region}, ${country} — ${plural(shared, { one: 'the only partner in this region', other: 'one of # partners in this region' })}`
                : t`${name}, ${region}, ${country}`;
            const leave = () => setActive((current) => (current?.partner.id === partner.id ? null : current));
            return (
              <a
                key={partner.id}
                href={`#partner-${partner.id}`}
                className={partner.isLead ? 'map__marker map__marker--lead' : 'map__marker'}
                data-testid="map-marker"
                aria-label={label}
                onMouseEnter={() => setActive(marker)}
                onMouseLeave={leave}
                onFocus={() => setActive(marker)}
                onBlur={leave}
              >
                <circle cx={x} cy={y} r={partner.isLead ? 8 : 6} />
              </a>
            );
          })}
        </g>
      )}
    </AtlasMap>
  );
}
