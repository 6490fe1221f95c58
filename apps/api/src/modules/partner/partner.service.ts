import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { AppError, FieldErrors } from '../../common/app-error';
import { rejectExplicitNulls } from '../../common/update-input';
import { keysetPage, type KeysetKey } from '../../db/keyset-page';
import { inTransaction } from '../../db/unit-of-work';
import { UserEntity } from '../auth/user.entity';
import { countryByCode } from '../region/country';
import { RegionEntity } from '../region/region.entity';
import { PartnerEntity } from './partner.entity';
import type { CreatePartnerInput, PartnerFilter, PartnerOrder, UpdatePartnerInput } from './partner.inputs';
import { Partner, PartnerRole, PartnerSortField, SortDirection, type PartnerConnection } from './partner.type';

/** Sort keys; nullable columns are coalesced so keyset comparison stays total. */
const SORT: Record<PartnerSortField, KeysetKey> = {
  [PartnerSortField.NAME]: { expr: 'lower(p.name)', cast: 'text' },
  [PartnerSortField.ACRONYM]: { expr: "lower(coalesce(p.acronym, ''))", cast: 'text' },
  [PartnerSortField.COUNTRY]: { expr: 'p.country', cast: 'text' },
  [PartnerSortField.TYPE]: { expr: 'p.type', cast: 'text' },
  [PartnerSortField.ROLE]: { expr: 'p.role', cast: 'text' },
  [PartnerSortField.BUDGET]: { expr: 'coalesce(p.budget_eur, -1)', cast: 'double precision' },
  [PartnerSortField.CREATED_AT]: { expr: 'p.created_at', cast: 'timestamptz' },
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);

export class PartnerService {
  constructor(private readonly dataSource: DataSource) {}

  async list(args: { filter?: PartnerFilter; orderBy?: PartnerOrder; first: number; after?: string }): Promise<PartnerConnection> {
    const order = args.orderBy ?? { field: PartnerSortField.NAME, direction: SortDirection.ASC };
    const filtered = () => {
      const qb = this.dataSource.getRepository(PartnerEntity).createQueryBuilder('p');
      const f = args.filter;
      if (f?.countries?.length) qb.andWhere('p.country IN (:...countries)', { countries: f.countries });
      if (f?.types?.length) qb.andWhere('p.type IN (:...types)', { types: f.types });
      if (f?.roles?.length) qb.andWhere('p.role IN (:...roles)', { roles: f.roles });
      const search = f?.search?.trim();
      if (search) {
        qb.andWhere("(p.name ILIKE :q ESCAPE '\\' OR p.acronym ILIKE :q ESCAPE '\\')", { q: `%${escapeLike(search)}%` });
      }
      return qb;
    };

    return keysetPage(args, {
      query: filtered,
      keys: [SORT[order.field]],
      id: 'p.id',
      direction: order.direction === SortDirection.DESC ? 'DESC' : 'ASC',
      node: (e) => Partner.from(e),
    });
  }

  async get(id: string): Promise<Partner | null> {
    if (!isUuid(id)) return null;
    const e = await this.dataSource.getRepository(PartnerEntity).findOneBy({ id });
    return e ? Partner.from(e) : null;
  }

  async create(input: CreatePartnerInput, tx?: EntityManager): Promise<Partner> {
    return inTransaction(this.dataSource, tx, async (em) => {
      const values = {
        name: input.name.trim(),
        acronym: blankToNull(input.acronym),
        country: input.country,
        type: input.type,
        role: input.role,
        fund: input.fund,
        budgetEur: input.budgetEur ?? null,
        website: blankToNull(input.website),
        contactEmail: blankToNull(input.contactEmail)?.toLowerCase() ?? null,
        isDemo: false,
      };
      const regionId = await this.checkRules(em, { ...values, regionCode: blankToNull(input.regionCode) }, null);
      const saved = await insertOrConflict(() => em.getRepository(PartnerEntity).save(em.create(PartnerEntity, { ...values, regionId })));
      return Partner.from(saved);
    });
  }

