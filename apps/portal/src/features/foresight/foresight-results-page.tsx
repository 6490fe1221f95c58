import { useLazyQuery, useQuery } from '@apollo/client/react';
import { Trans, useLingui } from '@lingui/react/macro';
import { Link, useParams } from 'react-router';
import { ExportForesightResultsQuery, ForesightResultsQuery, type ResultOf } from '@polisee/graphql';
import { DemoBadge, ErrorAlert, LoadError, Loading, downloadBase64, foresightItemKindLabels, foresightMethodLabels, foresightStatusLabels, useDocumentTitle, useFormat } from '@polisee/ui';
import { useErrorMessage } from '../../app/error-message';
import { IqrBar } from './iqr-bar';

type Exercise = NonNullable<ResultOf<typeof ForesightResultsQuery>['foresightExercise']>;
type StatementResult = NonNullable<Exercise['results']>[number];
type ItemResult = StatementResult['items'][number];

function Distribution({ result }: { result: ItemResult['rounds'][number] }) {
  const { t } = useLingui();
  const format = useFormat();
  const max = Math.max(1, ...result.distribution.map((d) => d.count));
  const round = result.roundNumber;
  const counts = format.list(
    result.distribution.map((d) => {
      const value = format.number(d.value, { useGrouping: false });
      const count = d.count;
      return t`${value}: ${count}`;
    }),
  );
  return (
    <>
      <p className="visually-hidden">{t`Answers in round ${round}: ${counts}`}</p>
      <div className="distribution" aria-hidden="true">
        {result.distribution.map((d) => (
          <div key={d.value} style={{ display: 'contents' }}>
            <span>{format.number(d.value, { useGrouping: false })}</span>
            <span className="distribution__bar" style={{ width: `${(d.count / max) * 100}%` }} />
            <span>{d.count}</span>
          </div>
        ))}
      </div>
    </>
  );
}

