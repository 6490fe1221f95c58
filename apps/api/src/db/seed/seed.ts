import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../../config/env';
import { UserEntity } from '../../modules/auth/user.entity';
import { hashPassword } from '../../modules/auth/password';
import { PartnerEntity } from '../../modules/partner/partner.entity';
import { RegionEntity } from '../../modules/region/region.entity';
import { ClusterEntity, SectorEmploymentEntity } from '../../modules/cluster/cluster.entity';
import { IndicatorEntity } from '../../modules/indicator/indicator.entity';
import { ObservationEntity } from '../../modules/observation/observation.entity';
import { CLUSTER_SEEDS } from './clusters.seed';
import { INDICATOR_SEEDS, observationSeeds, sectorEmploymentSeeds } from './indicators.seed';
import { INDICATOR_TRANSLATIONS } from './indicator-translations';
import { PARTNER_SEEDS } from './partners.seed';
import { seedPractices } from './practices.seed-runner';
import { regionSeeds } from './regions.seed';
import { seedLearningCycles } from './learning-cycles.seeder';
import { seedSelfAssessments, seedTraining } from './training.seeder';
import { seedForesight } from './foresight.seeder';

export interface SeedSummary {
  regions: number;
  partners: number;
  indicators: number;
  observations: number;
  clusters: number;
  practices: number;
  adminCreated: boolean;
  cycles?: number;
  trainingModules?: number;
  selfAssessments?: number;
  foresightExercises?: number;
}

/**
 * Reference data (regions) always; the bootstrap admin from ADMIN_EMAIL/ADMIN_PASSWORD when no
 * user has that email; the demo partnership when SEED_DEMO_DATA is on and there are no partners
 * yet. Idempotent: a second run adds nothing. One transaction.
 */
export async function seedDatabase(dataSource: DataSource, config: Config, opts: { force?: boolean } = {}): Promise<SeedSummary> {
  const passwordHash = await hashPassword(config.adminPassword);
  const summary = await dataSource.transaction(async (em) => {
    const regions = await seedRegions(em);
    const demo = config.seedDemoData || Boolean(opts.force);
    const partners = demo ? await seedPartners(em) : 0;
    const data = demo ? await seedIndicatorData(em) : { indicators: 0, observations: 0, clusters: 0 };
    const practices = demo ? await seedPractices(em) : 0;
    const users = em.getRepository(UserEntity);
    let adminCreated = false;
    if (!(await users.exists({ where: { email: config.adminEmail } }))) {
      await users.insert({
        email: config.adminEmail,
        name: 'Platform administrator',
        role: 'ADMIN',
        passwordHash,
        active: true,
      });
      adminCreated = true;
    }
    return { regions, partners, ...data, practices, adminCreated };
  });
  // The demo cycles need benchmark snapshots, computed outside the transaction above.
  const demo = config.seedDemoData || Boolean(opts.force);
  const cycles = demo ? await seedLearningCycles(dataSource) : 0;
  // The training package, then the partnership's demo RIS3 self-assessments of the demo cycles.
  const training = demo
    ? await dataSource.transaction(async (em) => ({ trainingModules: await seedTraining(em), selfAssessments: await seedSelfAssessments(em) }))
    : { trainingModules: 0, selfAssessments: 0 };
  const foresightExercises = demo ? await seedForesight(dataSource) : 0;
  return { ...summary, cycles, ...training, foresightExercises };
}

async function seedRegions(em: EntityManager): Promise<number> {
  const repo = em.getRepository(RegionEntity);
  const existing = new Set((await repo.find({ select: { code: true } })).map((r) => r.code));
  const missing = regionSeeds().filter((r) => !existing.has(r.code));
  if (missing.length > 0) await repo.insert(missing);
  return missing.length;
}

async function seedPartners(em: EntityManager): Promise<number> {
  const repo = em.getRepository(PartnerEntity);
  if ((await repo.count()) > 0) return 0;
  const regions = new Map((await em.getRepository(RegionEntity).find()).map((r) => [r.code, r.id]));
  await repo.insert(
    PARTNER_SEEDS.map(({ regionCode, ...p }) => {
      const regionId = regions.get(regionCode);
      if (!regionId) throw new Error(`partner seed: unknown region ${regionCode}`);
      return { ...p, regionId };
    }),
  );
  return PARTNER_SEEDS.length;
}

/** The demo indicator set, clusters and sector employment, when no indicator exists yet. */
async function seedIndicatorData(em: EntityManager): Promise<{ indicators: number; observations: number; clusters: number }> {
  if ((await em.getRepository(IndicatorEntity).count()) > 0) return { indicators: 0, observations: 0, clusters: 0 };
  const regions = await em.getRepository(RegionEntity).find();
  const regionId = new Map(regions.map((r) => [r.code, r.id]));
  const inserted = await em.getRepository(IndicatorEntity).insert(INDICATOR_SEEDS.map((i) => ({ ...i, translations: INDICATOR_TRANSLATIONS[i.code] ?? {} })));
  const indicatorId = new Map(INDICATOR_SEEDS.map((i, k) => [i.code, inserted.identifiers[k]!.id as string]));
  const rows = observationSeeds(regions.map((r) => r.code)).map((o) => ({
    indicatorId: indicatorId.get(o.indicator)!,
    regionId: regionId.get(o.region)!,
    clusterId: null,
    year: o.year,
    value: o.value,
    flag: o.flag,
    source: o.source,
  }));
  for (let i = 0; i < rows.length; i += 1000) await em.getRepository(ObservationEntity).insert(rows.slice(i, i + 1000));
  const employment = sectorEmploymentSeeds(regions.map((r) => r.code)).map((e) => ({
    regionId: regionId.get(e.region)!,
    sector: e.sector,
    year: e.year,
    employees: e.employees,
    isDemo: true,
  }));
  for (let i = 0; i < employment.length; i += 1000) await em.getRepository(SectorEmploymentEntity).insert(employment.slice(i, i + 1000));
  await em.getRepository(ClusterEntity).insert(
    CLUSTER_SEEDS.map(({ regionCode, ...c }) => ({ ...c, regionId: regionId.get(regionCode)!, isDemo: true })),
  );
  return { indicators: INDICATOR_SEEDS.length, observations: rows.length, clusters: CLUSTER_SEEDS.length };
}
