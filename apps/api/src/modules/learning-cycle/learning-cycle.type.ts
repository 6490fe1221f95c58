import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/relay';
import { DevelopmentArea } from '../indicator/indicator.type';
import type { ActionMeasureEntity, MeasureIndicatorEntity } from './action-plan.entity';
import type {
  BenchmarkSnapshotEntity,
  CycleEvaluationEntity,
  CycleTransferEntity,
  LearningCycleEntity,
  LearningCycleTransitionEntity,
  RegionalAssessmentEntity,
} from './learning-cycle.entity';
import type { PeerReviewEntity, PeerReviewTodoEntity } from './peer-review.entity';
import type { KpiReadingEntity, PilotActionEntity } from './pilot-action.entity';

export enum LearningStage {
  ANALYSIS = 'ANALYSIS',
  BENCHMARKING = 'BENCHMARKING',
  PEER_LEARNING = 'PEER_LEARNING',
  ACTION_PLAN = 'ACTION_PLAN',
  PILOT = 'PILOT',
  EVALUATION = 'EVALUATION',
  TRANSFER = 'TRANSFER',
}
export enum LearningMove {
  START_BENCHMARKING = 'START_BENCHMARKING',
  START_PEER_LEARNING = 'START_PEER_LEARNING',
  DRAFT_ACTION_PLAN = 'DRAFT_ACTION_PLAN',
  START_PILOT = 'START_PILOT',
  START_EVALUATION = 'START_EVALUATION',
  START_TRANSFER = 'START_TRANSFER',
  START_NEW_CYCLE = 'START_NEW_CYCLE',
  REFLECT = 'REFLECT',
}
export enum MeasureIndicatorKind {
  OUTPUT = 'OUTPUT',
  RESULT = 'RESULT',
}
export enum PilotStatus {
  PLANNED = 'PLANNED',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  STOPPED = 'STOPPED',
}
export enum KpiStatus {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
}
export enum PeerReviewStatus {
  PLANNED = 'PLANNED',
  COMPLETED = 'COMPLETED',
}
export enum EvaluationDecision {
  TRANSFER = 'TRANSFER',
  REVISE = 'REVISE',
  STOP = 'STOP',
}
registerEnumType(LearningStage, { name: 'LearningStage', description: 'Stages of the policy-learning cycle, in order (DOMAIN.md 5).' });
registerEnumType(LearningMove, { name: 'LearningMove', description: 'Events that move a cycle; REFLECT steps back and needs a reason.' });
registerEnumType(MeasureIndicatorKind, { name: 'MeasureIndicatorKind' });
registerEnumType(PilotStatus, { name: 'PilotStatus' });
registerEnumType(KpiStatus, { name: 'KpiStatus', description: 'ON_TRACK >= 0.9 achievement, AT_RISK 0.5-0.9, OFF_TRACK < 0.5.' });
registerEnumType(PeerReviewStatus, { name: 'PeerReviewStatus' });
registerEnumType(EvaluationDecision, { name: 'EvaluationDecision', description: 'Transfer the lessons, revise the plan, or stop.' });

@ObjectType({ description: "A guard that refuses a move, with the domain's reason." })
export class GuardFailure {
  @Field({ description: 'The guard (e.g. MEASURES_HAVE_BASELINE_AND_TARGET).' })
  guard: string;

  @Field()
  message: string;
}

@ObjectType({ description: 'A move the domain offers from the current stage.' })
export class AvailableTransition {
  @Field(() => LearningMove)
  event: LearningMove;

  @Field(() => LearningStage)
  to: LearningStage;

  @Field()
  allowed: boolean;

  @Field()
  needsReason: boolean;

  @Field(() => [GuardFailure])
  failedGuards: GuardFailure[];
}

@ObjectType({ description: 'A recorded stage move: who, when, why.' })
export class CycleTransition {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  iteration: number;

  @Field(() => LearningMove)
  event: LearningMove;

  @Field(() => LearningStage)
  from: LearningStage;

  @Field(() => LearningStage)
  to: LearningStage;

  @Field()
  actorName: string;

  @Field()
  at: Date;

  @Field(() => String, { nullable: true })
  reason: string | null;

