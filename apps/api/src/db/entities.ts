import { LoginAttemptEntity } from '../modules/auth/login-attempt.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { UserEntity } from '../modules/auth/user.entity';
import { PartnerEntity } from '../modules/partner/partner.entity';
import { RegionEntity } from '../modules/region/region.entity';

export const ENTITIES = [RegionEntity, PartnerEntity, UserEntity, SessionEntity, LoginAttemptEntity];
