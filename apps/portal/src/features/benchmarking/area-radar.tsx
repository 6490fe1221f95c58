import { developmentAreaLabels } from '@polisee/ui';
import { formatScore, scoreDomain } from './format';
import type { Benchmark } from './types';
import { useBenchmarkStrings } from './messages';
import { i18n } from '@lingui/core';

// Wider than tall: the area names sit left and right of the spokes.
const width = 600;
const size = 420;
const centreX = width / 2;
const centre = size / 2;
const radius = 140;

/** A radar of the development areas: the target's polygon over the group mean's. */
export function AreaRadar({ benchmark }: { benchmark: Benchmark }) {
  const t = useBenchmarkStrings();
  const areas = benchmark.areas.filter((area) => area.score != null || area.groupMean != null);
  if (areas.length < 3) return <p className="muted">{t.noAreas}</p>;
  const [low, high] = scoreDomain(areas.flatMap((area) => [area.score, area.groupMean, area.groupBest]));
  const angle = (index: number) => (2 * Math.PI * index) / areas.length - Math.PI / 2;
  const point = (index: number, value: number | null | undefined): [number, number] => {
    const r = (((value ?? low) - low) / (high - low)) * radius;
    return [centreX + r * Math.cos(angle(index)), centre + r * Math.sin(angle(index))];
  };
  const polygon = (values: Array<number | null | undefined>) => values.map((value, index) => point(index, value).join(',')).join(' ');
  const rings = [0.25, 0.5, 0.75, 1];

  return (
    <figure className="chart chart--radar">
      <svg viewBox={`0 0 ${width} ${size}`} className="chart__svg chart__svg--radar" role="img" aria-label={t.radarLabel(benchmark.region.name, areas.length)} data-testid="area-radar">
        <g aria-hidden="true">
          {rings.map((ring) => (
            <polygon key={ring} points={polygon(areas.map(() => low + ring * (high - low)))} className="chart__grid" fill="none" />
          ))}
          {areas.map((area, index) => {
            const [ex, ey] = point(index, high);
            const [lx, ly] = [centreX + (radius + 16) * Math.cos(angle(index)), centre + (radius + 16) * Math.sin(angle(index))];
            const anchor = Math.abs(lx - centreX) < 10 ? 'middle' : lx > centreX ? 'start' : 'end';
            return (
              <g key={area.area}>
                <line x1={centreX} y1={centre} x2={ex} y2={ey} className="chart__grid" />
                <text x={lx} y={ly + 4} textAnchor={anchor} className="chart__label chart__label--small">
                  {i18n._(developmentAreaLabels[area.area])}
                </text>
              </g>
            );
          })}
          <polygon points={polygon(areas.map((area) => area.groupMean))} className="chart__area chart__area--mean" />
          <polygon points={polygon(areas.map((area) => area.score))} className="chart__area chart__area--target" />
          {areas.map((area, index) => {
            const [px, py] = point(index, area.score);
            return area.score == null ? null : <circle key={area.area} cx={px} cy={py} r={4} className="chart__target" />;
          })}
        </g>
      </svg>
      <figcaption>
        <ul className="chart__legend">
          <li>
            <span className="key key--target" aria-hidden="true" /> {t.legendTarget}
          </li>
          <li>
            <span className="key key--mean-area" aria-hidden="true" /> {t.legendMean}
          </li>
        </ul>
        <details className="chart__table">
          <summary>{t.showAsTable}</summary>
          <table className="table table--compact" data-testid="areas-table">
            <thead>
              <tr>
                <th scope="col">{t.areaColumns.area}</th>
                <th scope="col" className="numeric">
                  {t.areaColumns.score}
                </th>
                <th scope="col" className="numeric">
                  {t.areaColumns.groupMean}
                </th>
                <th scope="col" className="numeric">
                  {t.areaColumns.groupBest}
                </th>
                <th scope="col" className="numeric">
                  {t.areaColumns.indicators}
                </th>
              </tr>
            </thead>
            <tbody>
              {benchmark.areas.map((area) => (
                <tr key={area.area}>
                  <th scope="row">{i18n._(developmentAreaLabels[area.area])}</th>
                  <td className="numeric">{formatScore(area.score)}</td>
                  <td className="numeric">{formatScore(area.groupMean)}</td>
                  <td className="numeric">{formatScore(area.groupBest)}</td>
                  <td className="numeric">{area.indicatorCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
