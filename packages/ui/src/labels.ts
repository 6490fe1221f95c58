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

// Display names of the schema's enums, kept together so translation can replace them later.
export const partnerTypeLabels: Record<PartnerType, string> = {
  NATIONAL_AUTHORITY: 'National authority',
  REGIONAL_AUTHORITY: 'Regional authority',
  REGIONAL_DEVELOPMENT_AGENCY: 'Regional development agency',
  RESEARCH_INSTITUTE: 'Research institute / university',
  INNOVATION_AGENCY: 'Innovation agency',
  CLUSTER_ASSOCIATION: 'Cluster association',
};

export const partnerRoleLabels: Record<PartnerRole, string> = {
  LEAD_PARTNER: 'Lead partner',
  PARTNER: 'Partner',
  IPA_PARTNER: 'IPA partner',
  OBSERVER: 'Observer',
};

export const fundLabels: Record<Fund, string> = {
  ERDF: 'ERDF',
  IPA: 'IPA',
};

export const userRoleLabels: Record<Role, string> = {
  ADMIN: 'Administrator',
  PARTNER_EDITOR: 'Partner editor',
};

/** Options for a <select>, in the order the labels are declared. */
export function optionsOf<K extends string>(labels: Record<K, string>): Array<{ value: K; label: string }> {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}

export const developmentAreaLabels: Record<DevelopmentArea, string> = {
  INNOVATION_RD: 'Innovation and R&D',
  SUSTAINABLE_DEVELOPMENT: 'Sustainable development',
  INTERNATIONAL_COOPERATION: 'International cooperation',
  FINANCIAL_FRAMEWORK: 'Financial framework',
  SPECIALISATION: 'Specialisation',
  SKILLS_AND_JOBS: 'Skills and jobs',
  MULTILEVEL_GOVERNANCE: 'Multilevel governance',
};

export const indicatorKindLabels: Record<IndicatorKind, string> = {
  PERFORMANCE: 'Performance',
  STRUCTURAL: 'Structural',
};

export const polarityLabels: Record<Polarity, string> = {
  HIGHER_IS_BETTER: 'Higher is better',
  LOWER_IS_BETTER: 'Lower is better',
};

export const indicatorTransformLabels: Record<IndicatorTransform, string> = {
  NONE: 'None',
  SQRT: 'Square root',
  LOG: 'Logarithm',
};

export const observationFlagLabels: Record<ObservationFlag, string> = {
  ESTIMATED: 'Estimated',
  BREAK_IN_SERIES: 'Break in series',
  PROVISIONAL: 'Provisional',
  DEMO: 'Demo data',
};

export const normalisationLabels: Record<Normalisation, string> = {
  MIN_MAX: 'Min–max (0 to 1)',
  Z_SCORE: 'z-score',
  RANK: 'Rank',
  DISTANCE_TO_MEAN: 'Distance to the mean',
};

export const aggregationLabels: Record<Aggregation, string> = {
  ARITHMETIC: 'Arithmetic mean (compensatory)',
  GEOMETRIC: 'Geometric mean (less compensatory)',
};

export const performanceGroupLabels: Record<PerformanceGroupName, string> = {
  LEADER: 'Leader',
  STRONG: 'Strong',
  MODERATE: 'Moderate',
  EMERGING: 'Emerging',
};

export const performanceSubgroupLabels: Record<PerformanceSubgroup, string> = {
  PLUS: '+',
  MIDDLE: '',
  MINUS: '−',
};

export const importActionLabels: Record<ImportAction, string> = {
  INSERT: 'Insert',
  UPDATE: 'Update',
  UNCHANGED: 'Unchanged',
};

export const clusterStageLabels: Record<ClusterStage, string> = {
  EMERGING: 'Emerging',
  GROWTH: 'Growth',
  MATURE: 'Mature',
  DECLINING: 'Declining',
};

export const qualityLabelLabels: Record<QualityLabel, string> = {
  NONE: 'No label',
  BRONZE: 'ESCA Bronze',
  SILVER: 'ESCA Silver',
  GOLD: 'ESCA Gold',
};

export const fileFormatLabels: Record<FileFormat, string> = {
  CSV: 'CSV',
  XLSX: 'Excel (XLSX)',
};

export const instrumentLabels: Record<Instrument, string> = {
  GRANT: 'Grant',
  VOUCHER: 'Voucher',
  LOAN_OR_GUARANTEE: 'Loan or guarantee',
  EQUITY: 'Equity',
  TAX_INCENTIVE: 'Tax incentive',
  NETWORKING_PROGRAMME: 'Networking programme',
  TRAINING: 'Training',
  INFRASTRUCTURE: 'Infrastructure',
  ADVISORY_SERVICE: 'Advisory service',
  INTERNATIONALISATION_SUPPORT: 'Internationalisation support',
  REGULATION: 'Regulation',
  PUBLIC_PROCUREMENT: 'Public procurement',
};

export const targetGroupLabels: Record<TargetGroup, string> = {
  SMES: 'SMEs',
  START_UPS: 'Start-ups',
  LARGE_ENTERPRISES: 'Large enterprises',
  CLUSTER_ORGANISATIONS: 'Cluster organisations',
  RESEARCH_ORGANISATIONS: 'Research organisations',
  UNIVERSITIES: 'Universities',
  PUBLIC_AUTHORITIES: 'Public authorities',
  INVESTORS: 'Investors',
  WORKERS_AND_JOB_SEEKERS: 'Workers and job seekers',
  STUDENTS: 'Students',
};

export const practiceStatusLabels: Record<PracticeStatus, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  CHANGES_REQUESTED: 'Changes requested',
  PUBLISHED: 'Published',
  REJECTED: 'Rejected',
  ARCHIVED: 'Archived',
};

export const practiceActionLabels: Record<PracticeAction, string> = {
  EDIT: 'Edit',
  SUBMIT: 'Submit for validation',
  REQUEST_CHANGES: 'Request changes',
  PUBLISH: 'Publish',
  REJECT: 'Reject',
  ARCHIVE: 'Archive',
};

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
