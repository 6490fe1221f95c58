import { i18n } from '@lingui/core';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { CycleStoryQuery } from '@polisee/graphql';
import { DemoBadge, ErrorAlert, evaluationDecisionLabels, kpiStatusBadge, kpiStatusLabels, LoadError, Loading, learningStageLabels, learningStages, measureIndicatorKindLabels , useDocumentTitle } from '@polisee/ui';
import { PilotCard } from './pilot-card';
import { cycleStrings as t } from './strings';


const number = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
const fmt = (v: number | null | undefined) => (v == null ? '–' : number.format(v));

/** A public cycle's story, from the analysis to the transfer. */
export function CycleStoryPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CycleStoryQuery, { variables: { id } });
  const c = data?.learningCycle;
  useDocumentTitle(c ? c.title : data ? t.cycleNotFoundTitle : null);
  if (error) return <LoadError message={t.cycleLoadFailed} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  if (!c)
    return (
      <div className="container section">
        <h1>{t.cycleNotFoundTitle}</h1>
        <ErrorAlert>{t.cycleNotFound}</ErrorAlert>
        <p>
          <Link to="/cycles">{t.backToCycles}</Link>
        </p>
      </div>
    );
  const current = learningStages.indexOf(c.stage);
  const reached = (s: (typeof learningStages)[number]) => learningStages.indexOf(s) <= current;
  const snap = c.benchmarkSnapshot;
  return (
    <article className="container section" aria-labelledby="story-title">
      <p>
        <Link to="/cycles">{t.backToCycles}</Link>
      </p>
      <h1 id="story-title">
        {c.title} {c.isDemo ? <DemoBadge /> : null}
      </h1>
      <p>
        {c.region?.name} ({c.region?.code}) · {c.partner?.name}
      </p>
      <ol className="cycle-timeline" aria-label={t.timeline}>
        {learningStages.map((s, i) => (
          <li key={s} aria-current={s === c.stage ? 'step' : undefined} data-state={i < current ? 'done' : i === current ? 'current' : 'todo'}>
            {i18n._(learningStageLabels[s])}
            {s === c.stage ? <span className="visually-hidden"> ({t.currentStage})</span> : null}
          </li>
        ))}
      </ol>

      <section className="stage-section" aria-labelledby="s-analysis">
        <h2 id="s-analysis">{t.analysis}</h2>
        {c.assessment ? (
          <>
            <p>{c.assessment.context}</p>
            {([
              [t.strengths, c.assessment.strengths],
              [t.barriers, c.assessment.barriers],
              [t.missingData, c.assessment.missingData],
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
          <p className="muted">{t.notYet}</p>
        )}
      </section>

      <section className="stage-section" aria-labelledby="s-bench">
        <h2 id="s-bench">{t.benchmarking}</h2>
        {snap ? (
          <>
            <p>{t.benchmarkedAgainst(snap.regionName, snap.year, snap.referenceRegions.length)}</p>
            <p className="muted">{snap.referenceRegions.map((r) => r.name).join(', ')}</p>
            {snap.chosenGaps.length ? (
              <div className="table-wrapper" tabIndex={0} role="region" aria-label={t.gapsChosen}>
                <table className="table table--compact">
                  <caption>{t.gapsChosen}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.indicator}</th>
                      <th scope="col">{t.value}</th>
                      <th scope="col">{t.groupMean}</th>
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
          <p className="muted">{t.notYet}</p>
        )}
      </section>

      <section className="stage-section" aria-labelledby="s-peer">
        <h2 id="s-peer">{t.peerLearning}</h2>
        {c.peerReviews.filter((r) => r.status === 'COMPLETED').length === 0 ? <p className="muted">{t.notYet}</p> : null}
        {c.peerReviews
          .filter((r) => r.status === 'COMPLETED')
          .map((r) => (
            <div key={r.id} className="subcard">
              <h3>{r.topic}</h3>
              <p className="muted">{t.peersFrom(r.peerCountries.join(', '))}</p>
              {r.peerAnalysis ? <p>{r.peerAnalysis}</p> : null}
              <ol>
                {r.recommendations.map((x) => (
                  <li key={x}>{x}</li>
                ))}
              </ol>
            </div>
          ))}
      </section>

      <section className="stage-section" aria-labelledby="s-plan">
        <h2 id="s-plan">{t.actionPlan}</h2>
        {reached('ACTION_PLAN') && c.measures.length ? (
          c.measures.map((m) => (
            <div key={m.id} className="subcard">
              <h3>{m.title}</h3>
              {m.objective && m.objective !== m.title ? <p>{m.objective}</p> : null}
              <ul>
                {m.indicators.map((i) => (
                  <li key={i.id}>
                    {i18n._(measureIndicatorKindLabels[i.kind])}: {i.name} ({i.unit}): {t.baseline} {fmt(i.baseline)}, {t.target} {fmt(i.target)}
                  </li>
                ))}
              </ul>
            </div>
          ))
        ) : (
          <p className="muted">{t.notYet}</p>
        )}
      </section>

      <section className="stage-section" aria-labelledby="s-pilots">
        <h2 id="s-pilots">{t.pilots}</h2>
        {c.pilots.length ? c.pilots.map((p) => <PilotCard key={p.id} pilot={p} headingLevel={3} />) : <p className="muted">{t.notYet}</p>}
      </section>

      <section className="stage-section" aria-labelledby="s-eval">
        <h2 id="s-eval">{t.evaluation}</h2>
        {c.evaluation ? (
          <>
            <p>{c.evaluation.findings}</p>
            {c.evaluation.lessons ? (
              <p>
                <strong>{t.lessons}:</strong> {c.evaluation.lessons}
              </p>
            ) : null}
            {c.evaluation.transferability ? (
              <p>
                <strong>{t.transferability}:</strong> {c.evaluation.transferability}
              </p>
            ) : null}
            <p>
              <strong>{t.decision}:</strong> {i18n._(evaluationDecisionLabels[c.evaluation.decision])}
            </p>
            <div className="table-wrapper" tabIndex={0} role="region" aria-label={t.achievement}>
              <table className="table table--compact">
                <thead>
                  <tr>
                    <th scope="col">{t.indicator}</th>
                    <th scope="col">{t.baseline}</th>
                    <th scope="col">{t.target}</th>
                    <th scope="col">{t.actual}</th>
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
                        {k.achievement == null ? '–' : percent.format(k.achievement)} {k.status ? <span className={kpiStatusBadge[k.status]}>{i18n._(kpiStatusLabels[k.status])}</span> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : (
          <p className="muted">{t.notYet}</p>
        )}
      </section>

      <section className="stage-section" aria-labelledby="s-transfer">
        <h2 id="s-transfer">{t.transfer}</h2>
        {c.transfer ? <p>{c.transfer.summary}</p> : <p className="muted">{t.notYet}</p>}
      </section>
    </article>
  );
}
