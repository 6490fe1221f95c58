import { useMutation, useQuery } from '@apollo/client/react';
import { Trans, useLingui } from '@lingui/react/macro';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { AdminTrainingModulesQuery, SaveTrainingModuleMutation, SetTrainingModuleStatusMutation } from '@polisee/graphql';
import { DemoBadge, ErrorAlert, Field, LoadError, Loading, useDocumentTitle, useFormat } from '@polisee/ui';
import { readApiError } from '../../app/api-error';

/** The training package for authors: modules with their status, a new draft, statistics. */
export function TrainingListPage() {
  const { t } = useLingui();
  useDocumentTitle(t`Training package`, 'PoliSEE admin');
  const format = useFormat();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(AdminTrainingModulesQuery, { fetchPolicy: 'cache-and-network' });
  const [create, creating] = useMutation(SaveTrainingModuleMutation);
  const [setStatus] = useMutation(SetTrainingModuleStatusMutation);
  const [title, setTitle] = useState('');
  const [actionError, setActionError] = useState<string | null>(null);
  const modules = data?.trainingModules ?? [];
  const stats = data?.trainingStatistics ?? [];

  async function onCreate(e: FormEvent) {
    e.preventDefault();
    setActionError(null);
    try {
      const r = await create({ variables: { input: { title, summary: '', durationMinutes: 30, language: 'en', passMark: 80, developmentAreas: [], resources: [] } } });
      if (r.data) await navigate(`/training/${r.data.saveTrainingModule.id}`);
    } catch (err) {
      setActionError(readApiError(err).message);
    }
  }

  async function toggle(id: string, status: 'DRAFT' | 'PUBLISHED') {
    setActionError(null);
    try {
      await setStatus({ variables: { input: { id, status: status === 'PUBLISHED' ? 'DRAFT' : 'PUBLISHED' } } });
      await refetch();
    } catch (err) {
      setActionError(readApiError(err).message);
    }
  }

  return (
    <section aria-labelledby="training-title">
      <div className="page-header">
        <h1 id="training-title">
          <Trans>Training package</Trans>
        </h1>
      </div>
      <p className="muted">
        <Trans>Modules of the S3 training package: lessons, resources and a quiz each. Visitors see published modules only.</Trans>
      </p>
      <form className="panel form-grid" onSubmit={(e) => void onCreate(e)} aria-label={t`New module`}>
        <Field label={t`Title of a new module`} required>
          {(c) => <input {...c} className="input" value={title} minLength={3} maxLength={200} onChange={(e) => setTitle(e.target.value)} required />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button" disabled={creating.loading}>
            <Trans>Create a draft module</Trans>
          </button>
        </div>
      </form>
      {actionError ? <ErrorAlert>{actionError}</ErrorAlert> : null}
      {error ? <LoadError message={t`The training modules could not be loaded.`} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Loading /> : null}
      <div className="table-wrapper table-wrapper--region" role="region" aria-labelledby="modules-caption" tabIndex={0}>
        <table className="table" data-testid="training-modules">
          <caption id="modules-caption">
            <Trans>Modules in catalogue order</Trans>
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <Trans>Module</Trans>
              </th>
              <th scope="col">
                <Trans>Status</Trans>
              </th>
              <th scope="col" className="numeric">
                <Trans>Lessons</Trans>
              </th>
              <th scope="col" className="numeric">
                <Trans>Questions</Trans>
              </th>
              <th scope="col">
                <Trans>Actions</Trans>
              </th>
            </tr>
          </thead>
          <tbody>
            {modules.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  <Link to={`/training/${m.id}`}>{m.title}</Link> {m.isDemo ? <DemoBadge /> : null}
                </th>
                <td>{m.status === 'PUBLISHED' ? <span className="badge badge--success">{t`Published`}</span> : <span className="badge badge--muted">{t`Draft`}</span>}</td>
                <td className="numeric">{m.lessonCount}</td>
                <td className="numeric">{m.questionCount}</td>
                <td>
                  <button type="button" className="button button--small button--secondary" onClick={() => void toggle(m.id, m.status)}>
                    {m.status === 'PUBLISHED' ? t`Withdraw` : t`Publish`}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>
        <Trans>Statistics</Trans>
      </h2>
      <div className="table-wrapper table-wrapper--region" role="region" aria-labelledby="stats-caption" tabIndex={0}>
        <table className="table" data-testid="training-statistics">
          <caption id="stats-caption">
            <Trans>Learners, completion and scores per module (signed-in learners)</Trans>
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <Trans>Module</Trans>
              </th>
              <th scope="col" className="numeric">
                <Trans>Learners</Trans>
              </th>
              <th scope="col" className="numeric">
                <Trans>Completion rate</Trans>
              </th>
              <th scope="col" className="numeric">
                <Trans>Attempts</Trans>
              </th>
              <th scope="col" className="numeric">
                <Trans>Average score</Trans>
              </th>
              <th scope="col">
                <Trans>Most often answered wrong</Trans>
              </th>
            </tr>
          </thead>
          <tbody>
            {stats.map((s) => (
              <tr key={s.moduleId}>
                <th scope="row">{s.title}</th>
                <td className="numeric">{s.learners}</td>
                <td className="numeric">{s.completionRate == null ? '–' : format.percent(s.completionRate)}</td>
                <td className="numeric">{s.attempts}</td>
                <td className="numeric">{s.averagePercent == null ? '–' : format.percent(s.averagePercent / 100, { maximumFractionDigits: 0 })}</td>
                <td>
                  {s.mostMissed.length ? (
                    <ol>
                      {s.mostMissed.slice(0, 3).map((q) => {
                        const wrong = q.wrong;
                        const answered = q.answered;
                        return (
                          <li key={q.questionId}>
                            {q.prompt}{' '}
                            <span className="muted">
                              <Trans>
                                ({wrong} wrong of {answered})
                              </Trans>
                            </span>
                          </li>
                        );
                      })}
                    </ol>
                  ) : (
                    '–'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
