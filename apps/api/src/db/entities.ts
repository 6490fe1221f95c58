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
];
