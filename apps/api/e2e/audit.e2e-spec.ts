import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '../src/config/env';
import { withAuditContext } from '../src/modules/audit/audit-context';
import { errorCode, GqlClient } from './support/client';
import { STORE, startTestPlatform, type TestPlatform } from './support/platform';

/** Issue 7: every mutation by a signed-in user is audited in its own transaction, and admins can browse it. */
const LOG = `query($filter: AuditFilter, $first: Int, $after: String) { auditLog(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { createdAt userId userEmail operation action entityType entityId changes { field before after } } } } }`;

describe(`audit log (${STORE})`, () => {
  let t: TestPlatform;
  let admin: GqlClient;
  let adminId: string;
  beforeAll(async () => {
    t = await startTestPlatform();
    admin = new GqlClient(t.url);
    await admin.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    adminId = (await admin.ok('{ me { id } }')).me.id;
  });
  afterAll(() => t.close());

  it('records who, what, when and the changed fields of a mutation', async () => {
    const before = new Date();
    const created = (
      await admin.ok('mutation($i: CreatePartnerInput!) { createPartner(input: $i) { id } }', {
        i: { name: 'Audit Test Cluster', country: 'IT', type: 'CLUSTER_ASSOCIATION', role: 'PARTNER', fund: 'ERDF', regionCode: 'ITI3' },
      })
    ).createPartner;
    await admin.ok('mutation($i: UpdatePartnerInput!) { updatePartner(input: $i) { id } }', { i: { id: created.id, name: 'Audit Test Cluster 2', budgetEur: 5000 } });
    const log = (await admin.ok(LOG, { filter: { entityType: 'partner', entityId: created.id, from: before.toISOString() } })).auditLog;
    expect(log.totalCount).toBe(2);
    const [update, insert] = log.edges.map((e: any) => e.node);
    expect(update).toMatchObject({ userId: adminId, userEmail: DEMO_ADMIN_EMAIL, operation: 'updatePartner', action: 'UPDATE', entityType: 'partner', entityId: created.id });
    expect(update.changes).toEqual([
      { field: 'budget_eur', before: 'null', after: '5000' },
      { field: 'name', before: '"Audit Test Cluster"', after: '"Audit Test Cluster 2"' },
    ]);
    expect(insert).toMatchObject({ operation: 'createPartner', action: 'INSERT' });
    expect(insert.changes.find((c: any) => c.field === 'name')).toEqual({ field: 'name', before: null, after: '"Audit Test Cluster"' });
    expect(new Date(update.createdAt).getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);

    await admin.ok('mutation($id: ID!) { deletePartner(id: $id) }', { id: created.id });
    const del = (await admin.ok(LOG, { filter: { entityId: created.id }, first: 1 })).auditLog.edges[0].node;
    expect(del).toMatchObject({ operation: 'deletePartner', action: 'DELETE' });
    expect(del.changes.find((c: any) => c.field === 'name')).toEqual({ field: 'name', before: '"Audit Test Cluster 2"', after: null });
  });

  it('never stores password or token hashes, and does not log anonymous writes', async () => {
    const inv = await admin.ok('mutation($i: InviteUserInput!) { inviteUser(input: $i) { acceptPath user { id } } }', {
      i: { email: 'audited@polisee.example', name: 'Audited Person', role: 'ADMIN' },
    });
    const token = decodeURIComponent(inv.inviteUser.acceptPath.split('token=')[1]);
    await new GqlClient(t.url).ok('mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { id } }', { i: { token, password: 'audited-password-123' } });
    await admin.ok('mutation($id: ID!) { deactivateUser(id: $id) { id } }', { id: inv.inviteUser.user.id });
    const rows: { text: string; operation: string }[] = await t.db.dataSource.query(`SELECT operation, (before::text || ' ' || coalesce(after::text, '')) AS text FROM audit_log WHERE entity_type = 'app_user'`);
    const all: { t: string }[] = await t.db.dataSource.query(`SELECT coalesce(string_agg(coalesce(before::text, '') || coalesce(after::text, ''), ' '), '') AS t FROM audit_log`);
    expect(rows.map((r) => r.operation)).toContain('inviteUser');
    expect(rows.map((r) => r.operation)).toContain('deactivateUser');
    expect(rows.map((r) => r.operation)).not.toContain('acceptInvitation'); // anonymous
    for (const secret of ['password_hash', 'token_hash', 'invitation_token_hash', '$argon2', token]) expect(all[0]!.t).not.toContain(secret);
  });

  it('writes the audit row in the same transaction: a rolled-back change leaves no entry', async () => {
    const ds = t.db.dataSource;
    const [{ id }] = await ds.query(`SELECT id FROM partner ORDER BY name LIMIT 1`);
    const count = async () => Number((await ds.query(`SELECT count(*) AS n FROM audit_log WHERE entity_id = $1`, [id]))[0].n);
    const n0 = await count();
    await expect(
      withAuditContext({ userId: adminId, email: DEMO_ADMIN_EMAIL, operation: 'test', requestId: 'r1' }, () =>
        ds.transaction(async (em) => {
          await em.query(`UPDATE partner SET budget_eur = coalesce(budget_eur, 0) + 1 WHERE id = $1`, [id]);
          expect(Number((await em.query(`SELECT count(*) AS n FROM audit_log WHERE entity_id = $1`, [id]))[0].n)).toBe(n0 + 1);
          throw new Error('roll back');
        }),
      ),
    ).rejects.toThrow('roll back');
    expect(await count()).toBe(n0);
    // A connection that carried a context does not leak it to the next borrower.
    await ds.query(`UPDATE partner SET budget_eur = coalesce(budget_eur, 0) + 1 WHERE id = $1`, [id]);
    expect(await count()).toBe(n0);
  });

  it('filters by user, entity type and dates, pages with a cursor, and is for admins only', async () => {
    const all = (await admin.ok(LOG, { filter: { userId: adminId }, first: 100 })).auditLog;
    expect(all.totalCount).toBeGreaterThan(3);
    const page1 = (await admin.ok(LOG, { filter: { userId: adminId }, first: 2 })).auditLog;
    const page2 = (await admin.ok(LOG, { filter: { userId: adminId }, first: 2, after: page1.pageInfo.endCursor })).auditLog;
    expect([...page1.edges, ...page2.edges].map((e: any) => e.node)).toEqual(all.edges.slice(0, 4).map((e: any) => e.node));
    expect((await admin.ok(LOG, { filter: { to: '2000-01-01T00:00:00Z' } })).auditLog.totalCount).toBe(0);
    expect((await admin.ok(LOG, { filter: { entityType: 'app_user' } })).auditLog.edges.every((e: any) => e.node.entityType === 'app_user')).toBe(true);
    expect((await admin.ok('{ auditEntityTypes }')).auditEntityTypes).toContain('partner');
    expect(errorCode(await new GqlClient(t.url).request(LOG))).toBe('UNAUTHENTICATED');
    expect(errorCode(await admin.request(LOG, { after: 'garbage' }))).toBe('BAD_USER_INPUT');
  });

  it('records the rows an import changes under the import operation', async () => {
    const csv = 'indicator,region,year,value\nBERD_EUR_PER_INH,ITI3,2013,42.5\n';
    await admin.ok('mutation($input: ObservationImportInput!) { applyObservationImport(input: $input) { ... on ImportBatch { id } } }', {
      input: { fileName: 'audit.csv', contentBase64: Buffer.from(csv).toString('base64') },
    });
    const log = (await admin.ok(LOG, { filter: { entityType: 'observation' } })).auditLog;
    expect(log.edges[0].node).toMatchObject({ operation: 'applyObservationImport', action: 'INSERT' });
    expect(log.edges[0].node.changes).toEqual(expect.arrayContaining([{ field: 'value', before: null, after: '42.5' }]));
  });
});
