import { useQuery } from '@apollo/client/react';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { Link } from 'react-router';
import { ForesightListQuery } from '@polisee/graphql';
import { DemoBadge, LoadError, Loading, developmentAreaLabels, foresightMethodLabels, foresightStatusLabels, useDocumentTitle, useFormat } from '@polisee/ui';
import { useErrorMessage } from '../../app/error-message';

/** The public list of foresight exercises: those that run or ran. */
export function ForesightListPage() {
  const { t, i18n } = useLingui();
  const format = useFormat();
  const errorMessage = useErrorMessage();
  useDocumentTitle(t`Foresight exercises`);
  const { data, loading, error, refetch } = useQuery(ForesightListQuery);
  return (
    <div className="container section">
      <h1>
        <Trans>Foresight exercises</Trans>
      </h1>
      <p>
        <Trans>
          Delphi panels of experts from the partnership estimate how likely, desirable and important future developments of cluster policy are. Answers are
          anonymous; the panel sees the group’s median and spread between rounds, and the results sit beside the regions’ benchmark data.
        </Trans>
      </p>
      {error ? <LoadError message={errorMessage(error)} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Loading /> : null}
      {data && data.foresightExercises.length === 0 ? (
        <p>
          <Trans>No foresight exercise is public yet.</Trans>
        </p>
      ) : null}
      <ul className="cards" aria-label={t`Foresight exercises`}>
        {data?.foresightExercises.map((e) => {
          const where = e.regionName ?? t`The whole partnership`;
          const horizon = e.horizonYear;
          const rounds = e.rounds.length;
          return (
            <li key={e.id} className="card">
              <h2>
                <Link to={`/foresight/${e.id}`}>{e.title}</Link> {e.isDemo ? <DemoBadge /> : null}
              </h2>
              <p className="muted">
                {i18n._(foresightMethodLabels[e.method])} · {i18n._(foresightStatusLabels[e.status])} · {t`Horizon ${horizon}`} · {where}
              </p>
              <p>{e.topic}</p>
              {e.areas.length ? <p className="muted">{format.list(e.areas.map((a) => i18n._(developmentAreaLabels[a])))}</p> : null}
              <p>
                {e.resultsPublishedAt ? (
                  <Link to={`/foresight/${e.id}`}>
                    <Trans>Results</Trans>
                  </Link>
                ) : (
                  <span className="muted">
                    <Plural value={rounds} one="Results not published yet (# round so far)" other="Results not published yet (# rounds so far)" />
                  </span>
                )}
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
