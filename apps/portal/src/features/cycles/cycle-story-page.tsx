import { useLingui } from '@lingui/react/macro';
import { plural } from '@lingui/core/macro';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { CycleStoryQuery } from '@polisee/graphql';
import { DemoBadge, ErrorAlert, evaluationDecisionLabels, kpiStatusBadge, kpiStatusLabels, learningStageLabels, learningStages, LoadError, Loading, measureIndicatorKindLabels, useDocumentTitle, useFormat } from '@polisee/ui';
import { PilotCard } from './pilot-card';



/** A public cycle's story, from the analysis to the transfer. */
export function CycleStoryPage() {
  const { t, i18n } = useLingui();
  const format = useFormat();
  const fmt = (v: number | null | undefined) => (v == null ? '–' : format.number(v, { maximumFractionDigits: 2 }));
  const peersFrom = (codes: string[]) => {
    const countries = format.list(codes.map((code) => (/^[A-Z]{2}$/.test(code) ? format.country(code) : code)));
    return t`Peers from ${countries}`;
  };
  const benchmarkedAgainst = (region: string, year: number, count: number) =>
    t`${region} was benchmarked against ${plural(count, { one: '# structurally similar region', other: '# structurally similar regions' })} (data year ${year}).`;
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CycleStoryQuery, { variables: { id } });
  const c = data?.learningCycle;
  useDocumentTitle(c ? c.title : data ? t`Learning cycle not found` : null);
  if (error) return <LoadError message={t`The cycle could not be loaded.`} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  if (!c)
    return (
      <div className="container section">
        <h1>{t`Learning cycle not found`}</h1>
        <ErrorAlert>{t`This cycle is not public, or does not exist.`}</ErrorAlert>
        <p>
          <Link to="/cycles">{t`All learning cycles`}</Link>
        </p>
      </div>
    );
  const current = learningStages.indexOf(c.stage);
  const reached = (s: (typeof learningStages)[number]) => learningStages.indexOf(s) <= current;
  const snap = c.benchmarkSnapshot;
  return (
    <article className="container section" aria-labelledby="story-title">
      <p>
        <Link to="/cycles">{t`All learning cycles`}</Link>
      </p>
      <h1 id="story-title">
        {c.title} {c.isDemo ? <DemoBadge /> : null}
      </h1>
      <p>
        {c.region?.name} ({c.region?.code}) · {c.partner?.name}
      </p>
      <ol className="cycle-timeline" aria-label={t`Stages`}>
        {learningStages.map((s, i) => (
          <li key={s} aria-current={s === c.stage ? 'step' : undefined} data-state={i < current ? 'done' : i === current ? 'current' : 'todo'}>
            {i18n._(learningStageLabels[s])}
            {s === c.stage ? <span className="visually-hidden"> ({t`current stage`})</span> : null}
          </li>
        ))}
      </ol>

      <section className="stage-section" aria-labelledby="s-analysis">
        <h2 id="s-analysis">{t`Analysis`}</h2>
        {c.assessment ? (
          <>
            <p>{c.assessment.context}</p>
            {([
              [t`Strengths`, c.assessment.strengths],
              [t`Barriers`, c.assessment.barriers],
              [t`Missing data`, c.assessment.missingData],
            ] as const).map(([title, xs]) =>
              xs.length ? (
                <div key={title}>
                  <h3>{title}</h3>
                  <ul>
                    {xs.map((x) => (
                      <li key={x}>{x}</li>
                    ))}
                  </ul>
                </div>
              ) : null,
            )}
          </>
        ) : (
          <p className="muted">{t`Not reached yet.`}</p>
        )}
      </section>

      <section className="stage-section" aria-labelledby="s-bench">
        <h2 id="s-bench">{t`Benchmarking`}</h2>
        {snap ? (
          <>
            <p>{benchmarkedAgainst(snap.regionName, snap.year, snap.referenceRegions.length)}</p>
            <p className="muted">{snap.referenceRegions.map((r) => r.name).join(', ')}</p>
            {snap.chosenGaps.length ? (
              <div className="table-wrapper" tabIndex={0} role="region" aria-label={t`Gaps chosen`}>
                <table className="table table--compact">
                  <caption>{t`Gaps chosen`}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t`Indicator`}</th>
                      <th scope="col">{t`Value`}</th>
                      <th scope="col">{t`Group mean`}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {snap.indicators
                      .filter((i) => snap.chosenGaps.includes(i.code))
                      .map((i) => (
                        <tr key={i.code}>
                          <th scope="row">{i.name}</th>
                          <td>
                            {fmt(i.value)} {i.unit}
                          </td>
                          <td>{fmt(i.groupMean)}</td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </>
        ) : (
          <p className="muted">{t`Not reached yet.`}</p>
        )}
      </section>

      <section className="stage-section" aria-labelledby="s-peer">
        <h2 id="s-peer">{t`Peer learning`}</h2>
        {c.peerReviews.filter((r) => r.status === 'COMPLETED').length === 0 ? <p className="muted">{t`Not reached yet.`}</p> : null}
        {c.peerReviews
          .filter((r) => r.status === 'COMPLETED')
          .map((r) => (
            <div key={r.id} className="subcard">
              <h3>{r.topic}</h3>
              <p className="muted">{peersFrom(r.peerCountries)}</p>
              {r.peerAnalysis ? <p>{r.peerAnalysis}</p> : null}
              <ol>
                {r.recommendations.map((x) => (
                  <li key={x}>{x}</li>
                ))}
              </ol>
            </div>
          ))}
        {c.selectedPractices.length ? (
          <>
            <h3>{t`Policy examples the region learned from`}</h3>
            <ul data-testid="story-practices">
              {c.selectedPractices.map((p) => (
                <li key={p.id}>
                  <Link to={`/practices/${p.slug}`}>{p.title}</Link> ({p.countryName})
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section className="stage-section" aria-labelledby="s-plan">
        <h2 id="s-plan">{t`Action plan`}</h2>
        {reached('ACTION_PLAN') && c.measures.length ? (
          c.measures.map((m) => (
            <div key={m.id} className="subcard">
              <h3>{m.title}</h3>
              {m.objective && m.objective !== m.title ? <p>{m.objective}</p> : null}
              <ul>
                {m.indicators.map((i) => (
                  <li key={i.id}>
                    {i18n._(measureIndicatorKindLabels[i.kind])}: {i.name} ({i.unit}): {t`Baseline`} {fmt(i.baseline)}, {t`Target`} {fmt(i.target)}
                  </li>
                ))}
              </ul>
            </div>
          ))
        ) : (
          <p className="muted">{t`Not reached yet.`}</p>
        )}
      </section>

      <section className="stage-section" aria-labelledby="s-pilots">
        <h2 id="s-pilots">{t`Pilot actions`}</h2>
        {c.pilots.length ? c.pilots.map((p) => <PilotCard key={p.id} pilot={p} headingLevel={3} />) : <p className="muted">{t`Not reached yet.`}</p>}
      </section>

      <section className="stage-section" aria-labelledby="s-eval">
        <h2 id="s-eval">{t`Evaluation`}</h2>
        {c.evaluation ? (
          <>
            <p>{c.evaluation.findings}</p>
            {c.evaluation.lessons ? (
              <p>
                <strong>{t`Lessons`}:</strong> {c.evaluation.lessons}
              </p>
            ) : null}
            {c.evaluation.transferability ? (
              <p>
                <strong>{t`Transferability`}:</strong> {c.evaluation.transferability}
              </p>
            ) : null}
            <p>
              <strong>{t`Decision`}:</strong> {i18n._(evaluationDecisionLabels[c.evaluation.decision])}
            </p>
            <div className="table-wrapper" tabIndex={0} role="region" aria-label={t`Achievement`}>
              <table className="table table--compact">
                <thead>
                  <tr>
                    <th scope="col">{t`Indicator`}</th>
                    <th scope="col">{t`Baseline`}</th>
                    <th scope="col">{t`Target`}</th>
                    <th scope="col">{t`Actual`}</th>
                    <th scope="col">%</th>
                  </tr>
                </thead>
                <tbody>
                  {c.evaluation.kpiResults.map((k) => (
                    <tr key={`${k.pilotId}-${k.measureIndicatorId}`}>
                      <th scope="row">{k.name}</th>
                      <td>{fmt(k.baseline)}</td>
                      <td>{fmt(k.target)}</td>
                      <td>{fmt(k.actual)}</td>
                      <td>
                        {k.achievement == null ? '–' : format.percent(k.achievement)} {k.status ? <span className={kpiStatusBadge[k.status]}>{i18n._(kpiStatusLabels[k.status])}</span> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : (
          <p className="muted">{t`Not reached yet.`}</p>
        )}
      </section>

      <section className="stage-section" aria-labelledby="s-transfer">
        <h2 id="s-transfer">{t`Transfer`}</h2>
        {c.transfer ? <p>{c.transfer.summary}</p> : <p className="muted">{t`Not reached yet.`}</p>}
        {c.transfer?.practice?.status === 'PUBLISHED' ? (
          <p>
            {t`Published as a policy example`}: <Link to={`/practices/${c.transfer.practice.slug}`}>{c.transfer.practice.title}</Link>
          </p>
        ) : null}
      </section>
    </article>
  );
}
