import { i18n } from '@lingui/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { CyclePageQuery, TransitionLearningCycleMutation, UpdateLearningCycleMutation, type LearningStage, type ResultOf } from '@polisee/graphql';
import { DemoBadge, ErrorAlert, LoadError, Loading, learningMoveLabels, learningStageLabels, learningStages , useDocumentTitle } from '@polisee/ui';
import { AnalysisSection } from './stage-analysis';
import { BenchmarkingSection } from './stage-benchmarking';
import { PeerLearningSection } from './stage-peer-learning';
import { ActionPlanSection } from './stage-action-plan';
import { PilotSection } from './stage-pilot';
import { EvaluationSection, TransferSection } from './stage-evaluation';
import { cycleStrings as t } from './strings';
import { useAction } from './use-action';


export type CyclePageData = NonNullable<ResultOf<typeof CyclePageQuery>['learningCycle']>;

export interface SectionProps {
  cycle: CyclePageData;
  /** Whether the user may change the cycle and the domain lets this stage's facts change now. */
  editable: boolean;
  refresh: () => Promise<unknown>;
}

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Stages in which the domain accepts each section's facts (the API enforces the same). */
const EDITABLE_IN: Record<string, LearningStage[]> = {
  analysis: ['ANALYSIS'],
  benchmarking: ['ANALYSIS', 'BENCHMARKING'],
  peer: ['PEER_LEARNING'],
  plan: ['ACTION_PLAN'],
  pilot: ['PILOT', 'EVALUATION'],
  evaluation: ['EVALUATION'],
  transfer: ['TRANSFER'],
};

