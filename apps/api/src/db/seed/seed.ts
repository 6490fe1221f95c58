import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../../config/env';
import { UserEntity } from '../../modules/auth/user.entity';
import { hashPassword } from '../../modules/auth/password';
import { PartnerEntity } from '../../modules/partner/partner.entity';
import { RegionEntity } from '../../modules/region/region.entity';
import { PARTNER_SEEDS } from './partners.seed';
import { regionSeeds } from './regions.seed';

export interface SeedSummary {
  regions: number;
  partners: number;
  adminCreated: boolean;
}

/**
 * Reference data (regions) always; the bootstrap admin from ADMIN_EMAIL/ADMIN_PASSWORD when no
 * user has that email; the demo partnership when SEED_DEMO_DATA is on and there are no partners
 * yet. Idempotent: a second run adds nothing. One transaction.
 */
export async function seedDatabase(dataSource: DataSource, config: Config, opts: { force?: boolean } = {}): Promise<SeedSummary> {
  const passwordHash = await hashPassword(config.adminPassword);
  return dataSource.transaction(async (em) => {
    const regions = await seedRegions(em);
    const partners = config.seedDemoData || opts.force ? await seedPartners(em) : 0;
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
    return { regions, partners, adminCreated };
  });
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
