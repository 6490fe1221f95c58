import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { ChooseBenchmarkGapsMutation, SaveBenchmarkSnapshotMutation } from '@polisee/graphql';
import { ErrorAlert, TableScroll } from '@polisee/ui';
import type { SectionProps } from './cycle-page';
import { cycleStrings as t } from './strings';
import { useAction } from './use-action';

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const fmt = (v: number | null | undefined) => (v == null ? '–' : number.format(v));

export function BenchmarkingSection({ cycle, editable, refresh, gapsEditable }: SectionProps & { gapsEditable: boolean }) {
  const snap = cycle.benchmarkSnapshot;
  const [saveSnapshot] = useMutation(SaveBenchmarkSnapshotMutation);
  const [chooseGaps] = useMutation(ChooseBenchmarkGapsMutation);
  const action = useAction(refresh);
  const [gaps, setGaps] = useState<string[] | null>(null);
  const chosen = gaps ?? snap?.chosenGaps ?? [];
  return (
    <section className="stage-section" aria-labelledby="benchmarking-title" data-current={cycle.stage === 'BENCHMARKING'}>
      <h2 id="benchmarking-title">{t.benchmarkingTitle}</h2>
      {action.error ? <ErrorAlert>{action.error.message}</ErrorAlert> : null}
      {editable ? (
        <p>
          <button
            type="button"
            className="button button--secondary"
            disabled={action.busy}
            onClick={() => void action.run(() => saveSnapshot({ variables: { input: { cycleId: cycle.id, options: { uncertaintyDraws: 0 } } } }))}
          >
            {snap ? t.replaceSnapshot : t.saveSnapshot}
          </button>{' '}
          <span className="muted">{t.snapshotHint}</span>
        </p>
      ) : null}
      {!snap ? (
        <p className="muted">{t.noSnapshot}</p>
      ) : (
        <div data-testid="snapshot">
          <p>
            {t.snapshotOf(`${snap.regionName} (${snap.regionCode})`, snap.year, dateTime.format(new Date(snap.takenAt)))} ·{' '}
            {t.composite(fmt(snap.composite), snap.rank == null ? '–' : `${snap.rank}/${snap.rankedCount}`)}
          </p>
          <p>
            <strong>{t.referenceRegions}:</strong> {snap.referenceRegions.map((r) => `${r.name} (${r.code})`).join(', ')}
          </p>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void action.run(() => chooseGaps({ variables: { input: { cycleId: cycle.id, indicatorCodes: chosen } } }));
            }}
          >
            <TableScroll>
              <table className="table table--compact">
                <caption>{gapsEditable ? t.gapsLegend : t.chosenGaps}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.indicator}</th>
                    <th scope="col">{t.value}</th>
                    <th scope="col">{t.groupMean}</th>
                    <th scope="col">{t.gap}</th>
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
                          {weak ? <span className="badge badge--danger">{t.weakness}</span> : null}
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
            {!gapsEditable && chosen.length === 0 ? <p className="muted">{t.noGaps}</p> : null}
            {gapsEditable ? (
              <div className="form-actions">
                <button type="submit" className="button" disabled={action.busy}>
                  {t.saveGaps}
                </button>
                {action.done ? <span role="status">{t.saved}</span> : null}
              </div>
            ) : null}
          </form>
        </div>
      )}
    </section>
  );
}
