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
            <div className="table-wrapper" tabIndex={0} role="region" aria-label={t`Drivers and their projections`}>
              <table className="table table--compact">
                <thead>
                  <tr>
                    <th scope="col">{t`Driver`}</th>
                    <th scope="col">{t`Projections`}</th>
                    <th scope="col">{t`From statement`}</th>
                  </tr>
                </thead>
                <tbody>
                  {e.drivers.map((d) => {
                    const st = statementText(d.statementId);
                    return (
                      <tr key={d.id}>
                        <th scope="row">
                          {d.name}
                          {d.description ? <div className="muted">{d.description}</div> : null}
                        </th>
                        <td>{d.projections.join(' / ')}</td>
                        <td>{st ? `${st.position}. ${st.text}` : '–'}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
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
