import type {
  Aggregation,
  ClusterStage,
  DevelopmentArea,
  FileFormat,
  Fund,
  ImportAction,
  IndicatorKind,
  IndicatorTransform,
  Instrument,
  Normalisation,
  ObservationFlag,
  PartnerRole,
  PartnerType,
  PerformanceGroupName,
  PerformanceSubgroup,
  PracticeAction,
  PracticeStatus,
  Polarity,
  QualityLabel,
  Role,
  TargetGroup,
} from '@polisee/graphql';
import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';

// Display names of the schema's enums, as messages: `const { _ } = useLingui(); _(partnerTypeLabels[type])`.
export const partnerTypeLabels: Record<PartnerType, MessageDescriptor> = {
  NATIONAL_AUTHORITY: msg`National authority`,
  REGIONAL_AUTHORITY: msg`Regional authority`,
  REGIONAL_DEVELOPMENT_AGENCY: msg`Regional development agency`,
  RESEARCH_INSTITUTE: msg`Research institute / university`,
  INNOVATION_AGENCY: msg`Innovation agency`,
  CLUSTER_ASSOCIATION: msg`Cluster association`,
};

export const partnerRoleLabels: Record<PartnerRole, MessageDescriptor> = {
  LEAD_PARTNER: msg`Lead partner`,
  PARTNER: msg`Partner`,
  IPA_PARTNER: msg`IPA partner`,
  OBSERVER: msg`Observer`,
};

export const fundLabels: Record<Fund, MessageDescriptor> = {
  ERDF: msg`ERDF`,
  IPA: msg`IPA`,
};

export const userRoleLabels: Record<Role, MessageDescriptor> = {
  ADMIN: msg`Administrator`,
  PARTNER_EDITOR: msg`Partner editor`,
  LEARNER: msg`Learner`,
};

/** Options for a <select>, in the order the labels are declared. */
export function optionsOf<K extends string>(labels: Record<K, MessageDescriptor>): Array<{ value: K; label: MessageDescriptor }> {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}

export const developmentAreaLabels: Record<DevelopmentArea, MessageDescriptor> = {
  INNOVATION_RD: msg`Innovation and R&D`,
  SUSTAINABLE_DEVELOPMENT: msg`Sustainable development`,
  INTERNATIONAL_COOPERATION: msg`International cooperation`,
  FINANCIAL_FRAMEWORK: msg`Financial framework`,
  SPECIALISATION: msg`Specialisation`,
  SKILLS_AND_JOBS: msg`Skills and jobs`,
  MULTILEVEL_GOVERNANCE: msg`Multilevel governance`,
};

export const indicatorKindLabels: Record<IndicatorKind, MessageDescriptor> = {
  PERFORMANCE: msg({ message: 'Performance', context: 'indicator kind' }),
  STRUCTURAL: msg({ message: 'Structural', context: 'indicator kind' }),
};

export const polarityLabels: Record<Polarity, MessageDescriptor> = {
  HIGHER_IS_BETTER: msg`Higher is better`,
  LOWER_IS_BETTER: msg`Lower is better`,
};

export const indicatorTransformLabels: Record<IndicatorTransform, MessageDescriptor> = {
  NONE: msg({ message: 'None', context: 'indicator transform' }),
  SQRT: msg({ message: 'Square root', context: 'indicator transform' }),
  LOG: msg({ message: 'Logarithm', context: 'indicator transform' }),
};

export const observationFlagLabels: Record<ObservationFlag, MessageDescriptor> = {
  ESTIMATED: msg`Estimated`,
  BREAK_IN_SERIES: msg`Break in series`,
  PROVISIONAL: msg`Provisional`,
  DEMO: msg`Demo data`,
};

export const normalisationLabels: Record<Normalisation, MessageDescriptor> = {
  MIN_MAX: msg`Min–max (0 to 1)`,
  Z_SCORE: msg`z-score`,
  RANK: msg`Rank`,
  DISTANCE_TO_MEAN: msg`Distance to the mean`,
};

export const aggregationLabels: Record<Aggregation, MessageDescriptor> = {
  ARITHMETIC: msg`Arithmetic mean (compensatory)`,
  GEOMETRIC: msg`Geometric mean (less compensatory)`,
};

export const performanceGroupLabels: Record<PerformanceGroupName, MessageDescriptor> = {
  LEADER: msg({ message: 'Leader', context: 'performance group' }),
  STRONG: msg({ message: 'Strong', context: 'performance group' }),
  MODERATE: msg({ message: 'Moderate', context: 'performance group' }),
  EMERGING: msg({ message: 'Emerging', context: 'performance group' }),
};

export const performanceSubgroupLabels: Record<PerformanceSubgroup, string> = {
  PLUS: '+',
  MIDDLE: '',
  MINUS: '−',
};

export const importActionLabels: Record<ImportAction, MessageDescriptor> = {
  INSERT: msg({ message: 'Insert', context: 'import row action' }),
  UPDATE: msg({ message: 'Update', context: 'import row action' }),
  UNCHANGED: msg({ message: 'Unchanged', context: 'import row action' }),
};

