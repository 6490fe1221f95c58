import { useId } from 'react';
import { plural } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { useFormat } from '../i18n/format';

export interface KpiChartProps {
  name: string;
  unit: string;
  baseline: number;
  target: number;
  readings: ReadonlyArray<{ date: string; value: number; achievement?: number | null }>;
}

/**
 * A pilot KPI over time: the actual readings as a line against the baseline and the target
 * (dashed), with the same figures as a table for screen readers and keyboard users.
 */
export function KpiChart({ name, unit, baseline, target, readings }: KpiChartProps) {
  const { t } = useLingui();
  const format = useFormat();
  const number = { format: (value: number) => format.number(value, { maximumFractionDigits: 2 }) };
  const percent = { format: (value: number) => format.percent(value) };
  const s = {
    baseline: t({ message: 'Baseline', context: 'KPI chart' }),
    target: t({ message: 'Target', context: 'KPI chart' }),
    actual: t({ message: 'Actual', context: 'KPI chart' }),
    date: t({ message: 'Date', context: 'KPI chart' }),
    achievement: t({ message: 'Achievement', context: 'KPI chart' }),
    showTable: t`Show the readings as a table`,
    noReadings: t`No readings yet.`,
  };
  const id = useId();
  const W = 420;
  const H = 180;
  const pad = { l: 48, r: 12, t: 12, b: 28 };
  const times = readings.map((r) => Date.parse(r.date));
  const values = [baseline, target, ...readings.map((r) => r.value)];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || 1;
  const y = (v: number) => pad.t + (H - pad.t - pad.b) * (1 - (v - lo) / span);
  const t0 = times.length ? Math.min(...times) : 0;
  const t1 = times.length ? Math.max(...times) : 1;
  const x = (t: number) => (t1 === t0 ? (pad.l + W - pad.r) / 2 : pad.l + ((W - pad.l - pad.r) * (t - t0)) / (t1 - t0));
  const last = readings.at(-1);
  const count = readings.length;
  let label = t`${name}: ${plural(count, { one: '# reading', other: '# readings' })}`;
  if (last) {
    const latest = number.format(last.value);
    const lastDate = last.date;
    const baselineText = number.format(baseline);
    const targetText = number.format(target);
    label = t`${name}: ${plural(count, { one: '# reading', other: '# readings' })}, latest ${latest} ${unit} on ${lastDate} (baseline ${baselineText}, target ${targetText})`;
  }
  return (
    <figure className="kpi-chart" aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`} className="kpi-chart__caption">
        {name} <span className="muted">({unit})</span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} className="kpi-chart__svg">
        <line x1={pad.l} x2={W - pad.r} y1={y(baseline)} y2={y(baseline)} className="kpi-chart__baseline" />
        <text x={pad.l - 4} y={y(baseline) + 4} textAnchor="end" className="kpi-chart__tick">
          {number.format(baseline)}
        </text>
        <line x1={pad.l} x2={W - pad.r} y1={y(target)} y2={y(target)} className="kpi-chart__target" />
        <text x={pad.l - 4} y={y(target) + 4} textAnchor="end" className="kpi-chart__tick">
          {number.format(target)}
        </text>
        {readings.length > 1 ? <polyline points={readings.map((r, i) => `${x(times[i]!)},${y(r.value)}`).join(' ')} className="kpi-chart__actual" /> : null}
        {readings.map((r, i) => (
          <circle key={`${r.date}-${i}`} cx={x(times[i]!)} cy={y(r.value)} r={4} className="kpi-chart__point" />
        ))}
        {readings.length ? (
          <>
            <text x={pad.l} y={H - 8} className="kpi-chart__tick">
              {readings[0]!.date}
            </text>
            <text x={W - pad.r} y={H - 8} textAnchor="end" className="kpi-chart__tick">
              {last!.date}
            </text>
          </>
        ) : null}
      </svg>
      <ul className="kpi-chart__legend" aria-hidden="true">
        <li className="kpi-chart__legend-actual">{s.actual}</li>
        <li className="kpi-chart__legend-baseline">{s.baseline}</li>
        <li className="kpi-chart__legend-target">{s.target}</li>
      </ul>
      <details className="kpi-chart__table">
        <summary>{s.showTable}</summary>
        {readings.length ? (
          <table className="table table--compact">
            <caption className="visually-hidden">{name}</caption>
            <thead>
              <tr>
                <th scope="col">{s.date}</th>
                <th scope="col">{t`Value (${unit})`}</th>
                <th scope="col">{s.achievement}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{s.baseline}</th>
                <td>{number.format(baseline)}</td>
                <td>{percent.format(0)}</td>
              </tr>
              {readings.map((r, i) => (
                <tr key={`${r.date}-${i}`}>
                  <th scope="row">{r.date}</th>
                  <td>{number.format(r.value)}</td>
                  <td>{r.achievement == null ? '–' : percent.format(r.achievement)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{s.target}</th>
                <td>{number.format(target)}</td>
                <td>{percent.format(1)}</td>
              </tr>
            </tbody>
          </table>
        ) : (
          <p>{s.noReadings}</p>
        )}
      </details>
    </figure>
  );
}
