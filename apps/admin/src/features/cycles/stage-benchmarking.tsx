import { useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { ChooseBenchmarkGapsMutation, SaveBenchmarkSnapshotMutation } from '@polisee/graphql';
import { ErrorAlert, TableScroll } from '@polisee/ui';
import type { SectionProps } from './cycle-page';
import { useAction, useCycleFormats } from './use-action';


export function BenchmarkingSection({ cycle, editable, refresh, gapsEditable }: SectionProps & { gapsEditable: boolean }) {
  const { t } = useLingui();
  const snap = cycle.benchmarkSnapshot;
  const [saveSnapshot] = useMutation(SaveBenchmarkSnapshotMutation);
  const [chooseGaps] = useMutation(ChooseBenchmarkGapsMutation);
  const action = useAction(refresh);
  const [gaps, setGaps] = useState<string[] | null>(null);
  const chosen = gaps ?? snap?.chosenGaps ?? [];
  const { number, dateTime } = useCycleFormats();
  const fmt = (v: number | null | undefined) => (v == null ? '–' : number.format(v));
  const snapRegion = snap ? `${snap.regionName} (${snap.regionCode})` : '';
  const snapYear = snap?.year;
  const snapTaken = snap ? dateTime.format(snap.takenAt) : '';
  const snapComposite = fmt(snap?.composite);
  const snapRank = snap?.rank == null ? '–' : `${snap.rank}/${snap.rankedCount}`;
  return (
    <section className="stage-section" aria-labelledby="benchmarking-title" data-current={cycle.stage === 'BENCHMARKING'}>
      <h2 id="benchmarking-title">{t`Benchmarking: snapshot and gaps`}</h2>
      {action.error ? <ErrorAlert>{action.error.message}</ErrorAlert> : null}
      {editable ? (
        <p>
          <button
            type="button"
            className="button button--secondary"
            disabled={action.busy}
            onClick={() => void action.run(() => saveSnapshot({ variables: { input: { cycleId: cycle.id, options: { uncertaintyDraws: 0 } } } }))}
          >
            {snap ? t`Take a new snapshot` : t`Attach a benchmark snapshot`}
          </button>{' '}
          <span className="muted">{t`Benchmarks the cycle’s region now and keeps the options and the result as they are, so later data changes do not rewrite the cycle.`}</span>
        </p>
      ) : null}
      {!snap ? (
        <p className="muted">{t`No benchmark snapshot yet.`}</p>
      ) : (
        <div data-testid="snapshot">
          <p>
            {t`${snapRegion}, data year ${snapYear}, saved ${snapTaken}`} ·{' '}
            {t`Composite ${snapComposite}, rank ${snapRank}`}
          </p>
          <p>
            <strong>{t`Reference regions`}:</strong> {snap.referenceRegions.map((r) => `${r.name} (${r.code})`).join(', ')}
          </p>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void action.run(() => chooseGaps({ variables: { input: { cycleId: cycle.id, indicatorCodes: chosen } } }));
            }}
          >
            <TableScroll>
              <table className="table table--compact">
                <caption>{gapsEditable ? t`Gaps this cycle addresses` : t`Chosen gaps`}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t`Indicator`}</th>
                    <th scope="col">{t`Value`}</th>
                    <th scope="col">{t`Group mean`}</th>
                    <th scope="col">{t`Gap to the group`}</th>
                  </tr>
                </thead>
                <tbody>
                  {snap.indicators.map((i) => {
                    const weak = snap.weaknesses.includes(i.code);
                    const isChosen = chosen.includes(i.code);
                    if (!gapsEditable && !isChosen) return null;
                    return (
                      <tr key={i.code}>
                        <th scope="row">
                          {gapsEditable ? (
                            <label>
                              <input
                                type="checkbox"
                                checked={isChosen}
                                onChange={(e) => setGaps(e.target.checked ? [...chosen, i.code] : chosen.filter((c) => c !== i.code))}
                              />{' '}
                              {i.name}
                            </label>
                          ) : (
                            i.name
                          )}{' '}
                          {weak ? <span className="badge badge--danger">{t`weakness`}</span> : null}
                        </th>
                        <td>
                          {fmt(i.value)} {i.unit}
                        </td>
                        <td>{fmt(i.groupMean)}</td>
                        <td>{fmt(i.gap)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableScroll>
            {!gapsEditable && chosen.length === 0 ? <p className="muted">{t`No gap chosen yet.`}</p> : null}
            {gapsEditable ? (
              <div className="form-actions">
                <button type="submit" className="button" disabled={action.busy}>
                  {t`Save the chosen gaps`}
                </button>
                {action.done ? <span role="status">{t`Saved.`}</span> : null}
              </div>
            ) : null}
          </form>
        </div>
      )}
    </section>
  );
}