  async update(input: UpdatePartnerInput, tx?: EntityManager): Promise<Partner> {
    rejectExplicitNulls(input, ['name', 'country', 'type', 'role', 'fund']);
    return inTransaction(this.dataSource, tx, async (em) => {
      const repo = em.getRepository(PartnerEntity);
      const existing = isUuid(input.id) ? await repo.findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!existing) throw new AppError('NOT_FOUND', 'PARTNER_NOT_FOUND', 'Partner not found');
      const next = {
        name: input.name !== undefined ? input.name.trim() : existing.name,
        acronym: input.acronym !== undefined ? blankToNull(input.acronym) : existing.acronym,
        country: input.country ?? existing.country,
        type: input.type ?? existing.type,
        role: input.role ?? existing.role,
        fund: input.fund ?? existing.fund,
        budgetEur: input.budgetEur !== undefined ? input.budgetEur : existing.budgetEur,
        website: input.website !== undefined ? blankToNull(input.website) : existing.website,
        contactEmail: input.contactEmail !== undefined ? (blankToNull(input.contactEmail)?.toLowerCase() ?? null) : existing.contactEmail,
      };
      const currentRegion = existing.regionId ? await em.getRepository(RegionEntity).findOneBy({ id: existing.regionId }) : null;
      const regionCode = input.regionCode !== undefined ? blankToNull(input.regionCode) : (currentRegion?.code ?? null);
      const regionId = await this.checkRules(em, { ...next, regionCode }, existing.id);
      Object.assign(existing, next, { regionId });
      const saved = await insertOrConflict(() => repo.save(existing));
      return Partner.from(saved);
    });
  }

  async delete(id: string, tx?: EntityManager): Promise<string> {
    return inTransaction(this.dataSource, tx, async (em) => {
      const repo = em.getRepository(PartnerEntity);
      const existing = isUuid(id) ? await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!existing) throw new AppError('NOT_FOUND', 'PARTNER_NOT_FOUND', 'Partner not found');
      const users = await em.getRepository(UserEntity).countBy({ partnerId: id });
      if (users > 0) {
        throw new AppError('CONFLICT', 'PARTNER_HAS_USERS', `${existing.name} has ${users} user account${users === 1 ? '' : 's'}; reassign or remove them first`);
      }
      const [practices] = (await em.query('SELECT count(*)::int AS n FROM policy_example WHERE partner_id = $1', [id])) as { n: number }[];
      const p = practices?.n ?? 0;
      if (p > 0) {
        throw new AppError('CONFLICT', 'PARTNER_HAS_PRACTICES', `${existing.name} has ${p} policy example${p === 1 ? '' : 's'}; archive or reassign them first`);
      }
      const [cycles] = (await em.query('SELECT count(*)::int AS n FROM learning_cycle WHERE partner_id = $1 OR id IN (SELECT cycle_id FROM pilot_action WHERE lead_partner_id = $1) OR id IN (SELECT cycle_id FROM peer_review WHERE host_partner_id = $1)', [id])) as { n: number }[];
      const n = cycles?.n ?? 0;
      if (n > 0) throw new AppError('CONFLICT', 'PARTNER_IN_LEARNING_CYCLES', `${existing.name} takes part in ${n} learning cycle${n === 1 ? '' : 's'}; it cannot be deleted`);
      await repo.delete({ id });
      return id;
    });
  }

  /** Cross-field and database rules the input decorators cannot see. Returns the region id. */
  private async checkRules(
    em: EntityManager,
    p: { name: string; country: string; role: string; fund: string; regionCode: string | null },
    selfId: string | null,
  ): Promise<string | null> {
    const errors = new FieldErrors();
    if (!countryByCode(p.country)) errors.add('country', 'COUNTRY_NOT_IN_PROGRAMME', 'Not a country of the programme area');
    let regionId: string | null = null;
    if (p.regionCode) {
      const region = await em.getRepository(RegionEntity).findOneBy({ code: p.regionCode });
      if (!region) errors.add('regionCode', 'REGION_NOT_FOUND', `Unknown region ${p.regionCode}`);
      else if (region.country !== p.country) errors.add('regionCode', 'REGION_NOT_IN_COUNTRY', `${region.name} is not in ${p.country}`);
      else regionId = region.id;
    }
    if (p.role === PartnerRole.IPA_PARTNER && p.fund !== 'IPA') errors.add('fund', 'IPA_PARTNER_NEEDS_IPA_FUND', 'An IPA partner is funded by IPA');
    if (p.role === PartnerRole.LEAD_PARTNER) {
      const lead = await em.getRepository(PartnerEntity).findOneBy({ role: PartnerRole.LEAD_PARTNER });
      if (lead && lead.id !== selfId) errors.add('role', 'LEAD_PARTNER_EXISTS', `${lead.name} is already the lead partner`);
    }
    const sameName = await em
      .getRepository(PartnerEntity)
      .createQueryBuilder('p')
      .where('lower(p.name) = lower(:name)', { name: p.name })
      .getOne();
    if (sameName && sameName.id !== selfId) errors.add('name', 'PARTNER_NAME_TAKEN', 'A partner with this name already exists');
    errors.throwIfAny();
    return regionId;
  }
}

const blankToNull = (s: string | null | undefined): string | null => (s === undefined || s === null || s.trim() === '' ? null : s.trim());

export const isUuid = (s: string): boolean => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

async function insertOrConflict<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    // A concurrent insert of the same name passed the check; the unique index caught it.
    if (err instanceof QueryFailedError && (err.driverError as { code?: string })?.code === '23505') {
      throw new AppError('CONFLICT', 'PARTNER_NAME_TAKEN', 'A partner with this name already exists', {
        fieldErrors: [{ field: 'name', reason: 'PARTNER_NAME_TAKEN', message: 'A partner with this name already exists' }],
      });
    }
    throw err;
  }
}
