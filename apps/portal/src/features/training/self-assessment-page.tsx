import { useMutation, useQuery } from '@apollo/client/react';
import { Trans, useLingui } from '@lingui/react/macro';
import { useMemo, useState } from 'react';
import { RIS3_CRITERIA, RIS3_STEPS } from '@polisee/domain';
import { MySelfAssessmentsQuery, SaveSelfAssessmentMutation, SelfAssessmentReportQuery, type CriterionScoreInput, type Ris3Step } from '@polisee/graphql';
import { Field, LoadError, Loading, useDocumentTitle, useFormat } from '@polisee/ui';
import { useErrorMessage } from '../../app/error-message';
import { ris3CriterionLabels, ris3StepLabels, scoreLabels } from './labels';
import { Ris3Wheel } from './ris3-wheel';
import { TrainingNav } from './training-nav';
import { useLearner } from './use-learner';

type Scores = Record<string, number>; // "STEP.CRITERION" -> 0..5

interface KeptAssessment {
  id: string;
  label: string;
  createdAt: string;
  scores: CriterionScoreInput[];
}

const KEY = 'polisee-ris3-assessments';
const keyOf = (step: string, criterion: string) => `${step}.${criterion}`;

function keptInBrowser(): KeptAssessment[] {
  try {
    const v: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(v) ? (v as KeptAssessment[]) : [];
  } catch {
    return [];
  }
}

const toInput = (scores: Scores): CriterionScoreInput[] =>
  Object.entries(scores).map(([k, score]) => {
    const [step, criterion] = k.split('.') as [Ris3Step, string];
    return { step, criterion, score };
  });

/**
 * The RIS3 self-assessment wheel: a region's team scores the criteria of each step of the RIS3
 * Guide (0 to 5), sees its wheel, compares it with an earlier assessment and the partnership's
 * average, and keeps it: in the browser for visitors, on the server when signed in, optionally
 * in the ANALYSIS stage of one of their learning cycles.
 */