function ItemResultView({ result, index }: { result: ItemResult; index: string }) {
  const { t, i18n } = useLingui();
  const format = useFormat();
  const last = result.rounds.at(-1);
  const argumentCount = result.arguments.length;
  const n = (v: number | null | undefined) => (v == null ? '–' : format.number(v, { maximumFractionDigits: 2, useGrouping: false }));
  return (
    <div className="foresight-item" data-testid={`result-${result.item.id}`}>
      <h3>{i18n._(foresightItemKindLabels[result.item.kind])}</h3>
      {last && last.median != null && last.q1 != null && last.q3 != null ? (
        <>
          <p>
            <span className={`badge ${last.consensus ? 'badge--success' : 'badge--muted'}`} data-testid="consensus">
              {last.consensus ? t`Consensus` : t`No consensus`}
            </span>{' '}
            {last.stable === true ? <span className="badge">{t`Stable since the previous round`}</span> : null}
          </p>
          <IqrBar min={result.item.scaleMin} max={result.item.scaleMax} median={last.median} q1={last.q1} q3={last.q3} />
          <Distribution result={last} />
        </>
      ) : (
        <p className="muted">
          <Trans>No answers yet.</Trans>
        </p>
      )}
      <div className="table-wrapper" tabIndex={0} role="region" aria-label={t`Rounds of question ${index}`}>
        <table className="table table--compact">
          <caption className="visually-hidden">{t`Rounds of question ${index}`}</caption>
          <thead>
            <tr>
              <th scope="col">{t`Round`}</th>
              <th scope="col">{t`Answers`}</th>
              <th scope="col">{t`Median`}</th>
              <th scope="col">{t`Interquartile range`}</th>
              <th scope="col">{t`In the top two`}</th>
              <th scope="col">{t`Change of the median`}</th>
              <th scope="col">{t`Consensus`}</th>
            </tr>
          </thead>
          <tbody>
            {result.rounds.map((r) => {
              const roundNumber = r.roundNumber;
              return (
              <tr key={r.roundNumber}>
                <th scope="row">{r.frozen ? roundNumber : t`${roundNumber} (open)`}</th>
                <td>{r.n}</td>
                <td>{n(r.median)}</td>
                <td>{r.q1 == null ? '–' : `${n(r.q1)}–${n(r.q3)}`}</td>
                <td>{r.topShare == null || result.item.kind === 'YEAR' ? '–' : format.percent(r.topShare)}</td>
                <td>{r.medianChange == null ? '–' : n(r.medianChange)}</td>
                <td>{r.consensus ? t`Yes` : t`No`}</td>
              </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {argumentCount ? (
        <details>
          <summary>{t`Arguments of the panel (${argumentCount})`}</summary>
          <ul>
            {result.arguments.map((a, k) => (
              <li key={k}>{a}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

function Indicators({ statement, regionName }: { statement: StatementResult; regionName: string | null }) {
  const { t } = useLingui();
  const format = useFormat();
  if (statement.indicators.length === 0) return null;
  const v = (x: number | null | undefined) => (x == null ? '–' : format.number(x, { maximumFractionDigits: 2 }));
  return (
    <div className="table-wrapper" tabIndex={0} role="region" aria-label={t`Indicators this statement concerns`}>
      <table className="table table--compact">
        <caption>{t`Where the region stands today`}</caption>
        <thead>
          <tr>
            <th scope="col">{t`Indicator`}</th>
            {regionName ? <th scope="col">{regionName}</th> : null}
            <th scope="col">{t`Average of all regions`}</th>
            <th scope="col">{t`Year`}</th>
          </tr>
        </thead>
        <tbody>
          {statement.indicators.map((i) => (
            <tr key={i.code}>
              <th scope="row">
                {i.name} ({i.unit})
              </th>
              {regionName ? <td>{v(i.regionValue)}</td> : null}
              <td>{v(i.averageValue)}</td>
              <td>{i.year ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A foresight exercise's results: per statement the distribution, the median and IQR, consensus, change and arguments. */
export function ForesightResultsPage() {
  const { exerciseId: id = '' } = useParams();
  const { t, i18n } = useLingui();
  const errorMessage = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(ForesightResultsQuery, { variables: { id } });
  const [exportResults, exported] = useLazyQuery(ExportForesightResultsQuery, { fetchPolicy: 'network-only' });
  const e = data?.foresightExercise;
  const exerciseTitle = e?.title ?? '';
  useDocumentTitle(e ? t`Results: ${exerciseTitle}` : data ? t`Foresight exercise not found` : null);
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
  const download = async (format: 'CSV' | 'XLSX') => {
    const r = await exportResults({ variables: { id: e.id, format } });
    const f = r.data?.exportForesightResults;
    if (f) downloadBase64(f.contentBase64, f.fileName, f.contentType);
  };
  const horizon = e.horizonYear;
  const where = e.regionName ?? t`The whole partnership`;
  return (
    <article className="container section foresight-statement" aria-labelledby="fx-title">
      <p>
        <Link to="/foresight">{t`All foresight exercises`}</Link>
      </p>
      <h1 id="fx-title">
        {e.title} {e.isDemo ? <DemoBadge /> : null}
      </h1>
      <p className="muted">
        {i18n._(foresightMethodLabels[e.method])} · {i18n._(foresightStatusLabels[e.status])} · {t`Horizon ${horizon}`} · {where}
      </p>
      <p>{e.topic}</p>
      <p>
        <Link to={`/foresight/${e.id}/scenarios`}>{t`Scenarios built from this exercise`}</Link>
      </p>
      {e.results === null || e.results === undefined ? (
        <p className="alert">
          <Trans>The organisers have not published the results yet.</Trans>
        </p>
      ) : (
        <>
          <p>
            <button type="button" className="button button--secondary button--small" onClick={() => void download('CSV')}>
              {t`Download CSV`}
            </button>{' '}
            <button type="button" className="button button--secondary button--small" onClick={() => void download('XLSX')}>
              {t`Download XLSX`}
            </button>
          </p>
          {exported.error ? <ErrorAlert>{errorMessage(exported.error)}</ErrorAlert> : null}
          {e.results.map((s) => (
            <section key={s.statement.id} className="stage-section" aria-labelledby={`st-${s.statement.id}`} data-testid={`statement-${s.statement.id}`}>
              <p className="muted">{s.statement.theme}</p>
              <h2 id={`st-${s.statement.id}`}>
                {s.statement.position}. {s.statement.text}
              </h2>
              {s.items.map((item, k) => (
                <ItemResultView key={item.item.id} result={item} index={`${s.statement.position}.${k + 1}`} />
              ))}
              <Indicators statement={s} regionName={e.regionName ?? null} />
            </section>
          ))}
        </>
      )}
    </article>
  );
}