  static from(e: LearningCycleTransitionEntity): CycleTransition {
    return Object.assign(new CycleTransition(), {
      id: e.id,
      iteration: e.iteration,
      event: e.event as LearningMove,
      from: e.fromStage as LearningStage,
      to: e.toStage as LearningStage,
      actorName: e.actorName,
      at: e.at,
      reason: e.reason,
    });
  }
}

@ObjectType({ description: 'ANALYSIS: the regional assessment.' })
export class RegionalAssessment {
  @Field()
  context: string;

  @Field(() => [String])
  strengths: string[];

  @Field(() => [String])
  barriers: string[];

  @Field(() => [String])
  missingData: string[];

  @Field()
  updatedAt: Date;

  static from(e: RegionalAssessmentEntity): RegionalAssessment {
    return Object.assign(new RegionalAssessment(), { context: e.context, strengths: e.strengths, barriers: e.barriers, missingData: e.missingData, updatedAt: e.updatedAt });
  }
}

@ObjectType()
export class SnapshotReferenceRegion {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field()
  country: string;

  @Field(() => Float)
  distance: number;

  @Field(() => Int)
  rank: number;
}

@ObjectType({ description: "One performance indicator of a saved benchmark, as it was when saved." })
export class SnapshotIndicator {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field()
  unit: string;

  @Field(() => DevelopmentArea)
  area: DevelopmentArea;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => Int, { nullable: true })
  valueYear: number | null;

  @Field(() => Float, { nullable: true })
  score: number | null;

  @Field(() => Float, { nullable: true })
  groupMean: number | null;

  @Field(() => Float, { nullable: true })
  groupBest: number | null;

  @Field(() => String, { nullable: true })
  groupBestRegion: string | null;

  @Field(() => Float, { nullable: true, description: 'score - group mean (negative: a gap).' })
  gap: number | null;

  @Field(() => Float, { nullable: true })
  percentile: number | null;
}

@ObjectType({ description: 'BENCHMARKING: a benchmark saved with its options and result as they were.' })
export class BenchmarkSnapshot {
  @Field(() => ID)
  id: string;

  @Field()
  regionCode: string;

  @Field()
  regionName: string;

  @Field(() => Int)
  year: number;

  @Field()
  takenAt: Date;

  @Field({ description: 'The data version the result was computed from.' })
  dataVersion: string;

  @Field({ description: 'The benchmark options, as JSON.' })
  optionsJson: string;

  @Field({ description: 'The stored result, as JSON.' })
  resultJson: string;

  @Field(() => [SnapshotReferenceRegion])
  referenceRegions: SnapshotReferenceRegion[];

  @Field(() => [SnapshotIndicator])
  indicators: SnapshotIndicator[];

  @Field(() => Float, { nullable: true })
  composite: number | null;

  @Field(() => Int, { nullable: true })
  rank: number | null;

  @Field(() => Int)
  rankedCount: number;

  @Field(() => [String], { description: 'Indicator codes the benchmark showed as weaknesses.' })
  weaknesses: string[];

  @Field(() => [String], { description: 'Performance indicator codes of the gaps the cycle addresses.' })
  chosenGaps: string[];

  @Field()
  demoDataUsed: boolean;

  static from(e: BenchmarkSnapshotEntity): BenchmarkSnapshot {
    const r = e.result;
    return Object.assign(new BenchmarkSnapshot(), {
      id: e.id,
      regionCode: e.regionCode,
      regionName: r.region.name,
      year: r.year,
      takenAt: e.takenAt,
      dataVersion: String(e.dataVersion),
      optionsJson: JSON.stringify(e.options),
      resultJson: JSON.stringify(r),
      referenceRegions: r.referenceRegions,
      indicators: r.indicators.map((i) => ({ ...i, area: i.area as DevelopmentArea })),
      composite: r.composite.value,
      rank: r.composite.rank,
      rankedCount: r.composite.rankedCount,
      weaknesses: r.weaknesses,
      chosenGaps: e.chosenGaps,
      demoDataUsed: r.demoDataUsed,
    });
  }
}

@ObjectType({ description: 'An output or result indicator of a measure with its baseline and target.' })
export class MeasureIndicator {
  @Field(() => ID)
  id: string;

  @Field(() => MeasureIndicatorKind)
  kind: MeasureIndicatorKind;

