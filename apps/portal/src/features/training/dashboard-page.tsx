import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Trans, useLingui } from '@lingui/react/macro';
import { Link } from 'react-router';
import { SignOutMutation, TrainingCatalogueQuery } from '@polisee/graphql';
import { LoadError, Loading, useDocumentTitle, useFormat } from '@polisee/ui';
import { CertificateDownload } from './certificate-download';
import { TrainingNav } from './training-nav';
import { useLearner } from './use-learner';

/** A signed-in learner's modules: lessons done, best score, certificates. */
export function TrainingDashboardPage() {
  const { t } = useLingui();
  useDocumentTitle(t`My learning`);
  const format = useFormat();
  const client = useApolloClient();
  const { learner, sessionLoading, progress } = useLearner();
  const catalogue = useQuery(TrainingCatalogueQuery);
  const [signOut] = useMutation(SignOutMutation);
  const modules = catalogue.data?.trainingModules ?? [];
  const name = learner?.name ?? '';
  return (
    <section className="container section" aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">
        <Trans>My learning</Trans>
      </h1>
      {sessionLoading ? <Loading /> : null}
      {!sessionLoading && !learner ? (
        <p>
          <Trans>
            <Link to="/training/sign-in">Sign in</Link> to see your modules and certificates, or <Link to="/training/register">create a learner account</Link>.
          </Trans>
        </p>
      ) : null}
      {learner ? (
        <>
          <p>
            <Trans>Signed in as {name}.</Trans>{' '}
            <button
              type="button"
              className="link-button"
              onClick={() =>
                void signOut()
                  .then(() => client.resetStore())
                  .catch(() => null)
              }
            >
              <Trans>Sign out</Trans>
            </button>
          </p>
          <TrainingNav learner={learner} />
          {catalogue.error ? <LoadError message={t`The training modules could not be loaded.`} onRetry={() => void catalogue.refetch()} /> : null}
          <div className="table-wrapper table-wrapper--region" role="region" aria-labelledby="dashboard-table-caption" tabIndex={0}>
            <table className="table" data-testid="dashboard-table">
              <caption id="dashboard-table-caption">
                <Trans>Your modules</Trans>
              </caption>
              <thead>
                <tr>
                  <th scope="col">
                    <Trans>Module</Trans>
                  </th>
                  <th scope="col">
                    <Trans>Lessons done</Trans>
                  </th>
                  <th scope="col">
                    <Trans>Best score</Trans>
                  </th>
                  <th scope="col">
                    <Trans>Status</Trans>
                  </th>
                </tr>
              </thead>
              <tbody>
                {modules.map((m) => {
                  const p = progress.find((x) => x.moduleId === m.id);
                  const done = p?.completedLessonIds.length ?? 0;
                  const total = m.lessonCount;
                  return (
                    <tr key={m.id}>
                      <th scope="row">
                        <Link to={`/training/modules/${m.slug}`}>{m.title}</Link>
                      </th>
                      <td>
                        <Trans>
                          {done} of {total}
                        </Trans>
                      </td>
                      <td>{p?.bestPercent != null ? format.percent(p.bestPercent / 100) : '–'}</td>
                      <td>{p?.passed ? <Trans>Completed</Trans> : p ? <Trans>In progress</Trans> : <Trans>Not started</Trans>}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <h2>
            <Trans>Certificates</Trans>
          </h2>
          {progress.filter((p) => p.certificate).length === 0 ? (
            <p>
              <Trans>Pass a module’s quiz to earn its certificate.</Trans>
            </p>
          ) : (
            <ul className="plain-list">
              {progress
                .filter((p) => p.certificate)
                .map((p) => {
                  const c = p.certificate!;
                  const title = c.moduleTitle;
                  const date = format.date(c.issuedAt);
                  return (
                    <li key={c.id} className="card">
                      <p>
                        <strong>{title}</strong> · <Trans>issued on {date}</Trans>
                      </p>
                      <CertificateDownload code={c.code} />
                    </li>
                  );
                })}
            </ul>
          )}
        </>
      ) : null}
    </section>
  );
}
