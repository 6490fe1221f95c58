import { Trans, useLingui } from '@lingui/react/macro';
import type { ResultOf, SelfAssessmentReportQuery } from '@polisee/graphql';
import { useFormat } from '@polisee/ui';
import { ris3StepLabels, ris3StepShortLabels } from './labels';

type Report = ResultOf<typeof SelfAssessmentReportQuery>['selfAssessmentReport'];

const width = 600;
const size = 440;
const cx = width / 2;
const cy = size / 2;
const radius = 140;

/**
 * The RIS3 self-assessment wheel (DOMAIN.md 4.9): one spoke per step of the RIS3 Guide, the
 * mean score 0-5 of its criteria; the partnership's average and an earlier assessment drawn
 * beneath. The table under it says the same in numbers.
 */
export function Ris3Wheel({ report, earlierLabel }: { report: Report; earlierLabel: string | null }) {
  const { t, i18n } = useLingui();
  const format = useFormat();
  const rows = report.comparison;
  const angle = (i: number) => (2 * Math.PI * i) / rows.length - Math.PI / 2;
  const point = (i: number, v: number | null | undefined): [number, number] => {
    const r = ((v ?? 0) / 5) * radius;
    return [cx + r * Math.cos(angle(i)), cy + r * Math.sin(angle(i))];
  };
  const polygon = (values: Array<number | null | undefined>) => values.map((v, i) => point(i, v).join(',')).join(' ');
  const score = (v: number | null | undefined) => (v == null ? '–' : format.number(v, { maximumFractionDigits: 1 }));
  const overall = score(report.summary.overall);
  const hasPartnership = rows.some((r) => r.partnershipMean != null);
  const hasEarlier = rows.some((r) => r.earlier != null);
  return (
    <figure className="chart chart--radar" data-testid="ris3-wheel">
      <svg viewBox={`0 0 ${width} ${size}`} className="chart__svg chart__svg--radar" role="img" aria-label={t`RIS3 wheel: overall score ${overall} of 5`}>
        <g aria-hidden="true">
          {[1, 2, 3, 4, 5].map((ring) => (
            <polygon key={ring} points={polygon(rows.map(() => ring))} className="chart__grid" fill="none" />
          ))}
          {rows.map((r, i) => {
            const [ex, ey] = point(i, 5);
            const lx = cx + (radius + 18) * Math.cos(angle(i));
            const ly = cy + (radius + 18) * Math.sin(angle(i));
            const anchor = Math.abs(lx - cx) < 10 ? 'middle' : lx > cx ? 'start' : 'end';
            return (
              <g key={r.step}>
                <line x1={cx} y1={cy} x2={ex} y2={ey} className="chart__grid" />
                {/* Large in the drawing's own units, so the names stay readable on a phone. */}
                <text x={lx} y={ly + 6} textAnchor={anchor} className="chart__label chart__label--wheel">
                  {i18n._(ris3StepShortLabels[r.step])}
                </text>
              </g>
            );
          })}
          {hasPartnership ? <polygon points={polygon(rows.map((r) => r.partnershipMean))} className="chart__area chart__area--mean" /> : null}
          {hasEarlier ? <polygon points={polygon(rows.map((r) => r.earlier))} className="chart__area chart__area--earlier" /> : null}
          <polygon points={polygon(rows.map((r) => r.own))} className="chart__area chart__area--target" />
          {rows.map((r, i) => {
            const [px, py] = point(i, r.own);
            return r.own == null ? null : <circle key={r.step} cx={px} cy={py} r={4} className="chart__target" />;
          })}
        </g>
      </svg>
      <figcaption>
        <ul className="chart__legend">
          <li>
            <span className="key key--target" aria-hidden="true" /> <Trans>This assessment</Trans>
          </li>
          {hasPartnership ? (
            <li>
              <span className="key key--mean-area" aria-hidden="true" /> <Trans>Partnership average</Trans>
            </li>
          ) : null}
          {hasEarlier && earlierLabel ? (
            <li>
              <span className="key key--earlier" aria-hidden="true" /> {earlierLabel}
            </li>
          ) : null}
        </ul>
        <div className="table-wrapper table-wrapper--region" role="region" aria-labelledby="wheel-table-caption" tabIndex={0}>
          <table className="table table--compact" data-testid="ris3-table">
            <caption id="wheel-table-caption">
              <Trans>The wheel as a table (mean score of each step, 0 to 5)</Trans>
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <Trans>Step</Trans>
                </th>
                <th scope="col" className="numeric">
                  <Trans>Score</Trans>
                </th>
                <th scope="col" className="numeric">
                  <Trans>Earlier</Trans>
                </th>
                <th scope="col" className="numeric">
                  <Trans>Change</Trans>
                </th>
                <th scope="col" className="numeric">
                  <Trans>Partnership average</Trans>
                </th>
                <th scope="col" className="numeric">
                  <Trans>Gap to the average</Trans>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.step}>
                  <th scope="row">{i18n._(ris3StepLabels[r.step])}</th>
                  <td className="numeric">{score(r.own)}</td>
                  <td className="numeric">{score(r.earlier)}</td>
                  <td className="numeric">{r.change == null ? '–' : format.number(r.change, { maximumFractionDigits: 1, signDisplay: 'exceptZero' })}</td>
                  <td className="numeric">{score(r.partnershipMean)}</td>
                  <td className="numeric">{r.gap == null ? '–' : format.number(r.gap, { maximumFractionDigits: 1, signDisplay: 'exceptZero' })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </figcaption>
    </figure>
  );
}
