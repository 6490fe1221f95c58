// The typed documents both browser apps use, and the schema types they need. Result and
// variable types of an operation come from its document: ResultOf<typeof PartnerListQuery>.
export * from './documents/session';
export * from './documents/partner';
export * from './documents/user';
export * from './documents/partnership';
export * from './documents/indicator';
export * from './documents/data';
export * from './documents/benchmarking';
export * from './documents/practice';
export * from './documents/audit';
export * from './documents/learning-cycle';
export * from './documents/training';
export * from './documents/foresight';
export type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
export type {
  CriterionScoreInput,
  QuestionKind,
  ResourceKind,
  SaveQuizQuestionInput,
  SaveTrainingLessonInput,
  SaveTrainingModuleInput,
  TrainingStatus,
  Ris3Step,
  Aggregation,
  ForesightExerciseStatus,
  ForesightItemKind,
  ForesightMethod,
  PanelSessionFieldsFragment,
  StakeholderType,
  AuditEntryRowFragment,
  AuditFilter,
  BenchmarkOptions,
  ChangeUserRoleInput,
  ClusterStage,
  CycleCardFragment,
  CycleStoryFragment,
  EvaluationDecision,
  KpiStatus,
  LearningMove,
  LearningStage,
  MeasureFieldsFragment,
  MeasureIndicatorInput,
  MeasureIndicatorKind,
  PeerReviewFieldsFragment,
  PilotFieldsFragment,
  PilotStatus,
  CreateIndicatorInput,
  CreatePartnerInput,
  DevelopmentArea,
  DimensionWeightInput,
  FileFormat,
  Fund,
  ImportAction,
  ImportBatchRowFragment,
  ImportPreviewResultFragment,
  IndicatorFilter,
  IndicatorKind,
  IndicatorRowFragment,
  IndicatorTransform,
  IndicatorWeightInput,
  Instrument,
  CreatePracticeInput,
  UpdatePracticeInput,
  ManagedPracticeFilter,
  PracticeFilter,
  PracticeSort,
  PracticeStatus,
  PracticeAction,
  TargetGroup,
  InviteUserInput,
  Normalisation,
  ObservationFilter,
  ObservationFlag,
  PartnerFilter,
  PartnerOrder,
  PartnerRole,
  PartnerRowFragment,
  PartnerSortField,
  PartnerType,
  PerformanceGroupName,
  PerformanceSubgroup,
  Polarity,
  QualityLabel,
  Role,
  SortDirection,
  UpdateIndicatorInput,
  UpdatePartnerInput,
  UserFilter,
  UserRowFragment,
} from './gql/graphql';
export { persistedHash } from './persisted';
