import { formatPercent, formatScore, formatSigned, performanceGroupText } from './format';
import type { Benchmark } from './types';
import { useBenchmarkStrings } from './messages';
import { Term } from '../glossary/term';

export function CompositeSummary({ benchmark }: { benchmark: Benchmark }) {
  const t = useBenchmarkStrings();
  const composite = benchmark.composite;
  const interval = composite.uncertainty;
  const group = composite.performanceGroup;
  return (
    <div data-testid="composite">
      <dl className="facts facts--compact">
        <div className="facts__item">
          <dd data-testid="composite-value">{formatScore(composite.value)}</dd>
          <dt>
            <Term id="composite">{t.compositeValue}</Term> · {t.groupMeanValue(formatScore(composite.groupMean))}
          </dt>
        </div>
        <div className="facts__item">
          <dd data-testid="composite-rank">{t.rankOf(composite.rank, composite.rankedCount)}</dd>
          <dt>{t.compositeRank}</dt>
        </div>
        <div className="facts__item">
          <dd className="facts__text" data-testid="composite-interval">
            {interval ? t.intervalText(interval.low, interval.high, interval.median) : '—'}
          </dd>
          <dt>
            <Term id="rank-interval">{t.rankInterval}</Term>
          </dt>
        </div>
        <div className="facts__item">
          <dd className="facts__text" data-testid="performance-group">
            {group ? performanceGroupText(group.group, group.subgroup) : '—'}
          </dd>
          <dt>
            <Term id="performance-group">{t.performanceGroup}</Term>
            {group ? ` · ${t.indexRelative(group.indexRelativeToAverage)}` : ''}
          </dt>
        </div>
        {benchmark.compareYear != null ? (
          <div className="facts__item">
            <dd className="facts__text" data-testid="composite-change">
              {formatSigned(composite.change)}
            </dd>
            <dt>
              {t.change(benchmark.compareYear, formatScore(composite.compareValue), formatScore(composite.value))}
            </dt>
          </div>
        ) : null}
        <div className="facts__item">
          <dd className="facts__text">{formatPercent(composite.coverage)}</dd>
          <dt>
            <Term id="coverage">{t.coverage}</Term>
          </dt>
        </div>
      </dl>
      {composite.value == null ? <p className="alert alert--warning">{t.notRanked}</p> : null}
    </div>
  );
}
