/*
 * The composition root: the one module that knows every feature. It wires the services, the
 * per-request DataLoaders and the schema's resolvers. Only the entry points import it (the HTTP
 * server and the schema emitter); modules never do, so dependencies point one way:
 * composition root -> modules -> common.
 *
 * A new feature adds its service to `createServices` (and its type to `Services` in
 * graphql/context.ts), its loaders to `createLoaders` and its resolver to `RESOLVERS`.
 */
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Config } from './config/env';
import type { Loaders, Services } from './graphql/context';
import { buildSchemaFor } from './graphql/schema';
import { auditMutations } from './modules/audit/audit-mutations';
import { AuditResolver } from './modules/audit/audit.resolver';
import { AuditService } from './modules/audit/audit.service';
import { AuthResolver } from './modules/auth/auth.resolver';
import { AuthService } from './modules/auth/auth.service';
import { createUserByIdLoader } from './modules/auth/user.loader';
import { UserService } from './modules/auth/user.service';
import { BenchmarkResolver } from './modules/benchmark/benchmark.resolver';
import { BenchmarkService } from './modules/benchmark/benchmark.service';
import { createClustersByRegionLoader } from './modules/cluster/cluster.loader';
import { ClusterResolver } from './modules/cluster/cluster.resolver';
import { ClusterService } from './modules/cluster/cluster.service';
import { ImportResolver } from './modules/data-import/import.resolver';
import { ImportService } from './modules/data-import/import.service';
import { createIndicatorByIdLoader, createIndicatorStatsLoader } from './modules/indicator/indicator.loader';
import { IndicatorResolver } from './modules/indicator/indicator.resolver';
import { IndicatorService } from './modules/indicator/indicator.service';
import { createLearningCycleLoaders } from './modules/learning-cycle/learning-cycle.loader';
import {
  ActionMeasureResolver,
  LearningCycleResolver,
  PeerMatchResolver,
  CycleTransferResolver,
  PeerReviewResolver,
  PilotActionResolver,
} from './modules/learning-cycle/learning-cycle.resolver';
import { LearningCycleService } from './modules/learning-cycle/learning-cycle.service';
import { ObservationResolver } from './modules/observation/observation.resolver';
import { ObservationService } from './modules/observation/observation.service';
import { createPartnerByIdLoader, createPartnersByRegionLoader } from './modules/partner/partner.loader';
import { PartnerResolver } from './modules/partner/partner.resolver';
import { PartnerService } from './modules/partner/partner.service';
import { createRegionByIdLoader } from './modules/region/region.loader';
import { RegionResolver } from './modules/region/region.resolver';
import { createOpenRevisionLoader, createPracticeEventsLoader } from './modules/practice/practice.loader';
import { PracticeEventResolver, PracticeResolver, PracticeResultResolver, PracticeRevisionResolver, PracticeSearchResolver } from './modules/practice/practice.resolver';
import { PracticeService } from './modules/practice/practice.service';
import { RegionService } from './modules/region/region.service';
import { TrainingResolver } from './modules/training/training.resolver';
import { TrainingService } from './modules/training/training.service';
import { createForesightLoaders } from './modules/foresight/foresight.loader';
import { ForesightExerciseResolver, ForesightLiveResolver, PanelResolver } from './modules/foresight/foresight.resolver';
import { ForesightService } from './modules/foresight/foresight.service';
import { PanelService } from './modules/foresight/panel.service';
import { ForesightLive } from './modules/foresight/foresight-live';
import { createLogger } from './logging/logger';

/** Stateless services shared by all requests of a process (state lives in the database). */
export function createServices(ds: DataSource, config: Config): Services {
  const auth = new AuthService(ds, config);
  const observations = new ObservationService(ds);
  const benchmarks = new BenchmarkService(ds, config.benchmarkCacheSize);
  const practices = new PracticeService(ds, benchmarks);
  const foresight = new ForesightService(ds);
  // Committed changes are NOTIFYed; every instance that started its ForesightLive LISTENs.
  const foresightLive = new ForesightLive(ds, createLogger(config.logLevel));
  foresight.onChange((change) => foresightLive.publish(change));
  return {
    auth,
    users: new UserService(ds, auth),
    partners: new PartnerService(ds),
    regions: new RegionService(ds),
    indicators: new IndicatorService(ds),
    observations,
    imports: new ImportService(ds, observations),
    benchmarks,
    clusters: new ClusterService(ds),
    audit: new AuditService(ds),
    learningCycles: new LearningCycleService(ds, benchmarks, practices),
    practices,
    training: new TrainingService(ds, config, auth),
    foresight,
    panel: new PanelService(ds, foresight),
    foresightLive,
  };
}

/** Per-request DataLoaders: made fresh for every request so nothing is cached across users. */
export function createLoaders(ds: DataSource): Loaders {
  return {
    regionById: createRegionByIdLoader(ds),
    partnerById: createPartnerByIdLoader(ds),
    partnersByRegion: createPartnersByRegionLoader(ds),
    clustersByRegion: createClustersByRegionLoader(ds),
    indicatorById: createIndicatorByIdLoader(ds),
    indicatorStats: createIndicatorStatsLoader(ds),
    userById: createUserByIdLoader(ds),
    ...createLearningCycleLoaders(ds),
    openRevision: createOpenRevisionLoader(ds),
    practiceEvents: createPracticeEventsLoader(ds),
    ...createForesightLoaders(ds),
  };
}

export const RESOLVERS = [
  AuthResolver,
  PartnerResolver,
  RegionResolver,
  IndicatorResolver,
  ObservationResolver,
  BenchmarkResolver,
  ClusterResolver,
  ImportResolver,
  AuditResolver,
  LearningCycleResolver,
  ActionMeasureResolver,
  PilotActionResolver,
  PeerReviewResolver,
  PeerMatchResolver,
  CycleTransferResolver,
  PracticeResolver,
  PracticeSearchResolver,
  PracticeResultResolver,
  PracticeRevisionResolver,
  PracticeEventResolver,
  TrainingResolver,
  ForesightExerciseResolver,
  PanelResolver,
  ForesightLiveResolver,
] as const;

/** The API's schema from every feature's resolvers; every mutation of a signed-in user is audited. */
export const buildApiSchema = (): Promise<GraphQLSchema> => buildSchemaFor(RESOLVERS).then(auditMutations);
