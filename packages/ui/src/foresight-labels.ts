import type { ForesightExerciseStatus, ForesightItemKind, ForesightMethod, StakeholderType } from '@polisee/graphql';
import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';

// Display names of the foresight enums (issue 13), shared by the portal and the admin console.

export const foresightMethodLabels: Record<ForesightMethod, MessageDescriptor> = {
  ROUNDS: msg({ message: 'Delphi in rounds', context: 'foresight method' }),
  REAL_TIME: msg({ message: 'Real-time Delphi', context: 'foresight method' }),
};

export const foresightStatusLabels: Record<ForesightExerciseStatus, MessageDescriptor> = {
  DRAFT: msg({ message: 'Draft', context: 'foresight exercise status' }),
  RUNNING: msg({ message: 'Running', context: 'foresight exercise status' }),
  FINISHED: msg({ message: 'Finished', context: 'foresight exercise status' }),
};

export const foresightItemKindLabels: Record<ForesightItemKind, MessageDescriptor> = {
  PROBABILITY: msg({ message: 'Probability', context: 'foresight question' }),
  DESIRABILITY: msg({ message: 'Desirability', context: 'foresight question' }),
  IMPACT: msg({ message: 'Impact', context: 'foresight question' }),
  YEAR: msg({ message: 'Year of occurrence', context: 'foresight question' }),
};

/** The ends of a 1..k scale per question, so a panellist knows what 1 and 5 mean. */
export const foresightScaleEnds: Record<Exclude<ForesightItemKind, 'YEAR'>, [MessageDescriptor, MessageDescriptor]> = {
  PROBABILITY: [msg`Very unlikely`, msg`Very likely`],
  DESIRABILITY: [msg`Very undesirable`, msg`Very desirable`],
  IMPACT: [msg`Very low impact`, msg`Very high impact`],
};

export const stakeholderTypeLabels: Record<StakeholderType, MessageDescriptor> = {
  PUBLIC_AUTHORITY: msg`Public authority`,
  CLUSTER_ORGANISATION: msg`Cluster organisation`,
  BUSINESS: msg`Business`,
  RESEARCH: msg`Research or university`,
  CIVIL_SOCIETY: msg`Civil society`,
  OTHER: msg({ message: 'Other', context: 'stakeholder type' }),
};