  @Field(() => ID, { nullable: true, description: 'The platform indicator, when it is one.' })
  indicatorId: string | null;

  @Field()
  name: string;

  @Field()
  unit: string;

  @Field(() => Float, { nullable: true })
  baseline: number | null;

  @Field(() => Float, { nullable: true })
  target: number | null;

  static from(e: MeasureIndicatorEntity): MeasureIndicator {
    return Object.assign(new MeasureIndicator(), { id: e.id, kind: e.kind as MeasureIndicatorKind, indicatorId: e.indicatorId, name: e.name, unit: e.unit, baseline: e.baseline, target: e.target });
  }
}

@ObjectType({ description: 'ACTION_PLAN: one measure of the plan.' })
export class ActionMeasure {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  cycleId: string;

  @Field()
  title: string;

  @Field()
  objective: string;

  @Field(() => String, { nullable: true, description: 'The chosen benchmark gap (indicator code) it answers.' })
  gapIndicatorCode: string | null;

  @Field()
  players: string;

  @Field(() => String, { nullable: true })
  startsOn: string | null;

  @Field(() => String, { nullable: true })
  endsOn: string | null;

  @Field(() => Float, { nullable: true })
  costEur: number | null;

  @Field()
  fundingSource: string;

  @Field(() => ID, { nullable: true, description: 'The peer-review to-do item it came from.' })
  fromTodoId: string | null;

  static from(e: ActionMeasureEntity): ActionMeasure {
    return Object.assign(new ActionMeasure(), {
      id: e.id,
      cycleId: e.cycleId,
      title: e.title,
      objective: e.objective,
      gapIndicatorCode: e.gapIndicatorCode,
      players: e.players,
      startsOn: e.startsOn,
      endsOn: e.endsOn,
      costEur: e.costEur,
      fundingSource: e.fundingSource,
      fromTodoId: e.fromTodoId,
    });
  }
}

@ObjectType()
export class KpiReading {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  measureIndicatorId: string;

  @Field({ description: 'YYYY-MM-DD.' })
  date: string;

  @Field(() => Float)
  value: number;

  @Field()
  note: string;

  @Field(() => String, { nullable: true })
  evidenceUrl: string | null;

  @Field(() => Float, { nullable: true, description: 'kpiAchievement of this reading (null when target equals baseline).' })
  achievement: number | null;

  static from(e: KpiReadingEntity, achievement: number | null): KpiReading {
    return Object.assign(new KpiReading(), { id: e.id, measureIndicatorId: e.measureIndicatorId, date: e.date, value: e.value, note: e.note, evidenceUrl: e.evidenceUrl, achievement });
  }
}

@ObjectType({ description: "A pilot KPI: a measure indicator with the pilot's readings and the domain's achievement." })
export class PilotKpi {
  @Field(() => MeasureIndicator)
  indicator: MeasureIndicator;

  @Field(() => [KpiReading], { description: 'In date order.' })
  readings: KpiReading[];

  @Field(() => Float, { nullable: true })
  latestValue: number | null;

  @Field(() => String, { nullable: true })
  latestDate: string | null;

  @Field(() => Float, { nullable: true, description: '(latest - baseline) / (target - baseline), DOMAIN.md 4.10.' })
  achievement: number | null;

  @Field(() => KpiStatus, { nullable: true })
  status: KpiStatus | null;
}

@ObjectType({ description: 'PILOT: a pilot action testing a measure of the plan.' })
export class PilotAction {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  cycleId: string;

  @Field(() => ID)
  measureId: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => ID)
  leadPartnerId: string;

  @Field(() => [ID])
  participantPartnerIds: string[];

  @Field(() => ID)
  regionId: string;

  @Field(() => [DevelopmentArea])
  areas: DevelopmentArea[];

  @Field(() => String, { nullable: true })
  startsOn: string | null;

  @Field(() => String, { nullable: true })
  endsOn: string | null;

  @Field(() => Float, { nullable: true })
  budgetEur: number | null;

  @Field(() => PilotStatus)
  status: PilotStatus;

  @Field()
  isDemo: boolean;

  static from(e: PilotActionEntity): PilotAction {
    return Object.assign(new PilotAction(), {
      id: e.id,
      cycleId: e.cycleId,
      measureId: e.measureId,
      title: e.title,
      description: e.description,
      leadPartnerId: e.leadPartnerId,
      participantPartnerIds: e.participantPartnerIds,
      regionId: e.regionId,
      areas: e.areas as DevelopmentArea[],
      startsOn: e.startsOn,
      endsOn: e.endsOn,
      budgetEur: e.budgetEur,
      status: e.status as PilotStatus,
      isDemo: e.isDemo,
    });
  }
}

