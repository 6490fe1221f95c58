import { AuditLogEntity } from '../modules/audit/audit-log.entity';
import { LoginThrottleEntity } from '../modules/auth/login-throttle.entity';
import { RateLimitEntity } from '../modules/rate-limit/rate-limit.entity';
import { LoginAttemptEntity } from '../modules/auth/login-attempt.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { UserEntity } from '../modules/auth/user.entity';
import { ClusterEntity, SectorEmploymentEntity } from '../modules/cluster/cluster.entity';
import { ImportBatchEntity } from '../modules/data-import/import-batch.entity';
import { IndicatorEntity } from '../modules/indicator/indicator.entity';
import { ObservationEntity } from '../modules/observation/observation.entity';
import { OutboxEntity } from '../modules/notification/outbox.entity';
import { PartnerEntity } from '../modules/partner/partner.entity';
import { PracticeEntity, PracticeEventEntity, PracticeRevisionEntity } from '../modules/practice/practice.entity';
import { RegionEntity } from '../modules/region/region.entity';
import { ActionMeasureEntity, MeasureIndicatorEntity } from '../modules/learning-cycle/action-plan.entity';
import {
  BenchmarkSnapshotEntity,
  CycleEvaluationEntity,
  CycleTransferEntity,
  LearningCycleEntity,
  LearningCycleTransitionEntity,
  RegionalAssessmentEntity,
} from '../modules/learning-cycle/learning-cycle.entity';
import { PeerReviewEntity, PeerReviewTodoEntity } from '../modules/learning-cycle/peer-review.entity';
import { KpiReadingEntity, PilotActionEntity } from '../modules/learning-cycle/pilot-action.entity';
import { FORESIGHT_ENTITIES } from '../modules/foresight/foresight.entity';

import {
  QuizAttemptEntity,
  QuizQuestionEntity,
  Ris3SelfAssessmentEntity,
  TrainingCertificateEntity,
  TrainingLessonEntity,
  TrainingModuleEntity,
  TrainingProgressEntity,
} from '../modules/training/training.entity';

export const ENTITIES = [
  RegionEntity,
  PartnerEntity,
  UserEntity,
  SessionEntity,
  LoginAttemptEntity,
  IndicatorEntity,
  ClusterEntity,
  SectorEmploymentEntity,
  ImportBatchEntity,
  ObservationEntity,
  PracticeEntity,
  PracticeRevisionEntity,
  PracticeEventEntity,
  OutboxEntity,
  LoginThrottleEntity,
  RateLimitEntity,
  AuditLogEntity,
  LearningCycleEntity,
  LearningCycleTransitionEntity,
  RegionalAssessmentEntity,
  BenchmarkSnapshotEntity,
  ActionMeasureEntity,
  MeasureIndicatorEntity,
  PeerReviewEntity,
  PeerReviewTodoEntity,
  PilotActionEntity,
  KpiReadingEntity,
  CycleEvaluationEntity,
  CycleTransferEntity,
  TrainingModuleEntity,
  TrainingLessonEntity,
  QuizQuestionEntity,
  QuizAttemptEntity,
  TrainingProgressEntity,
  TrainingCertificateEntity,
  Ris3SelfAssessmentEntity,
  ...FORESIGHT_ENTITIES,
];
