import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Trans, useLingui } from '@lingui/react/macro';
import { ManagedForesightQuery, SaveForesightExerciseMutation, type ForesightMethod } from '@polisee/graphql';
import { DemoBadge, ErrorAlert, Field, LoadError, Loading, foresightMethodLabels, foresightStatusLabels, useDocumentTitle } from '@polisee/ui';
import { readApiError } from '../../app/api-error';

/** The exercises the signed-in organiser may run, and a form to start one. */
export function ForesightListPage() {
  const { t, i18n } = useLingui();
  useDocumentTitle(t`Foresight exercises`, 'PoliSEE admin');
  const { data, loading, error, refetch } = useQuery(ManagedForesightQuery, { fetchPolicy: 'cache-and-network' });
  const [creating, setCreating] = useState(false);
  return (
    <section aria-labelledby="fx-list-title">
      <div className="page-header">
        <h1 id="fx-list-title">
          <Trans>Foresight exercises</Trans>
        </h1>
        {!creating ? (
          <button type="button" className="button" onClick={() => setCreating(true)}>
            {t`New exercise`}
          </button>
        ) : null}
      </div>
      <p className="muted">
        <Trans>Delphi exercises you organise: statements, invitations, rounds, moderation and the panel’s consensus. Nobody sees who answered what.</Trans>
      </p>
      {creating ? <NewExerciseForm onCancel={() => setCreating(false)} /> : null}
      {error ? <LoadError message={readApiError(error).message} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Loading /> : null}
      {data ? (
        data.managedForesightExercises.length === 0 ? (
          <p>
            <Trans>No exercises yet.</Trans>
          </p>
        ) : (
          <div className="table-wrapper" tabIndex={0} role="region" aria-label={t`Foresight exercises`}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t`Exercise`}</th>
                  <th scope="col">{t`Method`}</th>
                  <th scope="col">{t`Status`}</th>
                  <th scope="col">{t`Rounds`}</th>
                  <th scope="col">{t`Results`}</th>
                </tr>
              </thead>
              <tbody>
                {data.managedForesightExercises.map((e) => (
                  <tr key={e.id}>
                    <th scope="row">
                      <Link to={`/foresight/${e.id}`}>{e.title}</Link> {e.isDemo ? <DemoBadge /> : null}
                    </th>
                    <td>{i18n._(foresightMethodLabels[e.method])}</td>
                    <td>{i18n._(foresightStatusLabels[e.status])}</td>
                    <td>{e.rounds.length}</td>
                    <td>{e.resultsPublishedAt ? t`Published` : t`Not published`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
    </section>
  );
}

function NewExerciseForm({ onCancel }: { onCancel: () => void }) {
  const { t, i18n } = useLingui();
  const navigate = useNavigate();
  const [save, saving] = useMutation(SaveForesightExerciseMutation);
  const [title, setTitle] = useState('');
  const [topic, setTopic] = useState('');
  const [method, setMethod] = useState<ForesightMethod>('ROUNDS');
  const [horizon, setHorizon] = useState(2040);
  const [region, setRegion] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await save({ variables: { input: { title, topic, method, horizonYear: horizon, regionCode: region.trim() || null, language: 'en' } } }).catch(() => null);
    if (r?.data) void navigate(`/foresight/${r.data.saveForesightExercise.id}`);
  };
  const apiError = saving.error ? readApiError(saving.error) : null;
  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-label={t`New exercise`}>
      <Field label={t`Title`} required error={apiError?.fieldErrors.title}>
        {(p) => (
          <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} required minLength={3} maxLength={200} />
        )}
      </Field>
      <Field label={t`Topic`} required error={apiError?.fieldErrors.topic}>
        {(p) => (
          <textarea {...p} value={topic} onChange={(e) => setTopic(e.target.value)} required minLength={3} maxLength={2000} rows={3} />
        )}
      </Field>
      <Field label={t`Method`}>
        {(p) => (
          <select {...p} value={method} onChange={(e) => setMethod(e.target.value as ForesightMethod)}>
          {(['ROUNDS', 'REAL_TIME'] as const).map((m) => (
            <option key={m} value={m}>
              {i18n._(foresightMethodLabels[m])}
            </option>
          ))}
        </select>
        )}
      </Field>
      <Field label={t`Horizon year`}>
        {(p) => (
          <input {...p} type="number" min={2026} max={2100} value={horizon} onChange={(e) => setHorizon(Number(e.target.value))} />
        )}
      </Field>
      <Field label={t`Region (NUTS code; empty for the whole partnership)`} error={apiError?.fieldErrors.regionCode}>
        {(p) => (
          <input {...p} value={region} onChange={(e) => setRegion(e.target.value.toUpperCase())} maxLength={7} />
        )}
      </Field>
      {apiError && Object.keys(apiError.fieldErrors).length === 0 ? <ErrorAlert>{apiError.message}</ErrorAlert> : null}
      <button type="submit" className="button" disabled={saving.loading}>
        {t`Create`}
      </button>{' '}
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {t`Cancel`}
      </button>
    </form>
  );
}