export function CyclePage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CyclePageQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const cycle = data?.learningCycle;
  useDocumentTitle(cycle ? cycle.title : t.boardTitle, 'PoliSEE admin');
  if (error) return <LoadError message={t.cycleLoadFailed} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  if (!cycle) return <ErrorAlert>{t.notFound}</ErrorAlert>;
  const refresh = () => refetch();
  const can = (section: string) => cycle.canEdit && EDITABLE_IN[section]!.includes(cycle.stage);
  const props = (section: string): SectionProps => ({ cycle, editable: can(section), refresh });
  return (
    <article aria-labelledby="cycle-title">
      <p>
        <Link to="/cycles">{t.backToBoard}</Link>
      </p>
      <div className="page-header">
        <h1 id="cycle-title">{cycle.title}</h1>
        {cycle.isDemo ? <DemoBadge /> : null}
      </div>
      <p>
        {cycle.region?.name} ({cycle.region?.code}) · {cycle.partner?.name} · {t.iteration(cycle.iteration)}
        {cycle.previousCycleId ? (
          <>
            {' '}
            · <Link to={`/cycles/${cycle.previousCycleId}`}>{t.previousCycle}</Link>
          </>
        ) : null}
      </p>
      {cycle.finishedAt ? (
        <div className="alert alert--warning" role="status">
          {t.finished} {cycle.nextCycleId ? <Link to={`/cycles/${cycle.nextCycleId}`}>{t.nextCycle}</Link> : null}
        </div>
      ) : !cycle.canEdit ? (
        <p className="muted">{t.readOnly}</p>
      ) : null}
      {cycle.canEdit ? <PublicToggle cycle={cycle} refresh={refresh} /> : null}

      <h2 className="visually-hidden">{t.timelineTitle}</h2>
      <ol className="cycle-timeline" aria-label={t.timelineTitle} data-testid="timeline">
        {learningStages.map((s, i) => {
          const current = learningStages.indexOf(cycle.stage);
          return (
            <li key={s} aria-current={s === cycle.stage ? 'step' : undefined} data-state={i < current ? 'done' : i === current ? 'current' : 'todo'}>
              {i18n._(learningStageLabels[s])}
              {s === cycle.stage ? <span className="visually-hidden"> ({t.currentStage})</span> : null}
            </li>
          );
        })}
      </ol>

      {cycle.canEdit ? <CycleMoves cycle={cycle} refresh={refresh} /> : null}

      <AnalysisSection {...props('analysis')} />
      <BenchmarkingSection {...props('benchmarking')} gapsEditable={cycle.canEdit && cycle.stage === 'BENCHMARKING'} />
      <PeerLearningSection {...props('peer')} />
      <ActionPlanSection {...props('plan')} />
      <PilotSection {...props('pilot')} pilotsEditable={cycle.canEdit && cycle.stage === 'PILOT'} />
      <EvaluationSection {...props('evaluation')} />
      <TransferSection {...props('transfer')} />

      <section className="stage-section" aria-labelledby="history-title">
        <h2 id="history-title">{t.historyTitle}</h2>
        {cycle.transitions.length ? (
          <ol className="cycle-history" data-testid="history">
            {cycle.transitions.map((x) => (
              <li key={x.id}>
                <strong>{t.historyEntry(i18n._(learningStageLabels[x.from]), i18n._(learningStageLabels[x.to]))}</strong>{' '}
                <span className="muted">{t.by(x.actorName, dateTime.format(new Date(x.at)))}</span>
                {x.reason ? <div>{x.reason}</div> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t.noHistory}</p>
        )}
      </section>
    </article>
  );
}

function PublicToggle({ cycle, refresh }: { cycle: CyclePageData; refresh: () => Promise<unknown> }) {
  const [update] = useMutation(UpdateLearningCycleMutation);
  const action = useAction(refresh);
  return (
    <label className="check-option">
      <input
        type="checkbox"
        checked={cycle.isPublic}
        disabled={action.busy}
        onChange={(e) => void action.run(() => update({ variables: { input: { id: cycle.id, isPublic: e.target.checked } } }))}
      />{' '}
      {t.isPublic}
    </label>
  );
}

/** The moves the domain offers; refused ones show the guards' reasons and stay disabled. */
function CycleMoves({ cycle, refresh }: { cycle: CyclePageData; refresh: () => Promise<unknown> }) {
  const [move] = useMutation(TransitionLearningCycleMutation);
  const action = useAction(refresh);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const moves = cycle.availableTransitions;
  return (
    <section className="stage-section" aria-labelledby="moves-title">
      <h2 id="moves-title">{t.movesTitle}</h2>
      {action.error ? <ErrorAlert>{action.error.message}</ErrorAlert> : null}
      {moves.length === 0 ? <p className="muted">{t.noMoves}</p> : null}
      <div className="cycle-moves">
        {moves.map((m) => {
          const key = `${m.event}-${m.to}`;
          const label = m.event === 'REFLECT' ? t.reflectTo(i18n._(learningStageLabels[m.to])) : i18n._(learningMoveLabels[m.event]);
          const reason = reasons[key] ?? '';
          return (
            <div key={key} className="cycle-move" data-testid={`move-${m.event}`}>
              {m.needsReason ? (
                <input
                  className="input"
                  aria-label={`${t.reflectReason} (${label})`}
                  placeholder={t.reflectReason}
                  value={reason}
                  onChange={(e) => setReasons({ ...reasons, [key]: e.target.value })}
                />
              ) : null}
              <button
                type="button"
                className={m.event === 'REFLECT' ? 'button button--secondary' : 'button'}
                disabled={!m.allowed || action.busy || (m.needsReason && !reason.trim())}
                aria-describedby={m.allowed ? undefined : `${key}-why`}
                onClick={() => void action.run(() => move({ variables: { input: { cycleId: cycle.id, event: m.event, ...(m.event === 'REFLECT' ? { to: m.to, reason } : {}) } } }))}
              >
                {action.busy ? t.moving : label}
              </button>
              {!m.allowed ? (
                <ul className="cycle-move__reasons" id={`${key}-why`} aria-label={t.refusedBecause}>
                  {m.failedGuards.map((g) => (
                    <li key={g.guard} data-guard={g.guard}>
                      {g.message}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          );
        })}
      </div>
    </section>
  );
}
