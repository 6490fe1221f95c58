import { useMutation } from '@apollo/client/react';
import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { Link } from 'react-router';
import { SubmitQuizMutation, type ResultOf, type TrainingModuleQuery } from '@polisee/graphql';
import { useErrorMessage } from '../../app/error-message';
import { CertificateDownload } from './certificate-download';
import type { Learner } from './use-learner';

type Module = NonNullable<ResultOf<typeof TrainingModuleQuery>['trainingModule']>;
type Question = Module['questions'][number];
type Result = ResultOf<typeof SubmitQuizMutation>['submitQuizAttempt'];

function OrderingInput({ question, order, onChange }: { question: Question; order: string[]; onChange: (order: string[]) => void }) {
  const { t } = useLingui();
  const text = (id: string) => question.options.find((o) => o.id === id)?.text ?? id;
  const move = (i: number, by: number) => {
    const next = [...order];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item!);
    onChange(next);
  };
  return (
    <ol className="quiz-ordering">
      {order.map((id, i) => {
        const label = text(id);
        return (
          <li key={id} className="quiz-ordering__item">
            <span>{label}</span>
            <span className="quiz-ordering__buttons">
              <button type="button" className="button button--small button--secondary" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t`Move up: ${label}`}>
                ↑
              </button>
              <button
                type="button"
                className="button button--small button--secondary"
                disabled={i === order.length - 1}
                onClick={() => move(i, 1)}
                aria-label={t`Move down: ${label}`}
              >
                ↓
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}

function Feedback({ question, feedback }: { question: Question; feedback: Result['questions'][number] }) {
  const text = (id: string) => question.options.find((o) => o.id === id)?.text ?? id;
  const right = feedback.correctOptionIds.map(text);
  const list = right.join(question.kind === 'ORDERING' ? ' → ' : '; ');
  return (
    <div className={feedback.correct ? 'quiz-feedback quiz-feedback--right' : 'quiz-feedback quiz-feedback--wrong'} data-testid="quiz-feedback">
      <p>
        <strong>{feedback.correct ? <Trans>Right.</Trans> : <Trans>Not quite.</Trans>}</strong>{' '}
        {feedback.correct ? null : question.kind === 'ORDERING' ? <Trans>The right order: {list}</Trans> : <Trans>The right answer: {list}</Trans>}
      </p>
      <p data-testid="quiz-explanation">{feedback.explanation}</p>
    </div>
  );
}

/**
 * The module's quiz. Answers go to the server, which scores them and only then returns the
 * right answers and the explanations; a signed-in learner's pass issues a certificate.
 */
export function Quiz({ module, learner, onResult }: { module: Module; learner: Learner | null; onResult: (r: Result) => void }) {
  const { t } = useLingui();
  const errorMessage = useErrorMessage();
  const initial = () => Object.fromEntries(module.questions.map((q) => [q.id, q.kind === 'ORDERING' ? q.options.map((o) => o.id) : []])) as Record<string, string[]>;
  const [answers, setAnswers] = useState<Record<string, string[]>>(initial);
  const [result, setResult] = useState<Result | null>(null);
  const [submit, { loading, error }] = useMutation(SubmitQuizMutation);
  const set = (id: string, value: string[]) => setAnswers((a) => ({ ...a, [id]: value }));

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const input = { moduleId: module.id, answers: module.questions.map((q) => ({ questionId: q.id, optionIds: answers[q.id] ?? [] })).filter((a) => a.optionIds.length > 0) };
    const r = await submit({ variables: { input } }).catch(() => null);
    const data = r?.data?.submitQuizAttempt;
    if (data) {
      setResult(data);
      onResult(data);
    }
  }

  function retry() {
    setResult(null);
    setAnswers(initial());
  }

  const percent = result?.percent ?? 0;
  const correct = result?.correct ?? 0;
  const total = result?.total ?? 0;
  const passMark = module.passMark;
  return (
    <section aria-labelledby="quiz-title" className="card quiz" data-testid="quiz">
      <h2 id="quiz-title">
        <Trans>Quiz</Trans>
      </h2>
      <p className="muted">
        <Trans>Answer every question, then submit: you pass with {passMark}% or more. The explanations appear after you submit.</Trans>
      </p>
      <form onSubmit={(e) => void onSubmit(e)}>
        {module.questions.map((q, index) => {
          const number = index + 1;
          const feedback = result?.questions.find((f) => f.questionId === q.id);
          const prompt = q.prompt;
          return (
            <fieldset key={q.id} className="quiz-question" data-testid="quiz-question" disabled={Boolean(result)}>
              <legend>
                <Trans>
                  Question {number}: {prompt}
                </Trans>
              </legend>
              {q.kind === 'MULTIPLE' ? (
                <p className="field__hint">
                  <Trans>Choose every right answer.</Trans>
                </p>
              ) : null}
              {q.kind === 'ORDERING' ? (
                <>
                  <p className="field__hint">
                    <Trans>Put the items in the right order with the arrow buttons.</Trans>
                  </p>
                  <OrderingInput question={q} order={answers[q.id] ?? []} onChange={(o) => set(q.id, o)} />
                </>
              ) : (
                q.options.map((o) => {
                  const chosen = (answers[q.id] ?? []).includes(o.id);
                  return (
                    <label key={o.id} className="check-option">
                      <input
                        type={q.kind === 'SINGLE' ? 'radio' : 'checkbox'}
                        name={`q-${q.id}`}
                        value={o.id}
                        checked={chosen}
                        onChange={(e) => {
                          const current = answers[q.id] ?? [];
                          if (q.kind === 'SINGLE') set(q.id, [o.id]);
                          else set(q.id, e.target.checked ? [...current, o.id] : current.filter((x) => x !== o.id));
                        }}
                      />{' '}
                      {o.text}
                    </label>
                  );
                })
              )}
              {feedback ? <Feedback question={q} feedback={feedback} /> : null}
            </fieldset>
          );
        })}
        {error ? (
          <p role="alert" className="alert alert--error">
            {errorMessage(error)}
          </p>
        ) : null}
        {result ? null : (
          <button type="submit" className="button" disabled={loading}>
            {loading ? t`Checking your answers…` : t`Submit my answers`}
          </button>
        )}
      </form>
      {result ? (
        <div className={result.passed ? 'alert alert--success' : 'alert alert--warning'} role="status" data-testid="quiz-result">
          <p>
            <strong>{result.passed ? <Trans>You passed with {percent}%.</Trans> : <Trans>You scored {percent}%: not yet a pass.</Trans>}</strong>{' '}
            <Trans>
              {correct} of {total} answers right; the pass mark is {passMark}%.
            </Trans>
          </p>
          {result.certificate ? <CertificateDownload code={result.certificate.code} /> : null}
          {result.passed && !learner ? (
            <p>
              <Trans>
                <Link to="/training/sign-in">Sign in</Link> or <Link to="/training/register">create a learner account</Link> and pass again to earn a certificate.
              </Trans>
            </p>
          ) : null}
          <button type="button" className="button button--secondary" onClick={retry}>
            <Trans>Take the quiz again</Trans>
          </button>
        </div>
      ) : null}
    </section>
  );
}