export function SelfAssessmentPage() {
  const { t, i18n } = useLingui();
  useDocumentTitle(t`RIS3 self-assessment wheel`);
  const format = useFormat();
  const errorMessage = useErrorMessage();
  const { learner } = useLearner();
  const [scores, setScores] = useState<Scores>({});
  const [earlierId, setEarlierId] = useState('');
  const [label, setLabel] = useState('');
  const [cycleId, setCycleId] = useState('');
  const [browserKept, setBrowserKept] = useState<KeptAssessment[]>(keptInBrowser);
  const [saved, setSaved] = useState(false);
  const mine = useQuery(MySelfAssessmentsQuery, { skip: !learner });
  const [save, saving] = useMutation(SaveSelfAssessmentMutation);

  const earlierOptions: KeptAssessment[] = useMemo(
    () => [...(mine.data?.mySelfAssessments ?? []).map((a) => ({ id: a.id, label: a.label, createdAt: a.createdAt, scores: a.scores.map(({ step, criterion, score }) => ({ step, criterion, score })) })), ...browserKept],
    [mine.data, browserKept],
  );
  const earlier = earlierOptions.find((a) => a.id === earlierId) ?? null;
  const input = useMemo(() => ({ scores: toInput(scores), earlierScores: earlier?.scores ?? null }), [scores, earlier]);
  const report = useQuery(SelfAssessmentReportQuery, { variables: { input } });
  const cycles = (mine.data?.learningCycles.edges ?? []).map((e) => e.node).filter((c) => c.canEdit);
  const scoredCount = Object.keys(scores).length;
  const overall = report.data?.selfAssessmentReport.summary.overall;
  const overallText = overall == null ? '' : format.number(overall, { maximumFractionDigits: 1 });
  const partnershipCount = report.data?.selfAssessmentReport.partnershipAssessments ?? 0;

  async function keep(e: React.FormEvent) {
    e.preventDefault();
    setSaved(false);
    const today = format.date(new Date());
    const name = label.trim() || t`Self-assessment of ${today}`;
    if (learner) {
      const r = await save({ variables: { input: { label: name, scores: toInput(scores), cycleId: cycleId || null } } }).catch(() => null);
      if (!r?.data) return;
      await mine.refetch();
    } else {
      const next = [{ id: `local-${Date.now()}`, label: name, createdAt: new Date().toISOString(), scores: toInput(scores) }, ...browserKept].slice(0, 20);
      window.localStorage.setItem(KEY, JSON.stringify(next));
      setBrowserKept(next);
    }
    setSaved(true);
  }

  return (
    <div className="container section">
      <h1>
        <Trans>RIS3 self-assessment wheel</Trans>
      </h1>
      <p className="lead">
        <Trans>
          Score how far your region’s smart specialisation strategy meets the three criteria of each step of the RIS3 Guide, from 0 (no information) to 5
          (excellent). Leave a criterion out when you have not assessed it.
        </Trans>
      </p>
      <TrainingNav learner={learner} />
      <form className="wheel-form" aria-label={t`Scores`}>
        {RIS3_STEPS.map((step) => (
          <fieldset key={step} className="card quiz-question">
            <legend>{i18n._(ris3StepLabels[step])}</legend>
            {RIS3_CRITERIA[step].map((criterion) => {
              const k = keyOf(step, criterion);
              return (
                <Field key={k} label={i18n._(ris3CriterionLabels[criterion]!)}>
                  {(control) => (
                    <select
                      {...control}
                      className="select"
                      value={scores[k] ?? ''}
                      onChange={(e) => {
                        const v = e.target.value;
                        setScores((s) => {
                          const next = { ...s };
                          if (v === '') delete next[k];
                          else next[k] = Number(v);
                          return next;
                        });
                        setSaved(false);
                      }}
                    >
                      <option value="">{t`Not assessed`}</option>
                      {scoreLabels.map((l, i) => (
                        <option key={i} value={i}>
                          {i18n._(l)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              );
            })}
          </fieldset>
        ))}
      </form>

      <section aria-labelledby="wheel-title">
        <h2 id="wheel-title">
          <Trans>Your wheel</Trans>
        </h2>
        {earlierOptions.length ? (
          <Field label={t`Compare with an earlier assessment`}>
            {(control) => (
              <select {...control} className="select" value={earlierId} onChange={(e) => setEarlierId(e.target.value)}>
                <option value="">{t`No comparison`}</option>
                {earlierOptions.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.label} ({format.date(a.createdAt)})
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        {report.error ? <LoadError message={errorMessage(report.error)} onRetry={() => void report.refetch()} /> : null}
        {report.loading && !report.data ? <Loading /> : null}
        {report.data ? (
          <>
            <p data-testid="wheel-summary">
              {overall == null ? (
                <Trans>Score some criteria to draw your wheel.</Trans>
              ) : (
                <Trans>
                  Overall {overallText} of 5, {scoredCount} of 18 criteria scored.
                </Trans>
              )}{' '}
              <Trans>The partnership average is the latest assessment of each learning cycle ({partnershipCount}).</Trans>
            </p>
            <Ris3Wheel report={report.data.selfAssessmentReport} earlierLabel={earlier?.label ?? null} />
          </>
        ) : null}
      </section>

      <section aria-labelledby="keep-title" className="card">
        <h2 id="keep-title">
          <Trans>Keep this assessment</Trans>
        </h2>
        <p className="muted">
          {learner ? (
            <Trans>It is saved with your account; choose one of your learning cycles to add it to the cycle’s analysis stage.</Trans>
          ) : (
            <Trans>It is kept in this browser. Sign in to save it with your account or in a learning cycle.</Trans>
          )}
        </p>
        <form onSubmit={(e) => void keep(e)}>
          <Field label={t`Name of the assessment`}>
            {(control) => <input {...control} className="input" value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} />}
          </Field>
          {learner && cycles.length ? (
            <Field label={t`Learning cycle (analysis stage)`}>
              {(control) => (
                <select {...control} className="select" value={cycleId} onChange={(e) => setCycleId(e.target.value)}>
                  <option value="">{t`None`}</option>
                  {cycles.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          {saving.error ? (
            <p role="alert" className="alert alert--error">
              {errorMessage(saving.error)}
            </p>
          ) : null}
          {saved ? (
            <p role="status" className="alert alert--success">
              <Trans>Assessment kept.</Trans>
            </p>
          ) : null}
          <button type="submit" className="button" disabled={scoredCount === 0 || saving.loading}>
            <Trans>Keep this assessment</Trans>
          </button>
        </form>
      </section>
    </div>
  );
}
