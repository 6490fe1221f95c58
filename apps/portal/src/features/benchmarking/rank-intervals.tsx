import { formatScore } from './format';
import { ChartLabel } from './chart-label';
import type { Benchmark } from './types';
import { useBenchmarkStrings } from './messages';

const rowHeight = 26;
const labelWidth = 230;
const chartWidth = 760;
const plotRight = chartWidth - 24;
const top = 30;

/**
 * Every ranked region's 90% rank interval drawn as an interval: a line from its best (low) to
 * its worst (high) plausible rank, a tick at the median rank and a dot at the rank under the
 * chosen weights. Rank 1 is on the left.
 */
export function RankIntervals({ benchmark }: { benchmark: Benchmark }) {
  const t = useBenchmarkStrings();
  const rows = benchmark.ranking;
  const count = Math.max(rows.length, benchmark.composite.rankedCount, 2);
  const x = (rank: number) => labelWidth + ((rank - 1) / (count - 1)) * (plotRight - labelWidth);
  const height = top + rows.length * rowHeight + 8;
  const ticks = Array.from(new Set([1, Math.round((count + 1) / 2), count]));

  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${chartWidth} ${height}`} className="chart__svg" role="img" aria-label={t.rankingChartLabel(rows.length)} data-testid="rank-intervals">
        <g aria-hidden="true">
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={x(tick)} x2={x(tick)} y1={top - 6} y2={height - 4} className="chart__grid" />
              <text x={x(tick)} y={top - 12} textAnchor="middle" className="chart__tick">
                {tick}
              </text>
            </g>
          ))}
          {rows.map((row, index) => {
            const y = top + index * rowHeight + rowHeight / 2;
            const interval = row.uncertainty;
            return (
              <g key={row.region.code} className={row.isTarget ? 'rank rank--target' : 'rank'}>
                <ChartLabel x={labelWidth - 10} y={y} text={`${row.rank ?? '–'}. ${row.region.name}`} maxChars={28} />
                {interval ? (
                  <>
                    <line x1={x(interval.low)} x2={x(interval.high)} y1={y} y2={y} className="rank__interval" />
                    <line x1={x(interval.low)} x2={x(interval.low)} y1={y - 5} y2={y + 5} className="rank__end" />
                    <line x1={x(interval.high)} x2={x(interval.high)} y1={y - 5} y2={y + 5} className="rank__end" />
                    <line x1={x(interval.median)} x2={x(interval.median)} y1={y - 9} y2={y + 9} className="rank__median" />
                  </>
                ) : null}
                {row.rank != null ? <circle cx={x(row.rank)} cy={y} r={4.5} className="rank__point" /> : null}
              </g>
            );
          })}
        </g>
      </svg>
      <figcaption>
        <details className="chart__table">
          <summary>{t.showAsTable}</summary>
          <table className="table table--compact" data-testid="ranking-table">
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  {t.rankingColumns.rank}
                </th>
                <th scope="col">{t.rankingColumns.region}</th>
                <th scope="col" className="numeric">
                  {t.rankingColumns.composite}
                </th>
                <th scope="col">{t.rankingColumns.interval}</th>
                <th scope="col" className="numeric">
                  {t.rankingColumns.median}
                </th>
                <th scope="col" className="numeric">
                  {t.rankingColumns.coverage}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.region.code} data-testid="ranking-row" className={row.isTarget ? 'row--target' : undefined}>
                  <td className="numeric">{row.rank ?? '—'}</td>
                  <th scope="row">
                    {row.region.name} ({row.region.code}){row.isTarget ? <span className="badge">{t.target}</span> : null}
                  </th>
                  <td className="numeric">{formatScore(row.composite)}</td>
                  <td>{row.uncertainty ? `${row.uncertainty.low}–${row.uncertainty.high}` : '—'}</td>
                  <td className="numeric">{row.uncertainty ? row.uncertainty.median : '—'}</td>
                  <td className="numeric">{Math.round(row.coverage * 100)}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