@ObjectType()
export class PilotActionEdge {
  @Field()
  cursor: string;

  @Field(() => PilotAction)
  node: PilotAction;
}

@ObjectType()
export class PilotActionConnection {
  @Field(() => [PilotActionEdge])
  edges: PilotActionEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@ObjectType()
export class Peer {
  @Field()
  name: string;

  @Field()
  organisation: string;

  @Field({ description: 'ISO 3166 alpha-2.' })
  country: string;

  @Field(() => ID, { nullable: true })
  partnerId: string | null;
}

@ObjectType()
export class PeerReviewTodo {
  @Field(() => ID)
  id: string;

  @Field()
  text: string;

  @Field(() => ID, { nullable: true, description: 'The action-plan measure made from it.' })
  measureId: string | null;

  static from(e: PeerReviewTodoEntity): PeerReviewTodo {
    return Object.assign(new PeerReviewTodo(), { id: e.id, text: e.text, measureId: e.measureId });
  }
}

@ObjectType({ description: 'PEER_LEARNING: a peer review (Interreg Europe model).' })
export class PeerReview {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  cycleId: string;

  @Field()
  topic: string;

  @Field(() => ID)
  hostRegionId: string;

  @Field(() => ID)
  hostPartnerId: string;

  @Field(() => String, { nullable: true })
  startsOn: string | null;

  @Field(() => String, { nullable: true })
  endsOn: string | null;

  @Field(() => [Peer])
  peers: Peer[];

  @Field({ description: "The host's self-assessment." })
  selfAssessment: string;

  @Field({ description: "The peers' analysis." })
  peerAnalysis: string;

  @Field(() => [String])
  recommendations: string[];

  @Field(() => PeerReviewStatus)
  status: PeerReviewStatus;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field()
  isDemo: boolean;

  static from(e: PeerReviewEntity): PeerReview {
    return Object.assign(new PeerReview(), {
      id: e.id,
      cycleId: e.cycleId,
      topic: e.topic,
      hostRegionId: e.hostRegionId,
      hostPartnerId: e.hostPartnerId,
      startsOn: e.startsOn,
      endsOn: e.endsOn,
      peers: e.peers.map((p) => ({ ...p, partnerId: p.partnerId ?? null })),
      selfAssessment: e.selfAssessment,
      peerAnalysis: e.peerAnalysis,
      recommendations: e.recommendations,
      status: e.status as PeerReviewStatus,
      completedAt: e.completedAt,
      isDemo: e.isDemo,
    });
  }
}

@ObjectType()
export class PeerReviewEdge {
  @Field()
  cursor: string;

  @Field(() => PeerReview)
  node: PeerReview;
}

@ObjectType()
export class PeerReviewConnection {
  @Field(() => [PeerReviewEdge])
  edges: PeerReviewEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@ObjectType()
export class EvaluationKpiResult {
  @Field(() => ID)
  pilotId: string;

  @Field()
  pilotTitle: string;

  @Field(() => ID)
  measureIndicatorId: string;

  @Field()
  name: string;

  @Field()
  unit: string;

  @Field(() => Float)
  baseline: number;

  @Field(() => Float)
  target: number;

  @Field(() => Float, { nullable: true })
  actual: number | null;

  @Field(() => Float, { nullable: true })
  achievement: number | null;

  @Field(() => KpiStatus, { nullable: true })
  status: KpiStatus | null;
}

@ObjectType({ description: 'EVALUATION: KPI results against targets, lessons and a decision.' })
export class CycleEvaluation {
  @Field(() => ID)
  id: string;

  @Field()
  findings: string;

  @Field()
  lessons: string;

  @Field()
  transferability: string;

  @Field(() => EvaluationDecision)
  decision: EvaluationDecision;

