import { useLingui } from '@lingui/react/macro';
import { useFormat } from '@polisee/ui';

interface Props {
  min: number;
  max: number;
  median: number;
  q1: number;
  q3: number;
  /** The panellist's own answer, marked under the bar. */
  own?: number | null;
  testId?: string;
}

/** The group's interquartile range as a bar on the scale, with the median as a line (text for screen readers). */
export function IqrBar({ min, max, median, q1, q3, own, testId }: Props) {
  const { t } = useLingui();
  const format = useFormat();
  const at = (v: number) => `${((v - min) / (max - min)) * 100}%`;
  const medianText = format.number(median, { maximumFractionDigits: 2 });
  const q1Text = format.number(q1, { maximumFractionDigits: 2 });
  const q3Text = format.number(q3, { maximumFractionDigits: 2 });
  const label = t`Median ${medianText}, interquartile range ${q1Text} to ${q3Text}`;
  return (
    <div data-testid={testId}>
      <div className="iqr-bar" role="img" aria-label={label}>
        <span className="iqr-bar__range" style={{ left: at(q1), width: `calc(${at(q3)} - ${at(q1)})` }} />
        <span className="iqr-bar__median" style={{ left: at(median) }} />
        {own != null ? <span className="iqr-bar__own" style={{ left: at(own) }} /> : null}
      </div>
      <div className="iqr-bar__ends" aria-hidden="true">
        <span>{format.number(min, { useGrouping: false })}</span>
        <span>{format.number(max, { useGrouping: false })}</span>
      </div>
    </div>
  );
}
