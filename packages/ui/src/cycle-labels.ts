import type { EvaluationDecision, KpiStatus, LearningMove, LearningStage, MeasureIndicatorKind, PilotStatus } from '@polisee/graphql';

// Display names of the policy-learning cycle's enums (DOMAIN.md 5), kept together for translation.
export const learningStageLabels: Record<LearningStage, string> = {
  ANALYSIS: 'Analysis',
  BENCHMARKING: 'Benchmarking',
  PEER_LEARNING: 'Peer learning',
  ACTION_PLAN: 'Action plan',
  PILOT: 'Pilot',
  EVALUATION: 'Evaluation',
  TRANSFER: 'Transfer',
};

export const learningStages: LearningStage[] = ['ANALYSIS', 'BENCHMARKING', 'PEER_LEARNING', 'ACTION_PLAN', 'PILOT', 'EVALUATION', 'TRANSFER'];

export const learningMoveLabels: Record<LearningMove, string> = {
  START_BENCHMARKING: 'Start benchmarking',
  START_PEER_LEARNING: 'Start peer learning',
  DRAFT_ACTION_PLAN: 'Draft the action plan',
  START_PILOT: 'Start the pilot',
  START_EVALUATION: 'Start the evaluation',
  START_TRANSFER: 'Start the transfer',
  START_NEW_CYCLE: 'Open the next cycle',
  REFLECT: 'Go back to',
};

export const pilotStatusLabels: Record<PilotStatus, string> = {
  PLANNED: 'Planned',
  RUNNING: 'Running',
  COMPLETED: 'Completed',
  STOPPED: 'Stopped',
};

export const kpiStatusLabels: Record<KpiStatus, string> = {
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  OFF_TRACK: 'Off track',
};

export const evaluationDecisionLabels: Record<EvaluationDecision, string> = {
  TRANSFER: 'Transfer the lessons',
  REVISE: 'Revise the plan',
  STOP: 'Stop',
};

export const measureIndicatorKindLabels: Record<MeasureIndicatorKind, string> = {
  OUTPUT: 'Output',
  RESULT: 'Result',
};

/** Badge modifier of a KPI status. */
export const kpiStatusBadge: Record<KpiStatus, string> = {
  ON_TRACK: 'badge badge--success',
  AT_RISK: 'badge badge--warning',
  OFF_TRACK: 'badge badge--danger',
};
