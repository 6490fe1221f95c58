import { useLingui } from '@lingui/react/macro';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { CreateLearningCycleMutation, CycleBoardQuery, CycleFormOptionsQuery, type CycleCardFragment } from '@polisee/graphql';
import { commonMessages, DemoBadge, ErrorAlert, Field, learningStageLabels, learningStages, LoadError, Loading, useDocumentTitle } from '@polisee/ui';
import { readApiError } from '../../app/api-error';
import { useIsAdmin, useSession } from '../../app/session';


export function CycleBoardPage() {
  const { t, i18n } = useLingui();
  useDocumentTitle(t`Learning cycles`, 'PoliSEE admin');
  const { data, loading, error, refetch } = useQuery(CycleBoardQuery, { fetchPolicy: 'cache-and-network' });
  const [creating, setCreating] = useState(false);
  const cycles = data?.learningCycles.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="cycles-title">
      <div className="page-header">
        <h1 id="cycles-title">{t`Learning cycles`}</h1>
        {!creating ? (
          <button type="button" className="button" onClick={() => setCreating(true)}>
            {t`New cycle`}
          </button>
        ) : null}
      </div>
      <p className="muted">{t`Every region’s policy-learning cycle, by stage: analysis, benchmarking, peer learning, action plan, pilot, evaluation, transfer.`}</p>
      {creating ? <NewCycleForm onCancel={() => setCreating(false)} /> : null}
      {error ? <LoadError message={t`The cycles could not be loaded.`} onRetry={() => void refetch()} /> : null}
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
                  <p className="muted">{t`No cycle at this stage.`}</p>
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
  const { t } = useLingui();
  const iteration = cycle.iteration;
  return (
    <Link className="cycle-card" to={`/cycles/${cycle.id}`}>
      <strong>{cycle.title}</strong>
      <small>
        {cycle.region?.name} ({cycle.region?.code}) · {t`cycle ${iteration}`}
      </small>
      <small>{cycle.partner?.name}</small>
      {cycle.isPublic ? <span className="badge badge--success">{t`Public`}</span> : null}{' '}
      {cycle.finishedAt ? <span className="badge badge--muted">{t`Finished`}</span> : null} {cycle.isDemo ? <DemoBadge /> : null}
    </Link>
  );
}

function NewCycleForm({ onCancel }: { onCancel: () => void }) {
  const { t, i18n } = useLingui();
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

  if (options.error) return <LoadError message={t`The cycles could not be loaded.`} onRetry={() => void options.refetch()} />;
  if (!options.data) return <Loading />;
  return (
    <form className="panel inline-form" onSubmit={(e) => void submit(e)} aria-label={t`New cycle`}>
      {failure ? <ErrorAlert>{failure}</ErrorAlert> : null}
      <Field label={t`Title`} required error={errors.title} className="field--wide">
        {(c) => <input {...c} className="input" value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label={t`Region`} required error={errors.regionCode}>
        {(c) => (
          <select {...c} className="select" value={regionCode} onChange={(e) => setRegionCode(e.target.value)}>
            <option value="">{t`Choose a region`}</option>
            {options.data!.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name} ({r.code})
              </option>
            ))}
          </select>
        )}
      </Field>
      {isAdmin ? (
        <Field label={t`Owning partner`} required error={errors.partnerId}>
          {(c) => (
            <select {...c} className="select" value={partnerId} onChange={(e) => setPartnerId(e.target.value)}>
              <option value="">{t`Choose a partner`}</option>
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
        <input type="checkbox" checked={isPublic} onChange={(e) => setIsPublic(e.target.checked)} /> {t`Public: tell this cycle’s story on the portal`}
      </label>
      <div className="form-actions field--wide">
        <button type="submit" className="button" disabled={loading}>
          {loading ? t`Creating…` : t`Create the cycle`}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {i18n._(commonMessages.cancel)}
        </button>
      </div>
    </form>
  );
}
