import { DemoBadge, downloadText, toCsv, useFormat } from '@polisee/ui';
import { formatScore, formatSigned, formatValue, scoreDomain } from './format';
import { ChartLabel } from './chart-label';
import type { Benchmark, BenchmarkIndicator } from './types';
import { useBenchmarkStrings } from './messages';
import { Term } from '../glossary/term';

const rowHeight = 30;
const labelWidth = 250;
const chartWidth = 760;
const plotRight = chartWidth - 20;
const top = 28;


/**
 * One row per performance indicator: the target's score as a filled dot joined to the group
 * mean (a diamond) by a bar coloured by the sign of the gap, and the group best as a ring.
 */
export function ProfileChart({ benchmark }: { benchmark: Benchmark }) {
  const t = useBenchmarkStrings();
  const rows = benchmark.indicators;
  const [low, high] = scoreDomain(rows.flatMap((row) => [row.score, row.groupMean, row.groupBest]));
  const x = (value: number) => labelWidth + ((value - low) / (high - low)) * (plotRight - labelWidth);
  const height = top + rows.length * rowHeight + 10;
  const ticks = Array.from({ length: 5 }, (_, i) => low + ((high - low) * i) / 4);

  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${chartWidth} ${height}`}
        className="chart__svg"
        role="img"
        aria-label={t.profileChartLabel(benchmark.region.name, rows.length)}
        data-testid="profile-chart"
      >
        <g className="chart__axis" aria-hidden="true">
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={x(tick)} x2={x(tick)} y1={top - 6} y2={height - 6} className="chart__grid" />
              <text x={x(tick)} y={top - 12} textAnchor="middle" className="chart__tick">
                {formatScore(tick)}
              </text>
            </g>
          ))}
        </g>
        {rows.map((row, index) => {
          const y = top + index * rowHeight + rowHeight / 2;
          const above = row.gap != null && row.gap >= 0;
          return (
            <g key={row.indicator.code} aria-hidden="true" data-testid="profile-chart-row">
              <ChartLabel x={labelWidth - 10} y={y} text={`${row.indicator.name}${row.isDemo ? ' *' : ''}`} maxChars={34} />
              <line x1={labelWidth} x2={plotRight} y1={y} y2={y} className="chart__track" />
              {row.score != null && row.groupMean != null ? (
                <line x1={x(row.groupMean)} x2={x(row.score)} y1={y} y2={y} className={above ? 'chart__gap chart__gap--above' : 'chart__gap chart__gap--below'} />
              ) : null}
              {row.groupBest != null ? <circle cx={x(row.groupBest)} cy={y} r={6} className="chart__best" /> : null}
              {row.groupMean != null ? (
                <path d={`M ${x(row.groupMean)} ${y - 6} l 6 6 l -6 6 l -6 -6 z`} className="chart__mean" />
              ) : null}
              {row.score != null ? (
                <circle cx={x(row.score)} cy={y} r={6} className="chart__target" />
              ) : (
                <text x={labelWidth + 6} y={y + 4} className="chart__missing">
                  {t.noScore}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="chart__legend">
          <li>
            <span className="key key--target" aria-hidden="true" /> {t.legendTarget}
          </li>
          <li>
            <span className="key key--mean" aria-hidden="true" /> {t.legendMean}
          </li>
          <li>
            <span className="key key--best" aria-hidden="true" /> {t.legendBest}
          </li>
          <li>
            <span className="key key--above" aria-hidden="true" /> {t.legendAbove}
          </li>
          <li>
            <span className="key key--below" aria-hidden="true" /> {t.legendBelow}
          </li>
          {rows.some((row) => row.isDemo) ? <li>* {t.demoBadge}</li> : null}
        </ul>
      </figcaption>
    </figure>
  );
}

function changeText(row: BenchmarkIndicator): string {
  return row.change ? formatSigned(row.change.scoreChange) : '';
}

export function profileCsv(benchmark: Benchmark): string {
  const header = ['indicator_code', 'indicator', 'value', 'unit', 'value_year', 'demo', 'score', 'group_mean', 'group_median', 'group_best', 'group_best_region', 'gap', 'percentile', 'weight', 'official_share'];
  if (benchmark.compareYear != null) header.push(`score_change_since_${benchmark.compareYear}`);
  const rows = benchmark.indicators.map((row) => {
    const cells: Array<string | number | boolean | null | undefined> = [
      row.indicator.code,
      row.indicator.name,
      row.value,
      row.indicator.unit,
      row.valueYear,
      row.isDemo,
      row.score,
      row.groupMean,
      row.groupMedian,
      row.groupBest,
      row.groupBestRegion?.code,
      row.gap,
      row.percentile,
      row.weight,
      row.officialShare,
    ];
    if (benchmark.compareYear != null) cells.push(row.change?.scoreChange);
    return cells;
  });
  return toCsv(header, rows);
}

export function ProfileTable({ benchmark }: { benchmark: Benchmark }) {
  const t = useBenchmarkStrings();
  const format = useFormat();
  const comparing = benchmark.compareYear != null;
  return (
    <>
      {/* The columns' terms explained outside the headers, so a header's name stays its label. */}
      <p className="muted profile-terms">
        {t.columnTerms} <Term id="score">{t.profileColumns.score}</Term> · <Term id="gap">{t.profileColumns.gap}</Term> ·{' '}
        <Term id="percentile">{t.profileColumns.percentile}</Term>
      </p>
      {/* Focusable so keyboard users can scroll the wide table sideways on a phone. */}
      <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby="profile-table-caption">
        <table className="table table--compact" data-testid="profile-table">
          <caption id="profile-table-caption">{t.profileTableCaption(benchmark.region.name, benchmark.year)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.profileColumns.indicator}</th>
              <th scope="col" className="numeric">
                {t.profileColumns.value}
              </th>
              <th scope="col">{t.profileColumns.unit}</th>
              <th scope="col" className="numeric">
                {t.profileColumns.valueYear}
              </th>
              <th scope="col" className="numeric">
                {t.profileColumns.score}
              </th>
              <th scope="col" className="numeric">
                {t.profileColumns.groupMean}
              </th>
              <th scope="col" className="numeric">
                {t.profileColumns.groupBest}
              </th>
              <th scope="col" className="numeric">
                {t.profileColumns.gap}
              </th>
              <th scope="col" className="numeric">
                {t.profileColumns.percentile}
              </th>
              <th scope="col" className="numeric">
                {t.profileColumns.weight}
              </th>
              <th scope="col" className="numeric" title={t.officialShareTitle}>
                {t.profileColumns.official}
              </th>
              {comparing ? (
                <th scope="col" className="numeric">
                  {t.profileColumns.change}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {benchmark.indicators.map((row) => (
              <tr key={row.indicator.code} data-testid="profile-row" data-indicator={row.indicator.code}>
                <th scope="row">
                  {row.indicator.name} <code className="muted">{row.indicator.code}</code>
                </th>
                <td className="numeric" data-testid="profile-value">
                  {formatValue(row.value)}
                  {row.isDemo ? (
                    <>
                      {' '}
                      <DemoBadge label={t.demoBadge} title={t.demoTitle} />
                    </>
                  ) : null}
                </td>
                <td>{row.indicator.unit}</td>
                <td className="numeric">{row.valueYear ?? '—'}</td>
                <td className="numeric">{formatScore(row.score)}</td>
                <td className="numeric">{formatScore(row.groupMean)}</td>
                <td className="numeric" title={row.groupBestRegion ? t.bestBy(row.groupBestRegion.name) : undefined}>
                  {formatScore(row.groupBest)}
                </td>
                <td className={row.gap == null ? 'numeric' : row.gap >= 0 ? 'numeric gap--above' : 'numeric gap--below'}>{formatSigned(row.gap)}</td>
                <td className="numeric">{row.percentile == null ? '—' : Math.round(row.percentile)}</td>
                <td className="numeric">{row.weight}</td>
                <td className="numeric" data-testid="official-share">
                  {format.percent(row.officialShare)}
                </td>
                {comparing ? <td className="numeric">{changeText(row)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="table-actions">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => downloadText(profileCsv(benchmark), `polisee-benchmark-${benchmark.region.code}-${benchmark.year}.csv`)}
        >
          {t.downloadCsv}
        </button>
      </p>
    </>
  );
}
