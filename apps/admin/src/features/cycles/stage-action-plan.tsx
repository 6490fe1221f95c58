import { useLingui } from '@lingui/react/macro';
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { CreateMeasureFromTodoMutation, DeleteMeasureMutation, SaveMeasureMutation, type MeasureFieldsFragment, type MeasureIndicatorKind } from '@polisee/graphql';
import { commonMessages, ConfirmDialog, ErrorAlert, Field, measureIndicatorKindLabels, optionsOf } from '@polisee/ui';
import type { SectionProps } from './cycle-page';
import { numberOrNull, useAction, useCycleFormats } from './use-action';


export function ActionPlanSection({ cycle, editable, refresh }: SectionProps) {
  const { t, i18n } = useLingui();
  const { number, money } = useCycleFormats();
  const [fromTodo] = useMutation(CreateMeasureFromTodoMutation);
  const action = useAction(refresh);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [deleteMeasure] = useMutation(DeleteMeasureMutation);
  const [removing, setRemoving] = useState<MeasureFieldsFragment | null>(null);
  const removal = useAction(refresh);
  const [failed, setFailed] = useState<string | null>(null);
  const tested = (id: string) => cycle.pilots.some((p) => p.measureId === id);
  const deleteLabel = (title: string) => t`Delete the measure: ${title}`;
  const removingTitle = removing?.title ?? '';
  const todos = cycle.peerReviews.flatMap((r) => r.todos);
  const gapName = (code: string | null | undefined) => cycle.benchmarkSnapshot?.indicators.find((i) => i.code === code)?.name ?? code;
  return (
    <section className="stage-section" aria-labelledby="plan-title" data-current={cycle.stage === 'ACTION_PLAN'}>
      <h2 id="plan-title">{t`Action plan: measures`}</h2>
      {action.error ? <ErrorAlert>{action.error.message}</ErrorAlert> : null}
      {editable && todos.length ? (
        <>
          <h3>{t`To-do items from the peer reviews`}</h3>
          <ul className="plain-list" data-testid="todos">
            {todos.map((x) => (
              <li key={x.id} className="cycle-move">
                <span>{x.text}</span>
                {x.measureId ? (
                  <span className="badge badge--success">{t`in the plan`}</span>
                ) : (
                  <button type="button" className="button button--small" disabled={action.busy} onClick={() => void action.run(() => fromTodo({ variables: { todoId: x.id } }))}>
                    {t`Make it a measure`}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {cycle.measures.length === 0 ? <p className="muted">{t`No measure yet.`}</p> : null}
      {cycle.measures.map((m) =>
        editing === m.id ? (
          <MeasureForm key={m.id} cycle={cycle} measure={m} refresh={refresh} onDone={() => setEditing(null)} />
        ) : (
          <div key={m.id} className="subcard" data-testid="measure">
            <h3>{m.title}</h3>
            {m.objective && m.objective !== m.title ? <p>{m.objective}</p> : null}
            <dl className="stats">
              {m.gapIndicatorCode ? <div className="stats__item"><dt>{t`Gap it answers`}</dt><dd>{gapName(m.gapIndicatorCode)}</dd></div> : null}
              {m.players ? <div className="stats__item"><dt>{t`Players`}</dt><dd>{m.players}</dd></div> : null}
              {m.startsOn ? <div className="stats__item"><dt>{t`Timeframe`}</dt><dd>{m.startsOn} – {m.endsOn ?? '…'}</dd></div> : null}
              {m.costEur != null ? <div className="stats__item"><dt>{t`Cost (EUR)`}</dt><dd>{money.format(m.costEur)}</dd></div> : null}
              {m.fundingSource ? <div className="stats__item"><dt>{t`Funding source`}</dt><dd>{m.fundingSource}</dd></div> : null}
            </dl>
            {m.indicators.length ? (
              <ul>
                {m.indicators.map((i) => (
                  <li key={i.id}>
                    {i18n._(measureIndicatorKindLabels[i.kind])}: {i.name} ({i.unit}) — {t`Baseline`} {i.baseline == null ? '–' : number.format(i.baseline)}, {t`Target`}{' '}
                    {i.target == null ? '–' : number.format(i.target)}
                    {i.baseline == null || i.target == null ? <span className="badge badge--danger"> {t`baseline or target missing`}</span> : null}
                  </li>
                ))}
              </ul>
            ) : null}
            {editable ? (
              <div className="form-actions">
                <button type="button" className="button button--secondary button--small" onClick={() => setEditing(m.id)} aria-label={`${i18n._(commonMessages.edit)}: ${m.title}`}>
                  {i18n._(commonMessages.edit)}
                </button>
                <button type="button" className="button button--danger button--small" onClick={() => setRemoving(m)} aria-label={deleteLabel(m.title)}>
                  {t`Delete`}
                </button>
              </div>
            ) : null}
            {failed === m.id && removal.error ? <ErrorAlert>{removal.error.message}</ErrorAlert> : null}
          </div>
        ),
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t`Delete this measure?`}
        confirmLabel={t`Delete the measure`}
        cancelLabel={i18n._(commonMessages.cancel)}
        danger
        busy={removal.busy}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const m = removing!;
          void removal.run(() => deleteMeasure({ variables: { id: m.id } })).then((ok) => {
            setFailed(ok ? null : m.id);
            setRemoving(null);
          });
        }}
      >
        <p>{removing ? t`“${removingTitle}” and its indicators leave the action plan. A to-do item it came from can become a measure again.` : null}</p>
        {removing && tested(removing.id) ? <p className="muted">{t`A pilot action tests this measure: the platform will refuse to delete it.`}</p> : null}
      </ConfirmDialog>
      {editable && editing === 'new' ? <MeasureForm cycle={cycle} measure={null} refresh={refresh} onDone={() => setEditing(null)} /> : null}
      {editable && editing === null ? (
        <button type="button" className="button button--secondary" onClick={() => setEditing('new')}>
          {t`New measure`}
        </button>
      ) : null}
    </section>
  );
}

interface IndicatorRow {
  id?: string;
  kind: MeasureIndicatorKind;
  name: string;
  unit: string;
  baseline: string;
  target: string;
}

function MeasureForm({ cycle, measure, refresh, onDone }: { cycle: SectionProps['cycle']; measure: MeasureFieldsFragment | null; refresh: () => Promise<unknown>; onDone: () => void }) {
  const { t, i18n } = useLingui();
  const [save] = useMutation(SaveMeasureMutation);
  const action = useAction(refresh);
  const [title, setTitle] = useState(measure?.title ?? '');
  const [objective, setObjective] = useState(measure?.objective ?? '');
  const [gap, setGap] = useState(measure?.gapIndicatorCode ?? '');
  const [players, setPlayers] = useState(measure?.players ?? '');
  const [startsOn, setStartsOn] = useState(measure?.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(measure?.endsOn ?? '');
  const [cost, setCost] = useState(measure?.costEur == null ? '' : String(measure.costEur));
  const [funding, setFunding] = useState(measure?.fundingSource ?? '');
  const [rows, setRows] = useState<IndicatorRow[]>(
    measure?.indicators.map((i) => ({ id: i.id, kind: i.kind, name: i.name, unit: i.unit, baseline: i.baseline == null ? '' : String(i.baseline), target: i.target == null ? '' : String(i.target) })) ?? [],
  );
  const gaps = cycle.benchmarkSnapshot?.chosenGaps ?? [];
  const setRow = (k: number, patch: Partial<IndicatorRow>) => setRows(rows.map((r, i) => (i === k ? { ...r, ...patch } : r)));
  async function submit(e: FormEvent) {
    e.preventDefault();
    const ok = await action.run(() =>
      save({
        variables: {
          input: {
            ...(measure ? { id: measure.id } : {}),
            cycleId: cycle.id,
            title,
            objective,
            ...(gap ? { gapIndicatorCode: gap } : {}),
            players,
            ...(startsOn ? { startsOn } : {}),
            ...(endsOn ? { endsOn } : {}),
            ...(numberOrNull(cost) !== null ? { costEur: numberOrNull(cost) } : {}),
            fundingSource: funding,
            indicators: rows.map((r) => ({ ...(r.id ? { id: r.id } : {}), kind: r.kind, name: r.name, unit: r.unit, baseline: numberOrNull(r.baseline), target: numberOrNull(r.target) })),
          },
        },
      }),
    );
    if (ok) onDone();
  }
  const fe = action.fieldErrors;
  return (
    <form className="subcard inline-form" onSubmit={(e) => void submit(e)} aria-label={measure ? `${i18n._(commonMessages.edit)}: ${measure.title}` : t`New measure`}>
      {action.error ? <ErrorAlert>{action.error.message}</ErrorAlert> : null}
      <Field label={t`Measure`} required className="field--wide" error={fe.title}>
        {(c) => <input {...c} className="input" value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label={t`Objective`} className="field--wide">
        {(c) => <textarea {...c} className="textarea" rows={2} value={objective} onChange={(e) => setObjective(e.target.value)} />}
      </Field>
      <Field label={t`Gap it answers`} error={fe.gapIndicatorCode}>
        {(c) => (
          <select {...c} className="select" value={gap} onChange={(e) => setGap(e.target.value)}>
            <option value="">{i18n._(commonMessages.none)}</option>
            {gaps.map((g) => (
              <option key={g} value={g}>
                {cycle.benchmarkSnapshot?.indicators.find((i) => i.code === g)?.name ?? g}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t`Players`}>{(c) => <input {...c} className="input" value={players} onChange={(e) => setPlayers(e.target.value)} />}</Field>
      <Field label={t`From`}>{(c) => <input {...c} className="input" type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />}</Field>
      <Field label={t`To`} error={fe.endsOn}>{(c) => <input {...c} className="input" type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />}</Field>
      <Field label={t`Cost (EUR)`} error={fe.costEur}>{(c) => <input {...c} className="input" inputMode="decimal" value={cost} onChange={(e) => setCost(e.target.value)} />}</Field>
      <Field label={t`Funding source`}>{(c) => <input {...c} className="input" value={funding} onChange={(e) => setFunding(e.target.value)} />}</Field>
      <fieldset className="field--wide">
        <legend>{t`Output and result indicators`}</legend>
        {rows.map((r, k) => (
          <div key={r.id ?? `new-${k}`} className="inline-form" data-testid="indicator-row">
            <Field label={t`Kind`}>
              {(c) => (
                <select {...c} className="select" value={r.kind} onChange={(e) => setRow(k, { kind: e.target.value as MeasureIndicatorKind })}>
                  {optionsOf(measureIndicatorKindLabels).map((o) => (
                    <option key={o.value} value={o.value}>
                      {i18n._(o.label)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t`Indicator name`} error={fe[`indicators.${k}.name`]}>{(c) => <input {...c} className="input" value={r.name} onChange={(e) => setRow(k, { name: e.target.value })} />}</Field>
            <Field label={t`Unit`} error={fe[`indicators.${k}.unit`]}>{(c) => <input {...c} className="input" value={r.unit} onChange={(e) => setRow(k, { unit: e.target.value })} />}</Field>
            <Field label={t`Baseline`}>{(c) => <input {...c} className="input" inputMode="decimal" value={r.baseline} onChange={(e) => setRow(k, { baseline: e.target.value })} />}</Field>
            <Field label={t`Target`}>{(c) => <input {...c} className="input" inputMode="decimal" value={r.target} onChange={(e) => setRow(k, { target: e.target.value })} />}</Field>
            <button type="button" className="button button--secondary button--small" onClick={() => setRows(rows.filter((_x, i) => i !== k))}>
              {t`Remove`}
            </button>
          </div>
        ))}
        <button type="button" className="button button--secondary button--small" onClick={() => setRows([...rows, { kind: 'OUTPUT', name: '', unit: '', baseline: '', target: '' }])}>
          {t`Add an indicator`}
        </button>
      </fieldset>
      <div className="form-actions field--wide">
        <button type="submit" className="button" disabled={action.busy}>
          {t`Save the measure`}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {i18n._(commonMessages.cancel)}
        </button>
      </div>
    </form>
  );
}
