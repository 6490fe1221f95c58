import type { DataSource } from 'typeorm';
import type { Config } from '../config/env';
import type { Logger } from '../logging/logger';
import type { AuditService } from '../modules/audit/audit.service';
import type { AuthUser, RequestMeta } from '../modules/auth/auth-user';
import type { AuthService } from '../modules/auth/auth.service';
import type { createUserByIdLoader } from '../modules/auth/user.loader';
import type { UserService } from '../modules/auth/user.service';
import type { BenchmarkService } from '../modules/benchmark/benchmark.service';
import type { createClustersByRegionLoader } from '../modules/cluster/cluster.loader';
import type { ClusterService } from '../modules/cluster/cluster.service';
import type { ImportService } from '../modules/data-import/import.service';
import type { createIndicatorByIdLoader, createIndicatorStatsLoader } from '../modules/indicator/indicator.loader';
import type { IndicatorService } from '../modules/indicator/indicator.service';
import type { createLearningCycleLoaders } from '../modules/learning-cycle/learning-cycle.loader';
import type { LearningCycleService } from '../modules/learning-cycle/learning-cycle.service';
import type { ObservationService } from '../modules/observation/observation.service';
import type { createPartnerByIdLoader, createPartnersByRegionLoader } from '../modules/partner/partner.loader';
import type { PartnerService } from '../modules/partner/partner.service';
import type { createRegionByIdLoader } from '../modules/region/region.loader';
import type { RegionService } from '../modules/region/region.service';
import type { createOpenRevisionLoader, createPracticeEventsLoader } from '../modules/practice/practice.loader';
import type { PracticeService } from '../modules/practice/practice.service';
import type { TrainingService } from '../modules/training/training.service';
import type { createForesightLoaders } from '../modules/foresight/foresight.loader';
import type { ForesightService } from '../modules/foresight/foresight.service';
import type { PanelService } from '../modules/foresight/panel.service';
import type { ForesightLive } from '../modules/foresight/foresight-live';

/**
 * The services resolvers may call. Declared here (not inferred from the composition root) so
 * the context depends on the modules only and the composition root on everything: no cycle.
 */
export interface Services {
  auth: AuthService;
  users: UserService;
  partners: PartnerService;
  regions: RegionService;
  indicators: IndicatorService;
  observations: ObservationService;
  imports: ImportService;
  benchmarks: BenchmarkService;
  clusters: ClusterService;
  audit: AuditService;
  learningCycles: LearningCycleService;
  practices: PracticeService;
  training: TrainingService;
  foresight: ForesightService;
  panel: PanelService;
  foresightLive: ForesightLive;
}

/** Per-request DataLoaders (made by `createLoaders` in the composition root). */
export type Loaders = LoadersOfModules & ReturnType<typeof createLearningCycleLoaders> & ReturnType<typeof createForesightLoaders>;

interface LoadersOfModules {
  openRevision: ReturnType<typeof createOpenRevisionLoader>;
  practiceEvents: ReturnType<typeof createPracticeEventsLoader>;
  regionById: ReturnType<typeof createRegionByIdLoader>;
  partnerById: ReturnType<typeof createPartnerByIdLoader>;
  partnersByRegion: ReturnType<typeof createPartnersByRegionLoader>;
  clustersByRegion: ReturnType<typeof createClustersByRegionLoader>;
  indicatorById: ReturnType<typeof createIndicatorByIdLoader>;
  indicatorStats: ReturnType<typeof createIndicatorStatsLoader>;
  userById: ReturnType<typeof createUserByIdLoader>;
}

export interface Context {
  requestId: string;
  logger: Logger;
  config: Config;
  dataSource: DataSource;
  services: Services;
  loaders: Loaders;
  user: AuthUser | null;
  sessionId: string | null;
  request: RequestMeta;
  /** A foresight panellist's invitation token from the `X-Panel-Token` header (the `token` argument wins). */
  panelToken?: string | null;
  /** The request's locale (`Accept-Language`, one of the platform's locales, else `en`). */
  locale: string;
  /** Sets the httpOnly session cookie on the response. */
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}
