import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import type { Ris3Step } from '@polisee/graphql';

/** The six steps of the RIS3 Guide, as the wheel and the catalogue name them. */
export const ris3StepLabels: Record<Ris3Step, MessageDescriptor> = {
  ANALYSIS: msg({ message: 'Analysis of the regional context', comment: 'RIS3 Guide step 1' }),
  GOVERNANCE: msg({ message: 'Governance', comment: 'RIS3 Guide step 2' }),
  VISION: msg({ message: 'Shared vision', comment: 'RIS3 Guide step 3' }),
  PRIORITIES: msg({ message: 'Priorities', comment: 'RIS3 Guide step 4' }),
  POLICY_MIX: msg({ message: 'Policy mix, roadmap and action plan', comment: 'RIS3 Guide step 5' }),
  MONITORING: msg({ message: 'Monitoring and evaluation', comment: 'RIS3 Guide step 6' }),
};

/** The three criteria of each step of the RIS3 self-assessment wheel. */
export const ris3CriterionLabels: Record<string, MessageDescriptor> = {
  REGIONAL_ASSETS: msg({ message: 'Regional assets', comment: 'RIS3 wheel criterion' }),
  OUTWARD_DIMENSION: msg({ message: 'Outward dimension', comment: 'RIS3 wheel criterion' }),
  ENTREPRENEURIAL_DYNAMICS: msg({ message: 'Entrepreneurial dynamics', comment: 'RIS3 wheel criterion' }),
  STRUCTURE: msg({ message: 'Governance structure', comment: 'RIS3 wheel criterion' }),
  BROAD_PARTICIPATION: msg({ message: 'Broad participation', comment: 'RIS3 wheel criterion' }),
  MANAGEMENT: msg({ message: 'Management of the process', comment: 'RIS3 wheel criterion' }),
  BROAD_VIEW_OF_INNOVATION: msg({ message: 'Broad view of innovation', comment: 'RIS3 wheel criterion' }),
  SHARED_VISION: msg({ message: 'Vision shared by the stakeholders', comment: 'RIS3 wheel criterion' }),
  TRANSFORMATION: msg({ message: 'Scenarios of transformation', comment: 'RIS3 wheel criterion' }),
  CRITICAL_MASS: msg({ message: 'Critical mass', comment: 'RIS3 wheel criterion' }),
  ENTREPRENEURIAL_DISCOVERY: msg({ message: 'Entrepreneurial discovery', comment: 'RIS3 wheel criterion' }),
  INCLUSIVENESS: msg({ message: 'Inclusiveness', comment: 'RIS3 wheel criterion' }),
  ROADMAP: msg({ message: 'Roadmap with pilot projects', comment: 'RIS3 wheel criterion' }),
  BALANCE: msg({ message: 'Balanced mix of instruments', comment: 'RIS3 wheel criterion' }),
  FRAMEWORK_CONDITIONS: msg({ message: 'Framework conditions', comment: 'RIS3 wheel criterion' }),
  OUTPUT_AND_RESULT_INDICATORS: msg({ message: 'Output and result indicators', comment: 'RIS3 wheel criterion' }),
  EVALUATION: msg({ message: 'Evaluation', comment: 'RIS3 wheel criterion' }),
  UPDATE_MECHANISM: msg({ message: 'Update mechanism', comment: 'RIS3 wheel criterion' }),
};

/** Scores of the wheel: 0 means "no information", unlike a criterion left out. */
export const scoreLabels: MessageDescriptor[] = [
  msg({ message: '0: no information', comment: 'RIS3 wheel score' }),
  msg({ message: '1: very weak', comment: 'RIS3 wheel score' }),
  msg({ message: '2: weak', comment: 'RIS3 wheel score' }),
  msg({ message: '3: fair', comment: 'RIS3 wheel score' }),
  msg({ message: '4: good', comment: 'RIS3 wheel score' }),
  msg({ message: '5: excellent', comment: 'RIS3 wheel score' }),
];

/** Short names of the steps for the spokes of the wheel (the table gives the full names). */
export const ris3StepShortLabels: Record<Ris3Step, MessageDescriptor> = {
  ANALYSIS: msg({ message: 'Analysis', comment: 'RIS3 Guide step 1, short, on the wheel' }),
  GOVERNANCE: msg({ message: 'Governance', comment: 'RIS3 Guide step 2, short, on the wheel' }),
  VISION: msg({ message: 'Vision', comment: 'RIS3 Guide step 3, short, on the wheel' }),
  PRIORITIES: msg({ message: 'Priorities', comment: 'RIS3 Guide step 4, short, on the wheel' }),
  POLICY_MIX: msg({ message: 'Policy mix', comment: 'RIS3 Guide step 5, short, on the wheel' }),
  MONITORING: msg({ message: 'Monitoring', comment: 'RIS3 Guide step 6, short, on the wheel' }),
};
