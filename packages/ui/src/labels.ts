import type {
  Aggregation,
  ClusterStage,
  DevelopmentArea,
  FileFormat,
  Fund,
  ImportAction,
  IndicatorKind,
  IndicatorTransform,
  Normalisation,
  ObservationFlag,
  PartnerRole,
  PartnerType,
  PerformanceGroupName,
  PerformanceSubgroup,
  Polarity,
  QualityLabel,
  Role,
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