  @Field(() => [EvaluationKpiResult], { description: 'KPI achievement per pilot indicator when the evaluation was saved.' })
  kpiResults: EvaluationKpiResult[];

  @Field()
  updatedAt: Date;

  static from(e: CycleEvaluationEntity): CycleEvaluation {
    return Object.assign(new CycleEvaluation(), {
      id: e.id,
      findings: e.findings,
      lessons: e.lessons,
      transferability: e.transferability,
      decision: e.decision as EvaluationDecision,
      kpiResults: e.kpiResults.map((k) => ({ ...k, status: k.status as KpiStatus | null })),
      updatedAt: e.updatedAt,
    });
  }
}

@ObjectType({ description: 'TRANSFER: the lessons published; links to the evaluation (and a policy example once drafted).' })
export class CycleTransfer {
  @Field(() => ID)
  id: string;

  @Field()
  summary: string;

  @Field(() => ID)
  evaluationId: string;

  @Field(() => String, { nullable: true, description: 'The policy example drafted from the evaluation (see `practice`).' })
  practiceId: string | null;

  @Field()
  createdAt: Date;

  static from(e: CycleTransferEntity): CycleTransfer {
    return Object.assign(new CycleTransfer(), { id: e.id, summary: e.summary, evaluationId: e.evaluationId, practiceId: e.practiceId, createdAt: e.createdAt });
  }
}

@ObjectType({ description: "A region's policy-learning cycle (DOMAIN.md 5)." })
export class LearningCycle {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => LearningStage)
  stage: LearningStage;

  @Field(() => Int)
  iteration: number;

  @Field(() => ID)
  regionId: string;

  @Field(() => ID)
  partnerId: string;

  @Field(() => ID, { nullable: true })
  previousCycleId: string | null;

  @Field(() => Date, { nullable: true, description: 'Set when the cycle opened the next one; it is then read-only.' })
  finishedAt: Date | null;

  @Field(() => [String], { description: 'Policy examples selected in PEER_LEARNING (ids).' })
  selectedPracticeIds: string[];

  @Field()
  isPublic: boolean;

  @Field()
  isDemo: boolean;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  static from(e: LearningCycleEntity): LearningCycle {
    return Object.assign(new LearningCycle(), {
      id: e.id,
      title: e.title,
      stage: e.stage as LearningStage,
      iteration: e.iteration,
      regionId: e.regionId,
      partnerId: e.partnerId,
      previousCycleId: e.previousCycleId,
      finishedAt: e.finishedAt,
      selectedPracticeIds: e.selectedPracticeIds,
      isPublic: e.isPublic,
      isDemo: e.isDemo,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    });
  }
}

@ObjectType()
export class LearningCycleEdge {
  @Field()
  cursor: string;

  @Field(() => LearningCycle)
  node: LearningCycle;
}

@ObjectType()
export class LearningCycleConnection {
  @Field(() => [LearningCycleEdge])
  edges: LearningCycleEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@ObjectType()
export class MatchAdvantage {
  @Field()
  indicatorCode: string;

  @Field()
  indicatorName: string;

  @Field()
  unit: string;

  @Field(() => Float)
  value: number;

  @Field(() => Float)
  targetValue: number;

  @Field(() => Float, { description: 'Range-normalised advantage over the cycle region (> 0 = better).' })
  advantage: number;
}

@ObjectType({ description: 'A suggested peer region for a cycle: structurally similar, better on the chosen gaps.' })
export class PeerMatch {
  @Field(() => Int)
  rank: number;

  @Field(() => ID)
  regionId: string;

  @Field(() => Float, { description: 'Structural distance from the cycle region (0 = identical).' })
  distance: number;

  @Field(() => [MatchAdvantage])
  betterOn: MatchAdvantage[];

  @Field(() => Float)
  meanAdvantage: number;

  @Field(() => [ID], { description: "Partners located in the region." })
  partnerIds: string[];

  @Field(() => [ID], { description: 'Pilot actions in the region on the development areas of the gaps.' })
  pilotIds: string[];

  @Field(() => [ID], { description: 'Published policy examples of the region on the development areas of the gaps, newest first (at most 10; the reason gives the count).' })
  practiceIds: string[];

  @Field({ description: 'Why it is suggested, in one sentence.' })
  reason: string;
}
