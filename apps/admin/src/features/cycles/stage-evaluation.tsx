import { useLingui } from '@lingui/react/macro';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { DraftPracticeFromCycleMutation, SaveEvaluationMutation, SaveTransferMutation, type EvaluationDecision } from '@polisee/graphql';
import { ErrorAlert, evaluationDecisionLabels, Field, kpiStatusBadge, kpiStatusLabels, optionsOf, practiceStatusLabels, TableScroll } from '@polisee/ui';
import type { SectionProps } from './cycle-page';
import { useAction, useCycleFormats } from './use-action';


export function EvaluationSection({ cycle, editable, refresh }: SectionProps) {
  const { t, i18n } = useLingui();
  const { number, percent } = useCycleFormats();
  const ev = cycle.evaluation;
  const [save] = useMutation(SaveEvaluationMutation);
  const action = useAction(refresh);
  const [findings, setFindings] = useState(ev?.findings ?? '');
  const [lessons, setLessons] = useState(ev?.lessons ?? '');
  const [transferability, setTransferability] = useState(ev?.transferability ?? '');
  const [decision, setDecision] = useState<EvaluationDecision>(ev?.decision ?? 'TRANSFER');
  function submit(e: FormEvent) {
    e.preventDefault();
    void action.run(() => save({ variables: { input: { cycleId: cycle.id, findings, lessons, transferability, decision } } }));
  }
  return (
    <section className="stage-section" aria-labelledby="evaluation-title" data-current={cycle.stage === 'EVALUATION'}>
      <h2 id="evaluation-title">{t`Evaluation`}</h2>
      {ev ? (
        <>
          {!editable ? (
            <>
              <p>{ev.findings}</p>
              {ev.lessons ? <p><strong>{t`Lessons`}:</strong> {ev.lessons}</p> : null}
              {ev.transferability ? <p><strong>{t`Transferability`}:</strong> {ev.transferability}</p> : null}
              <p><strong>{t`Decision`}:</strong> {i18n._(evaluationDecisionLabels[ev.decision])}</p>
            </>
          ) : null}
          <TableScroll>
            <table className="table table--compact" data-testid="kpi-results">
              <caption>{t`KPI results against targets`}</caption>
              <thead>
                <tr>
                  <th scope="col">{t`KPI`}</th>
                  <th scope="col">{t`Baseline`}</th>
                  <th scope="col">{t`Target`}</th>
                  <th scope="col">{t`Actual`}</th>
                  <th scope="col">{t`Achievement`}</th>
                </tr>
              </thead>
              <tbody>
                {ev.kpiResults.map((k) => (
                  <tr key={`${k.pilotId}-${k.measureIndicatorId}`}>
                    <th scope="row">
                      {k.name} <span className="muted">({k.unit})</span>
                    </th>
                    <td>{number.format(k.baseline)}</td>
                    <td>{number.format(k.target)}</td>
                    <td>{k.actual == null ? '–' : number.format(k.actual)}</td>
                    <td>
                      {k.achievement == null ? '–' : percent.format(k.achievement)} {k.status ? <span className={kpiStatusBadge[k.status]}>{i18n._(kpiStatusLabels[k.status])}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      ) : !editable ? (
        <p className="muted">{t`No evaluation yet.`}</p>
      ) : null}
      {editable ? (
        <form className="inline-form" onSubmit={submit} aria-label={t`Evaluation`}>
          {action.error ? <ErrorAlert>{action.error.message}</ErrorAlert> : null}
          <Field label={t`Findings`} required className="field--wide" error={action.fieldErrors.findings}>
            {(c) => <textarea {...c} className="textarea" rows={3} value={findings} onChange={(e) => setFindings(e.target.value)} />}
          </Field>
          <Field label={t`Lessons`} className="field--wide">{(c) => <textarea {...c} className="textarea" rows={2} value={lessons} onChange={(e) => setLessons(e.target.value)} />}</Field>
          <Field label={t`Transferability`} className="field--wide">
            {(c) => <textarea {...c} className="textarea" rows={2} value={transferability} onChange={(e) => setTransferability(e.target.value)} />}
          </Field>
          <Field label={t`Decision`}>
            {(c) => (
              <select {...c} className="select" value={decision} onChange={(e) => setDecision(e.target.value as EvaluationDecision)}>
                {optionsOf(evaluationDecisionLabels).map((o) => (
                  <option key={o.value} value={o.value}>
                    {i18n._(o.label)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="form-actions field--wide">
            <button type="submit" className="button" disabled={action.busy}>
              {t`Save the evaluation`}
            </button>
            {action.done ? <span role="status">{t`Saved.`}</span> : null}
          </div>
        </form>
      ) : null}
    </section>
  );
}

export function TransferSection({ cycle, editable, refresh }: SectionProps) {
  const { t, i18n } = useLingui();
  const navigate = useNavigate();
  const tr = cycle.transfer;
  const [save] = useMutation(SaveTransferMutation);
  const [draft] = useMutation(DraftPracticeFromCycleMutation);
  const action = useAction(refresh);
  const drafting = useAction(refresh);
  const [summary, setSummary] = useState(tr?.summary ?? '');
  async function draftPractice() {
    let practiceId: string | null | undefined;
    const ok = await drafting.run(async () => {
      const r = await draft({ variables: { cycleId: cycle.id } });
      practiceId = r.data?.draftPracticeFromCycle.practiceId;
    });
    if (ok && practiceId) void navigate(`/practices/${practiceId}`);
  }
  return (
    <section className="stage-section" aria-labelledby="transfer-title" data-current={cycle.stage === 'TRANSFER'}>
      <h2 id="transfer-title">{t`Transfer`}</h2>
      {tr && !editable ? <p>{tr.summary}</p> : null}
      {tr?.practice ? (
        <p data-testid="transfer-practice">
          {t`Policy example drafted from this cycle`}: <Link to={`/practices/${tr.practice.id}`}>{tr.practice.title}</Link>{' '}
          <span className="badge badge--muted">{i18n._(practiceStatusLabels[tr.practice.status])}</span>
        </p>
      ) : tr && !editable ? (
        <p className="muted">{tr.practiceId ? t`Linked to a policy example you cannot see.` : t`Linked to the evaluation of this cycle`}</p>
      ) : null}
      {editable && !tr?.practiceId ? (
        <div className="form-actions">
          <button type="button" className="button" disabled={drafting.busy} onClick={() => void draftPractice()}>
            {t`Draft a policy example`}
          </button>
          <span className="muted">{t`Prefilled from the evaluation and the pilot actions; it stays a draft for the policy-example workflow.`}</span>
        </div>
      ) : null}
      {drafting.error ? <ErrorAlert>{drafting.error.message}</ErrorAlert> : null}
      {!tr && !editable ? <p className="muted">{t`Nothing transferred yet.`}</p> : null}
      {editable ? (
        <form
          className="inline-form"
          aria-label={t`Transfer`}
          onSubmit={(e) => {
            e.preventDefault();
            void action.run(() => save({ variables: { input: { cycleId: cycle.id, summary } } }));
          }}
        >
          {action.error ? <ErrorAlert>{action.error.message}</ErrorAlert> : null}
          <Field label={t`What is transferred`} required className="field--wide" error={action.fieldErrors.summary}>
            {(c) => <textarea {...c} className="textarea" rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} />}
          </Field>
          <div className="form-actions field--wide">
            <button type="submit" className="button" disabled={action.busy}>
              {t`Publish the transfer`}
            </button>
            {action.done ? <span role="status">{t`Saved.`}</span> : null}
          </div>
        </form>
      ) : null}
    </section>
  );
}
