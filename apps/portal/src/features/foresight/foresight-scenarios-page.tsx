import { useQuery } from '@apollo/client/react';
import { Trans, useLingui } from '@lingui/react/macro';
import { Link, useParams } from 'react-router';
import { ForesightScenariosQuery } from '@polisee/graphql';
import { DemoBadge, LoadError, Loading, useDocumentTitle } from '@polisee/ui';
import { useErrorMessage } from '../../app/error-message';

/** Drivers drawn from the statements, their projections, and the scenario narratives built from them. */
export function ForesightScenariosPage() {
  const { exerciseId: id = '' } = useParams();
  const { t } = useLingui();
  const errorMessage = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(ForesightScenariosQuery, { variables: { id } });
  const e = data?.foresightExercise;
  const exerciseTitle = e?.title ?? '';
  useDocumentTitle(e ? t`Scenarios: ${exerciseTitle}` : data ? t`Foresight exercise not found` : null);
  if (error) return <LoadError message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  if (!e)
    return (
      <div className="container section">
        <h1>{t`Foresight exercise not found`}</h1>
        <p>
          <Link to="/foresight">{t`All foresight exercises`}</Link>
        </p>
      </div>
    );
  const horizon = e.horizonYear;
  const statementText = (sid: string | null | undefined) => e.statements.find((s) => s.id === sid);
  return (
    <article className="container section foresight-statement" aria-labelledby="sc-title">
      <p>
        <Link to={`/foresight/${e.id}`}>{t`Results of the exercise`}</Link>
      </p>
      <h1 id="sc-title">
        {t`Scenarios for ${horizon}`} {e.isDemo ? <DemoBadge /> : null}
      </h1>
      <p className="muted">{e.title}</p>
      {e.scenarios.length === 0 ? (
        <p>
          <Trans>No scenarios are published for this exercise yet.</Trans>
        </p>
      ) : (
        <>
          <section aria-labelledby="drivers-title">
            <h2 id="drivers-title">{t`Drivers`}</h2>
            <div className="scenario-grid">
              {e.drivers.map((d) => {
                const st = statementText(d.statementId);
                const position = st?.position ?? 0;
                const text = st?.text ?? '';
                return (
                  <div key={d.id} className="card">
                    <h3>{d.name}</h3>
                    {d.description ? <p>{d.description}</p> : null}
                    <p>
                      <strong>{t`Projections`}:</strong> {d.projections.join(' / ')}
                    </p>
                    {st ? <p className="muted">{t`From statement ${position}: ${text}`}</p> : null}
                  </div>
                );
              })}
            </div>
          </section>
          <section aria-labelledby="scenarios-title">
            <h2 id="scenarios-title">{t`Scenarios`}</h2>
            <div className="scenario-grid">
              {e.scenarios.map((s) => (
                <div key={s.id} className="card">
                  <h3>{s.title}</h3>
                  <ul>
                    {s.choices.map((c) => (
                      <li key={c.driverId}>
                        <strong>{c.driverName}:</strong> {c.projection}
                      </li>
                    ))}
                  </ul>
                  <p>{s.narrative}</p>
                </div>
              ))}
            </div>
          </section>
        </>
      )}
    </article>
  );
}
