import { Link, useLocation } from 'react-router';
import { AtlasMap } from '../map/atlas-map';
import { formatScore } from './format';
import type { Benchmark } from './types';
import { useBenchmarkStrings } from './messages';
import { useLingui } from '@lingui/react/macro';

/** The reference group as a table and on the map: the target highlighted, its peers marked. */
export function ReferenceRegions({ benchmark, countryNames }: { benchmark: Benchmark; countryNames: Record<string, string> }) {
  const t = useBenchmarkStrings();
  const { t: tr } = useLingui();
  const { search } = useLocation();
  const target = benchmark.region;
  const references = benchmark.referenceRegions;
  const onMap = [target, ...references.map((item) => item.region)].filter((region) => region.latitude != null && region.longitude != null);
  const countries = Array.from(new Set([target.country, ...references.map((item) => item.region.country)]));
  const missing = references.length + 1 - onMap.length;

  return (
    <div className="reference">
      <div className="reference__map">
        <AtlasMap
          title={t.mapLabel(target.name, references.length)}
          titleId="reference-map-title"
          highlightedCountries={countries}
          loadingLabel={tr`Drawing the map…`}
          failedLabel={tr`The map could not be drawn. The table lists every reference region.`}
          testId="reference-map"
          legend={
            <ul className="map__legend" aria-label={tr`Legend`}>
              <li>
                <span className="map__key map__key--lead" aria-hidden="true" /> {t.mapTarget}
              </li>
              <li>
                <span className="map__key" aria-hidden="true" /> {t.mapReference}
              </li>
            </ul>
          }
        >
          {(project) => (
            <g>
              {onMap.map((region) => {
                const point = project(region.longitude!, region.latitude!);
                if (!point) return null;
                const isTarget = region.code === target.code;
                return (
                  <g key={region.code} className={isTarget ? 'map__marker map__marker--lead' : 'map__marker'} data-testid={isTarget ? 'target-marker' : 'reference-marker'}>
                    <circle cx={point[0]} cy={point[1]} r={isTarget ? 9 : 6}>
                      <title>{`${region.name} (${region.code})`}</title>
                    </circle>
                    <text x={point[0] + 10} y={point[1] + 4} className="map__label" aria-hidden="true">
                      {region.name}
                    </text>
                  </g>
                );
              })}
            </g>
          )}
        </AtlasMap>
        {missing > 0 ? <p className="muted">{t.notOnMap(missing)}</p> : null}
      </div>
      <div className="table-wrapper reference__table">
        <table className="table table--compact" data-testid="reference-table">
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {t.referenceColumns.rank}
              </th>
              <th scope="col">{t.referenceColumns.region}</th>
              <th scope="col">{t.referenceColumns.country}</th>
              <th scope="col" className="numeric">
                {t.referenceColumns.distance}
              </th>
            </tr>
          </thead>
          <tbody>
            {references.map((item) => (
              <tr key={item.region.code} data-testid="reference-row">
                <td className="numeric">{item.rank}</td>
                <th scope="row">
                  <Link to={{ pathname: `/benchmarking/${item.region.code}`, search }}>{item.region.name}</Link> <span className="muted">({item.region.code})</span>
                </th>
                <td>{countryNames[item.region.country] ?? item.region.country}</td>
                <td className="numeric">{formatScore(item.distance)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