export const clusterStageLabels: Record<ClusterStage, MessageDescriptor> = {
  EMERGING: msg({ message: 'Emerging', context: 'cluster life-cycle stage' }),
  GROWTH: msg({ message: 'Growth', context: 'cluster life-cycle stage' }),
  MATURE: msg({ message: 'Mature', context: 'cluster life-cycle stage' }),
  DECLINING: msg({ message: 'Declining', context: 'cluster life-cycle stage' }),
};

export const qualityLabelLabels: Record<QualityLabel, MessageDescriptor> = {
  NONE: msg`No label`,
  BRONZE: msg`ESCA Bronze`,
  SILVER: msg`ESCA Silver`,
  GOLD: msg`ESCA Gold`,
};

export const fileFormatLabels: Record<FileFormat, MessageDescriptor> = {
  CSV: msg`CSV`,
  XLSX: msg`Excel (XLSX)`,
};

export const instrumentLabels: Record<Instrument, MessageDescriptor> = {
  GRANT: msg({ message: 'Grant', context: 'policy instrument' }),
  VOUCHER: msg({ message: 'Voucher', context: 'policy instrument' }),
  LOAN_OR_GUARANTEE: msg({ message: 'Loan or guarantee', context: 'policy instrument' }),
  EQUITY: msg({ message: 'Equity', context: 'policy instrument' }),
  TAX_INCENTIVE: msg({ message: 'Tax incentive', context: 'policy instrument' }),
  NETWORKING_PROGRAMME: msg({ message: 'Networking programme', context: 'policy instrument' }),
  TRAINING: msg({ message: 'Training', context: 'policy instrument' }),
  INFRASTRUCTURE: msg({ message: 'Infrastructure', context: 'policy instrument' }),
  ADVISORY_SERVICE: msg({ message: 'Advisory service', context: 'policy instrument' }),
  INTERNATIONALISATION_SUPPORT: msg({ message: 'Internationalisation support', context: 'policy instrument' }),
  REGULATION: msg({ message: 'Regulation', context: 'policy instrument' }),
  PUBLIC_PROCUREMENT: msg({ message: 'Public procurement', context: 'policy instrument' }),
};

export const targetGroupLabels: Record<TargetGroup, MessageDescriptor> = {
  SMES: msg({ message: 'SMEs', context: 'target group' }),
  START_UPS: msg({ message: 'Start-ups', context: 'target group' }),
  LARGE_ENTERPRISES: msg({ message: 'Large enterprises', context: 'target group' }),
  CLUSTER_ORGANISATIONS: msg({ message: 'Cluster organisations', context: 'target group' }),
  RESEARCH_ORGANISATIONS: msg({ message: 'Research organisations', context: 'target group' }),
  UNIVERSITIES: msg({ message: 'Universities', context: 'target group' }),
  PUBLIC_AUTHORITIES: msg({ message: 'Public authorities', context: 'target group' }),
  INVESTORS: msg({ message: 'Investors', context: 'target group' }),
  WORKERS_AND_JOB_SEEKERS: msg({ message: 'Workers and job seekers', context: 'target group' }),
  STUDENTS: msg({ message: 'Students', context: 'target group' }),
};

export const practiceStatusLabels: Record<PracticeStatus, MessageDescriptor> = {
  DRAFT: msg({ message: 'Draft', context: 'practice status' }),
  SUBMITTED: msg({ message: 'Submitted', context: 'practice status' }),
  CHANGES_REQUESTED: msg({ message: 'Changes requested', context: 'practice status' }),
  PUBLISHED: msg({ message: 'Published', context: 'practice status' }),
  REJECTED: msg({ message: 'Rejected', context: 'practice status' }),
  ARCHIVED: msg({ message: 'Archived', context: 'practice status' }),
};

export const practiceActionLabels: Record<PracticeAction, MessageDescriptor> = {
  EDIT: msg({ message: 'Edit', context: 'practice workflow action' }),
  SUBMIT: msg({ message: 'Submit for validation', context: 'practice workflow action' }),
  REQUEST_CHANGES: msg({ message: 'Request changes', context: 'practice workflow action' }),
  PUBLISH: msg({ message: 'Publish', context: 'practice workflow action' }),
  REJECT: msg({ message: 'Reject', context: 'practice workflow action' }),
  ARCHIVE: msg({ message: 'Archive', context: 'practice workflow action' }),
};

/** Each language in its own name (a language picker's options): not translated by design. */
export const languageLabels: Record<string, string> = {
  en: 'English',
  it: 'Italiano',
  ro: 'Română',
  el: 'Ελληνικά',
  hu: 'Magyar',
  sr: 'Srpski',
  de: 'Deutsch',
  sl: 'Slovenščina',
  hr: 'Hrvatski',
  bg: 'Български',
  sk: 'Slovenčina',
};
