import type { DataSource } from 'typeorm';
import { createUserByIdLoader } from '../modules/auth/user.loader';
import { createClustersByRegionLoader } from '../modules/cluster/cluster.loader';
import { createIndicatorByIdLoader, createIndicatorStatsLoader } from '../modules/indicator/indicator.loader';
import { createPartnerByIdLoader, createPartnersByRegionLoader } from '../modules/partner/partner.loader';
import { createOpenRevisionLoader, createPracticeEventsLoader } from '../modules/practice/practice.loader';
import { createRegionByIdLoader } from '../modules/region/region.loader';

/** Per-request DataLoaders: made fresh for every request so nothing is cached across users. */
export function createLoaders(ds: DataSource) {
  return {
    regionById: createRegionByIdLoader(ds),
    partnerById: createPartnerByIdLoader(ds),
    partnersByRegion: createPartnersByRegionLoader(ds),
    clustersByRegion: createClustersByRegionLoader(ds),
    indicatorById: createIndicatorByIdLoader(ds),
    indicatorStats: createIndicatorStatsLoader(ds),
    userById: createUserByIdLoader(ds),
    openRevision: createOpenRevisionLoader(ds),
    practiceEvents: createPracticeEventsLoader(ds),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
