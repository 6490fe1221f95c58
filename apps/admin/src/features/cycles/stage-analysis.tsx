import { useLingui } from '@lingui/react/macro';
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { SaveRegionalAssessmentMutation } from '@polisee/graphql';
import { ErrorAlert, Field } from '@polisee/ui';
import type { SectionProps } from './cycle-page';
import { lines, useAction } from './use-action';

export function AnalysisSection({ cycle, editable, refresh }: SectionProps) {
  const { t } = useLingui();
  const a = cycle.assessment;
  const [save] = useMutation(SaveRegionalAssessmentMutation);
  const action = useAction(refresh);
  const [context, setContext] = useState(a?.context ?? '');
  const [strengths, setStrengths] = useState(a?.strengths.join('\n') ?? '');
  const [barriers, setBarriers] = useState(a?.barriers.join('\n') ?? '');
  const [missing, setMissing] = useState(a?.missingData.join('\n') ?? '');
  function submit(e: FormEvent) {
    e.preventDefault();
    void action.run(() =>
      save({ variables: { input: { cycleId: cycle.id, context, strengths: lines(strengths), barriers: lines(barriers), missingData: lines(missing) } } }),
    );
  }
  return (
    <section className="stage-section" aria-labelledby="analysis-title" data-current={cycle.stage === 'ANALYSIS'}>
      <h2 id="analysis-title">{t`Analysis: regional assessment`}</h2>
      {editable ? (
        <form onSubmit={submit} className="inline-form" aria-label={t`Analysis: regional assessment`}>
          {action.error ? <ErrorAlert>{action.error.message}</ErrorAlert> : null}
          <Field label={t`Regional context`} required className="field--wide" error={action.fieldErrors.context}>
            {(c) => <textarea {...c} className="textarea" rows={4} value={context} onChange={(e) => setContext(e.target.value)} />}
          </Field>
          <Field label={t`Strengths (one per line)`}>{(c) => <textarea {...c} className="textarea" rows={3} value={strengths} onChange={(e) => setStrengths(e.target.value)} />}</Field>
          <Field label={t`Barriers (one per line)`}>{(c) => <textarea {...c} className="textarea" rows={3} value={barriers} onChange={(e) => setBarriers(e.target.value)} />}</Field>
          <Field label={t`Missing data (one per line)`}>{(c) => <textarea {...c} className="textarea" rows={3} value={missing} onChange={(e) => setMissing(e.target.value)} />}</Field>
          <div className="form-actions field--wide">
            <button type="submit" className="button" disabled={action.busy}>
              {t`Save the assessment`}
            </button>
            {action.done ? <span role="status">{t`Saved.`}</span> : null}
          </div>
        </form>
      ) : a ? (
        <AssessmentView assessment={a} />
      ) : (
        <p className="muted">{t`No assessment yet.`}</p>
      )}
    </section>
  );
}

export function AssessmentView({ assessment: a }: { assessment: NonNullable<SectionProps['cycle']['assessment']> }) {
  const { t } = useLingui();
  const list = (title: string, xs: string[]) =>
    xs.length ? (
      <>
        <h3>{title}</h3>
        <ul>
          {xs.map((x) => (
            <li key={x}>{x}</li>
          ))}
        </ul>
      </>
    ) : null;
  return (
    <div>
      <p>{a.context}</p>
      {list(t`Strengths`, a.strengths)}
      {list(t`Barriers`, a.barriers)}
      {list(t`Missing data`, a.missingData)}
    </div>
  );
}
