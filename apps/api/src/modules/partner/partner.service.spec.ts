// Service tests: PartnerService's rules on a migrated, seeded PGlite, called directly. Loading
// Apollo or Express here fails the suite: these rules do not need a transport.
jest.mock('@apollo/server', () => {
  throw new Error('service tests must not load Apollo');
});
jest.mock('express', () => {
  throw new Error('service tests must not load HTTP');
});

import 'reflect-metadata';
import { AppError } from '../../common/app-error';
import { startServiceHarness, thrown, type ServiceHarness } from '../../../e2e/support/services';
import { UserEntity } from '../auth/user.entity';
import { PartnerEntity } from './partner.entity';
import type { CreatePartnerInput } from './partner.inputs';
import { Fund, PartnerRole, PartnerSortField, PartnerType, SortDirection } from './partner.type';

const input = (over: Partial<CreatePartnerInput> = {}): CreatePartnerInput => ({
  name: 'Adriatic Mechatronics Cluster',
  country: 'IT',
  type: PartnerType.CLUSTER_ASSOCIATION,
  role: PartnerRole.PARTNER,
  fund: Fund.ERDF,
  ...over,
});

describe('PartnerService', () => {
  let h: ServiceHarness;
  beforeAll(async () => {
    h = await startServiceHarness();
  });
  afterAll(() => h.close());

  it('reports every broken rule at once, each field with its reason', async () => {
    const err = await thrown(() =>
      h.services.partners.create(input({ name: 'MARCHE REGION', regionCode: 'RO21', role: PartnerRole.LEAD_PARTNER })),
    );
    expect(err).toBeInstanceOf(AppError);
    const e = err as AppError;
    expect({ code: e.code, reason: e.reason }).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    expect(e.fieldErrors.map((f) => `${f.field}:${f.reason}`).sort()).toEqual(['name:PARTNER_NAME_TAKEN', 'regionCode:REGION_NOT_IN_COUNTRY', 'role:LEAD_PARTNER_EXISTS']);
  });

  it('wants an IPA partner funded by IPA', async () => {
    const e = (await thrown(() => h.services.partners.create(input({ country: 'RS', role: PartnerRole.IPA_PARTNER, fund: Fund.ERDF })))) as AppError;
    expect(e.reason).toBe('IPA_PARTNER_NEEDS_IPA_FUND');
    expect(e.fieldErrors).toEqual([{ field: 'fund', reason: 'IPA_PARTNER_NEEDS_IPA_FUND', message: 'An IPA partner is funded by IPA' }]);
  });

  it("joins the caller's transaction: the caller's rollback undoes the create", async () => {
    const count = () => h.ds.getRepository(PartnerEntity).count();
    const before = await count();
    await expect(
      h.ds.transaction(async (em) => {
        const created = await h.services.partners.create(input({ name: 'Rolled Back Cluster' }), em);
        expect(await em.getRepository(PartnerEntity).countBy({ id: created.id })).toBe(1);
        throw new Error('the caller fails after the create');
      }),
    ).rejects.toThrow('the caller fails');
    expect(await count()).toBe(before);
  });

  it('refuses to delete a partner that still has user accounts', async () => {
    const user = await h.ds.getRepository(UserEntity).findOneByOrFail({ email: 'admin@polisee.example' });
    const partner = await h.services.partners.create(input({ name: 'Partner With Staff' }));
    await h.ds.getRepository(UserEntity).save(
      h.ds.getRepository(UserEntity).create({ email: 'staff@example.org', name: 'Staff', role: 'PARTNER_EDITOR', partnerId: partner.id, active: true, passwordHash: null }),
    );
    const e = (await thrown(() => h.services.partners.delete(partner.id))) as AppError;
    expect({ code: e.code, reason: e.reason }).toEqual({ code: 'CONFLICT', reason: 'PARTNER_HAS_USERS' });
    expect(user.role).toBe('ADMIN');
  });

  it('refuses to delete a partner that has policy examples, with a reason, not a database error', async () => {
    const [row] = (await h.ds.query('SELECT partner_id AS id FROM policy_example LIMIT 1')) as { id: string }[];
    expect(row).toBeDefined();
    await h.ds.query('DELETE FROM app_user WHERE partner_id = $1', [row!.id]);
    const e = (await thrown(() => h.services.partners.delete(row!.id))) as AppError;
    expect({ code: e.code, reason: e.reason }).toEqual({ code: 'CONFLICT', reason: 'PARTNER_HAS_PRACTICES' });
  });

  it.each([
    [PartnerSortField.NAME, SortDirection.ASC],
    [PartnerSortField.BUDGET, SortDirection.DESC],
    [PartnerSortField.CREATED_AT, SortDirection.DESC],
  ])('pages through every partner by %s %s without gaps or repeats', async (field, direction) => {
    const all = await h.services.partners.list({ first: 100, orderBy: { field, direction } });
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await h.services.partners.list({ first: 4, after, orderBy: { field, direction } });
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined;
    } while (after);
    expect(seen).toEqual(all.edges.map((e) => e.node.id));
    expect(new Set(seen).size).toBe(all.totalCount);
  });

  it('refuses a page size over 100 and a forged cursor, with reasons', async () => {
    expect(((await thrown(() => h.services.partners.list({ first: 101 }))) as AppError).reason).toBe('PAGE_SIZE_OUT_OF_RANGE');
    expect(((await thrown(() => h.services.partners.list({ first: 5, after: 'bm9wZQ' }))) as AppError).reason).toBe('INVALID_CURSOR');
  });
});
