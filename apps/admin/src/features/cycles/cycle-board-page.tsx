import { i18n } from '@lingui/core';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { CreateLearningCycleMutation, CycleBoardQuery, CycleFormOptionsQuery, type CycleCardFragment } from '@polisee/graphql';
import { DemoBadge, ErrorAlert, Field, LoadError, Loading, learningStageLabels, learningStages , useDocumentTitle } from '@polisee/ui';
import { readApiError } from '../../app/api-error';
import { useIsAdmin, useSession } from '../../app/session';
import { cycleStrings as t } from './strings';


export function CycleBoardPage() {
  useDocumentTitle(t.boardTitle, 'PoliSEE admin');
  const { data, loading, error, refetch } = useQuery(CycleBoardQuery, { fetchPolicy: 'cache-and-network' });
  const [creating, setCreating] = useState(false);
  const cycles = data?.learningCycles.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="cycles-title">
      <div className="page-header">
        <h1 id="cycles-title">{t.boardTitle}</h1>
        {!creating ? (
          <button type="button" className="button" onClick={() => setCreating(true)}>
            {t.newCycle}
          </button>
        ) : null}
      </div>
      <p className="muted">{t.boardIntro}</p>
      {creating ? <NewCycleForm onCancel={() => setCreating(false)} /> : null}
      {error ? <LoadError message={t.loadFailed} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Loading /> : null}
      {data ? (
        <div className="cycle-board">
          {learningStages.map((stage) => {
            const here = cycles.filter((c) => c.stage === stage);
            return (
              <section key={stage} className="cycle-board__column" aria-labelledby={`col-${stage}`} data-testid={`board-${stage}`}>
                <h2 id={`col-${stage}`}>
                  {i18n._(learningStageLabels[stage])} <span className="badge badge--muted">{here.length}</span>
                </h2>
                {here.length ? (
                  <ul>
                    {here.map((c) => (
                      <li key={c.id}>
                        <CycleCard cycle={c} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="muted">{t.noCycles}</p>
                )}
              </section>
            );
          })}
        </div>
      ) : null}
    </section>
  );
}

function CycleCard({ cycle }: { cycle: CycleCardFragment }) {
  return (
    <Link className="cycle-card" to={`/cycles/${cycle.id}`}>
      <strong>{cycle.title}</strong>
      <small>
        {cycle.region?.name} ({cycle.region?.code}) · {t.iteration(cycle.iteration)}
      </small>
      <small>{cycle.partner?.name}</small>
      {cycle.isPublic ? <span className="badge badge--success">{t.publicBadge}</span> : null}{' '}
      {cycle.finishedAt ? <span className="badge badge--muted">{t.finishedBadge}</span> : null} {cycle.isDemo ? <DemoBadge /> : null}
    </Link>
  );
}

function NewCycleForm({ onCancel }: { onCancel: () => void }) {
  const isAdmin = useIsAdmin();
  const session = useSession();
  const navigate = useNavigate();
  const options = useQuery(CycleFormOptionsQuery);
  const [create, { loading }] = useMutation(CreateLearningCycleMutation);
  const [title, setTitle] = useState('');
  const [regionCode, setRegionCode] = useState('');
  const [partnerId, setPartnerId] = useState(session.partnerId ?? '');
  const [isPublic, setIsPublic] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    try {
      const r = await create({ variables: { input: { title, regionCode, ...(isAdmin && partnerId ? { partnerId } : {}), isPublic } } });
      if (r.data) await navigate(`/cycles/${r.data.createLearningCycle.id}`);
    } catch (e) {
      const err = readApiError(e);
      setErrors(err.fieldErrors);
      setFailure(err.message);
    }
  }

  if (options.error) return <LoadError message={t.loadFailed} onRetry={() => void options.refetch()} />;
  if (!options.data) return <Loading />;
  return (
    <form className="panel inline-form" onSubmit={(e) => void submit(e)} aria-label={t.newCycle}>
      {failure ? <ErrorAlert>{failure}</ErrorAlert> : null}
      <Field label={t.title} required error={errors.title} className="field--wide">
        {(c) => <input {...c} className="input" value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label={t.region} required error={errors.regionCode}>
        {(c) => (
          <select {...c} className="select" value={regionCode} onChange={(e) => setRegionCode(e.target.value)}>
            <option value="">{t.chooseRegion}</option>
            {options.data!.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name} ({r.code})
              </option>
            ))}
          </select>
        )}
      </Field>
      {isAdmin ? (
        <Field label={t.partner} required error={errors.partnerId}>
          {(c) => (
            <select {...c} className="select" value={partnerId} onChange={(e) => setPartnerId(e.target.value)}>
              <option value="">{t.choosePartner}</option>
              {options.data!.partners.edges.map(({ node: p }) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <label className="check-option field--wide">
        <input type="checkbox" checked={isPublic} onChange={(e) => setIsPublic(e.target.checked)} /> {t.isPublic}
      </label>
      <div className="form-actions field--wide">
        <button type="submit" className="button" disabled={loading}>
          {loading ? t.creating : t.createCycle}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
