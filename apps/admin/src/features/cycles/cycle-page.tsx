import { useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { CyclePageQuery, TransitionLearningCycleMutation, UpdateLearningCycleMutation, type LearningStage, type ResultOf } from '@polisee/graphql';
import { DemoBadge, ErrorAlert, learningMoveLabels, learningStageLabels, learningStages, LoadError, Loading, useDocumentTitle } from '@polisee/ui';
import { AnalysisSection } from './stage-analysis';
import { BenchmarkingSection } from './stage-benchmarking';
import { PeerLearningSection } from './stage-peer-learning';
import { ActionPlanSection } from './stage-action-plan';
import { PilotSection } from './stage-pilot';
import { EvaluationSection, TransferSection } from './stage-evaluation';
import { messageForReason } from '../../app/error-messages';
import { useAction, useCycleFormats } from './use-action';


export type CyclePageData = NonNullable<ResultOf<typeof CyclePageQuery>['learningCycle']>;

export interface SectionProps {
  cycle: CyclePageData;
  /** Whether the user may change the cycle and the domain lets this stage's facts change now. */
  editable: boolean;
  refresh: () => Promise<unknown>;
}


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
  const { t, i18n } = useLingui();
  const { dateTime } = useCycleFormats();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CyclePageQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const cycle = data?.learningCycle;
  useDocumentTitle(cycle ? cycle.title : t`Learning cycles`, 'PoliSEE admin');
  if (error) return <LoadError message={t`The cycle could not be loaded.`} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  if (!cycle) return <ErrorAlert>{t`There is no such cycle.`}</ErrorAlert>;
  const iteration = cycle.iteration;
  const stageMove = (fromStage: LearningStage, toStage: LearningStage) => {
    const from = i18n._(learningStageLabels[fromStage]);
    const to = i18n._(learningStageLabels[toStage]);
    return t`${from} → ${to}`;
  };
  const movedBy = (who: string, at: string) => {
    const when = dateTime.format(at);
    return t`by ${who}, ${when}`;
  };
  const refresh = () => refetch();
  const can = (section: string) => cycle.canEdit && EDITABLE_IN[section]!.includes(cycle.stage);
  const props = (section: string): SectionProps => ({ cycle, editable: can(section), refresh });
  return (
    <article aria-labelledby="cycle-title">
      <p>
        <Link to="/cycles">{t`Back to the cycles`}</Link>
      </p>
      <div className="page-header">
        <h1 id="cycle-title">{cycle.title}</h1>
        {cycle.isDemo ? <DemoBadge /> : null}
      </div>
      <p>
        {cycle.region?.name} ({cycle.region?.code}) · {cycle.partner?.name} · {t`cycle ${iteration}`}
        {cycle.previousCycleId ? (
          <>
            {' '}
            · <Link to={`/cycles/${cycle.previousCycleId}`}>{t`Previous cycle`}</Link>
          </>
        ) : null}
      </p>
      {cycle.finishedAt ? (
        <div className="alert alert--warning" role="status">
          {t`This cycle is finished and opened the next one.`} {cycle.nextCycleId ? <Link to={`/cycles/${cycle.nextCycleId}`}>{t`Go to the next cycle`}</Link> : null}
        </div>
      ) : !cycle.canEdit ? (
        <p className="muted">{t`You can read this cycle; only its partner’s editors and admins change it.`}</p>
      ) : null}
      {cycle.canEdit ? <PublicToggle cycle={cycle} refresh={refresh} /> : null}

      <h2 className="visually-hidden">{t`Stages`}</h2>
      <ol className="cycle-timeline" aria-label={t`Stages`} data-testid="timeline">
        {learningStages.map((s, i) => {
          const current = learningStages.indexOf(cycle.stage);
          return (
            <li key={s} aria-current={s === cycle.stage ? 'step' : undefined} data-state={i < current ? 'done' : i === current ? 'current' : 'todo'}>
              {i18n._(learningStageLabels[s])}
              {s === cycle.stage ? <span className="visually-hidden"> ({t`current stage`})</span> : null}
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
        <h2 id="history-title">{t`What happened`}</h2>
        {cycle.transitions.length ? (
          <ol className="cycle-history" data-testid="history">
            {cycle.transitions.map((x) => (
              <li key={x.id}>
                <strong>{stageMove(x.from, x.to)}</strong>{' '}
                <span className="muted">{movedBy(x.actorName, x.at)}</span>
                {x.reason ? <div>{x.reason}</div> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t`No stage move yet.`}</p>
        )}
      </section>
    </article>
  );
}

function PublicToggle({ cycle, refresh }: { cycle: CyclePageData; refresh: () => Promise<unknown> }) {
  const { t } = useLingui();
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
      {t`Public: tell this cycle’s story on the portal`}
    </label>
  );
}

/** The moves the domain offers; refused ones show the guards' reasons and stay disabled. */
function CycleMoves({ cycle, refresh }: { cycle: CyclePageData; refresh: () => Promise<unknown> }) {
  const { t, i18n } = useLingui();
  const [move] = useMutation(TransitionLearningCycleMutation);
  const action = useAction(refresh);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const moves = cycle.availableTransitions;
  return (
    <section className="stage-section" aria-labelledby="moves-title">
      <h2 id="moves-title">{t`Next step`}</h2>
      {action.error ? <ErrorAlert>{action.error.message}</ErrorAlert> : null}
      {moves.length === 0 ? <p className="muted">{t`No move is possible from here.`}</p> : null}
      <div className="cycle-moves">
        {moves.map((m) => {
          const key = `${m.event}-${m.to}`;
          const stage = i18n._(learningStageLabels[m.to]);
          const label = m.event === 'REFLECT' ? t`Go back to ${stage}` : i18n._(learningMoveLabels[m.event]);
          const reason = reasons[key] ?? '';
          return (
            <div key={key} className="cycle-move" data-testid={`move-${m.event}`}>
              {m.needsReason ? (
                <input
                  className="input"
                  aria-label={`${t`Why go back?`} (${label})`}
                  placeholder={t`Why go back?`}
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
                {action.busy ? t`Moving…` : label}
              </button>
              {!m.allowed ? (
                <ul className="cycle-move__reasons" id={`${key}-why`} aria-label={t`Not yet:`}>
                  {m.failedGuards.map((g) => (
                    <li key={g.guard} data-guard={g.guard}>
                      {messageForReason(g.guard, g.message)}
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
