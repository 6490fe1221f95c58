import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { EvaluationDecision, KpiStatus, LearningMove, LearningStage, MeasureIndicatorKind, PilotStatus } from '@polisee/graphql';

// Display names of the policy-learning cycle's enums (DOMAIN.md 5), kept together for translation.
export const learningStageLabels: Record<LearningStage, MessageDescriptor> = {
  ANALYSIS: msg`Analysis`,
  BENCHMARKING: msg`Benchmarking`,
  PEER_LEARNING: msg`Peer learning`,
  ACTION_PLAN: msg`Action plan`,
  PILOT: msg`Pilot`,
  EVALUATION: msg`Evaluation`,
  TRANSFER: msg`Transfer`,
};

export const learningStages: LearningStage[] = ['ANALYSIS', 'BENCHMARKING', 'PEER_LEARNING', 'ACTION_PLAN', 'PILOT', 'EVALUATION', 'TRANSFER'];

export const learningMoveLabels: Record<LearningMove, MessageDescriptor> = {
  START_BENCHMARKING: msg`Start benchmarking`,
  START_PEER_LEARNING: msg`Start peer learning`,
  DRAFT_ACTION_PLAN: msg`Draft the action plan`,
  START_PILOT: msg`Start the pilot`,
  START_EVALUATION: msg`Start the evaluation`,
  START_TRANSFER: msg`Start the transfer`,
  START_NEW_CYCLE: msg`Open the next cycle`,
  REFLECT: msg`Go back to`,
};

export const pilotStatusLabels: Record<PilotStatus, MessageDescriptor> = {
  PLANNED: msg`Planned`,
  RUNNING: msg`Running`,
  COMPLETED: msg`Completed`,
  STOPPED: msg`Stopped`,
};

export const kpiStatusLabels: Record<KpiStatus, MessageDescriptor> = {
  ON_TRACK: msg`On track`,
  AT_RISK: msg`At risk`,
  OFF_TRACK: msg`Off track`,
};

export const evaluationDecisionLabels: Record<EvaluationDecision, MessageDescriptor> = {
  TRANSFER: msg`Transfer the lessons`,
  REVISE: msg`Revise the plan`,
  STOP: msg`Stop`,
};

export const measureIndicatorKindLabels: Record<MeasureIndicatorKind, MessageDescriptor> = {
  OUTPUT: msg`Output`,
  RESULT: msg`Result`,
};

/** Badge modifier of a KPI status. */
export const kpiStatusBadge: Record<KpiStatus, string> = {
  ON_TRACK: 'badge badge--success',
  AT_RISK: 'badge badge--warning',
  OFF_TRACK: 'badge badge--danger',
};
