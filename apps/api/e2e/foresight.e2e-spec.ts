import { evaluateConsensus, roundStatistics } from '@polisee/domain';
import { buildClientSchema, getIntrospectionQuery, isObjectType, type IntrospectionQuery } from 'graphql';
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '../src/config/env';
import { GqlClient, type GqlResponse } from './support/client';
import { STORE, startTestPlatform, type TestPlatform } from './support/platform';

const STATS = 'roundNumber frozen n median q1 q3 iqr mean sd topShare consensus criteria { criterion value threshold met } distribution { value count } medianChange stable';
// What the answering page asks for: it must fit an anonymous caller's budget.
const SESSION = `roundOpen answeredItems round { number isOpen } exercise { id title method }
  statements { statement { id text } items { item { id kind scaleMin scaleMax } answer { value confidence argument } previousAnswer { value argument }
    group { roundNumber n median q1 q3 iqr consensus } arguments reasonRequired } comments { id body mine status } }`;
const PANEL = `query($token: String) { panelSession(token: $token) { ${SESSION} } }`;
const SUBMIT = `mutation($token: String, $input: SubmitForesightAnswersInput!) { submitForesightAnswers(token: $token, input: $input) { ${SESSION} } }`;
const RESULTS = `query($id: ID!) { foresightExercise(id: $id) { id title status method resultsPublishedAt rounds { number isOpen closedAt }
  results { statement { id text } items { item { id kind } rounds { roundNumber frozen n median q1 q3 iqr mean sd topShare consensus medianChange stable distribution { value count } } arguments }
    indicators { code regionValue averageValue year } }
  drivers { id name projections } scenarios { title narrative choices { driverName projection } } } }`;
/** The organiser's full view (a signed-in budget). */
const EXERCISE = `query($id: ID!) { foresightExercise(id: $id) { id title status method resultsPublishedAt rounds { number isOpen closedAt }
  statements { id text items { id kind } }
  results { statement { id text } items { item { id kind consensusRule { maxIqr minTopShare combine } } rounds { ${STATS} } arguments } indicators { code regionValue averageValue year } }
  drivers { id name projections } scenarios { title narrative choices { driverName projection } } } }`;

const reason = (r: GqlResponse) => r.errors?.[0]?.extensions?.reason;
const code = (r: GqlResponse) => r.errors?.[0]?.extensions?.code;

describe(`foresight: Delphi exercises (${STORE})`, () => {
  let t: TestPlatform;
  let admin: GqlClient;
  let anonymous: GqlClient;
  beforeAll(async () => {
    t = await startTestPlatform();
    admin = new GqlClient(t.url);
    await admin.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    anonymous = new GqlClient(t.url);
  });
  afterAll(() => t.close());

  it('seeds a finished, published two-round exercise with 12+ statements and 15 panellists, and an open real-time one', async () => {
    const list = (await anonymous.ok('{ foresightExercises { id title method status isDemo horizonYear regionCode } }')).foresightExercises;
    const finished = list.find((e: any) => e.method === 'ROUNDS' && e.status === 'FINISHED');
    expect(finished).toMatchObject({ isDemo: true, horizonYear: 2040, regionCode: null });
    expect(list.find((e: any) => e.method === 'REAL_TIME' && e.status === 'RUNNING')).toMatchObject({ isDemo: true, regionCode: 'ITI3' });
    const ex = (await anonymous.ok(RESULTS, { id: finished.id })).foresightExercise;
    expect(ex.results.length).toBeGreaterThanOrEqual(12);
    expect(ex.rounds.map((r: any) => r.number)).toEqual([1, 2]);
    const first = ex.results[0].items[0];
    expect(first.rounds.map((r: any) => [r.roundNumber, r.frozen, r.n])).toEqual([
      [1, true, 15],
      [2, true, 15],
    ]);
    expect(first.rounds[1].stable).not.toBeNull();
    expect(ex.results.some((s: any) => s.indicators.some((i: any) => i.averageValue !== null))).toBe(true);
    expect(ex.scenarios.length).toBeGreaterThanOrEqual(2);
    expect(ex.scenarios.length).toBeLessThanOrEqual(4);
    expect(ex.drivers.length).toBeGreaterThan(0);
    const csv = (await anonymous.ok('query($id: ID!) { exportForesightResults(exerciseId: $id, format: CSV) { fileName rowCount contentBase64 } }', { id: finished.id })).exportForesightResults;
    expect(csv.rowCount).toBeGreaterThan(24);
    expect(Buffer.from(csv.contentBase64, 'base64').toString('utf8')).toContain('median');
  });

  describe('a round-based exercise run by the organiser', () => {
    let exerciseId: string;
    let itemIds: string[];
    const tokens: string[] = [];
    const ids: string[] = [];
    const panel = (k: number) => new GqlClient(t.url, { 'x-panel-token': tokens[k]! });
    const answers = [
      [4, 5],
      [5, 4],
      [4, 4],
      [2, 1],
    ];

    beforeAll(async () => {
      const ex = (
        await admin.ok('mutation($i: ForesightExerciseInput!) { saveForesightExercise(input: $i) { id status consensusRule { maxIqr minTopShare } } }', {
          i: { title: 'Test Delphi', topic: 'Cluster policy to 2035', method: 'ROUNDS', horizonYear: 2035, language: 'en', regionCode: 'RO21', areas: ['SPECIALISATION'] },
        })
      ).saveForesightExercise;
      expect(ex).toMatchObject({ status: 'DRAFT', consensusRule: { maxIqr: 1, minTopShare: 0.75 } });
      exerciseId = ex.id;
      const st = (
        await admin.ok('mutation($i: ForesightStatementInput!) { saveForesightStatement(input: $i) { id items { id kind scaleMin scaleMax } } }', {
          i: { exerciseId, theme: 'Skills', text: 'Dual training covers most clusters.', indicatorCodes: ['LIFELONG_LEARNING_PCT'], items: [{ kind: 'PROBABILITY' }, { kind: 'DESIRABILITY' }] },
        })
      ).saveForesightStatement;
      itemIds = st.items.map((i: any) => i.id);
      // Drafts are not public.
      expect((await anonymous.ok('query($id: ID!) { foresightExercise(id: $id) { id } }', { id: exerciseId })).foresightExercise).toBeNull();
      const created = (
        await admin.ok('mutation($i: InviteForesightPanellistsInput!) { inviteForesightPanellists(input: $i) { answerPath invitation { id label invitedByEmail } } }', {
          i: { exerciseId, links: 4, emails: ['expert@polisee.example'] },
        })
      ).inviteForesightPanellists;
      expect(created).toHaveLength(5);
      expect(created[0]).toMatchObject({ answerPath: null, invitation: { invitedByEmail: true, label: 'expert@polisee.example' } });
      for (const c of created.slice(1)) {
        tokens.push(c.answerPath.split('/').pop());
        ids.push(c.invitation.id);
      }
      const [mail] = await t.db.dataSource.query(`SELECT template, params FROM notification_outbox WHERE to_address = 'expert@polisee.example'`);
      expect(mail.template).toBe('foresight-invitation');
      expect(mail.params.answerPath).toMatch(/^\/foresight\/answer\/[A-Za-z0-9_-]{43}$/);
      // Only the hash is stored.
      const stored = (await t.db.dataSource.query(`SELECT token_hash FROM foresight_panellist WHERE exercise_id = $1`, [exerciseId])).map((r: any) => r.token_hash);
      for (const token of tokens) expect(stored).not.toContain(token);
      await admin.ok('mutation($i: OpenForesightRoundInput!) { openForesightRound(input: $i) { status } }', { i: { exerciseId } });
    });

    it('a token reads and writes only its own answers', async () => {
      for (const [k, [a, b]] of answers.entries()) {
        const s = (await panel(k).ok(SUBMIT, { input: { answers: [{ itemId: itemIds[0], value: a, confidence: 4 }, { itemId: itemIds[1], value: b, argument: k === 3 ? 'Funding ends in 2027.' : null }] } })).submitForesightAnswers;
        expect(s.answeredItems).toBe(2);
      }
      // The token as an argument works as well as the header.
      const mine = (await anonymous.ok(PANEL, { token: tokens[1] })).panelSession;
      expect(mine.statements[0].items.map((i: any) => i.answer.value)).toEqual(answers[1]);
      // Round 1 of a round-based exercise shows no group feedback yet.
      expect(mine.statements[0].items[0].group).toBeNull();
      // An item of another exercise is refused.
      const seeded = (await anonymous.ok('{ foresightExercises { id method } }')).foresightExercises.find((e: any) => e.method === 'REAL_TIME');
      const otherItem = (await anonymous.ok('query($id: ID!) { foresightExercise(id: $id) { statements { items { id } } } }', { id: seeded.id })).foresightExercise.statements[0].items[0].id;
      const r = await panel(0).request(SUBMIT, { input: { answers: [{ itemId: otherItem, value: 3 }] } });
      expect(reason(r)).toBe('UNKNOWN_ITEM');
      expect(reason(await panel(0).request(SUBMIT, { input: { answers: [{ itemId: itemIds[0], value: 9 }] } }))).toBe('OUT_OF_SCALE');
      // A made-up token opens nothing.
      const bad = await anonymous.request(PANEL, { token: 'x'.repeat(43) });
      expect(code(bad)).toBe('UNAUTHENTICATED');
      expect(code(await anonymous.request(PANEL, {}))).toBe('UNAUTHENTICATED');
    });

    it('a revoked token is refused and its answers leave the statistics', async () => {
      await admin.ok('mutation($id: ID!) { revokeForesightInvitation(id: $id) { revokedAt } }', { id: ids[3] });
      const r = await panel(3).request(PANEL);
      expect(code(r)).toBe('FORBIDDEN');
      expect(reason(r)).toBe('INVITATION_REVOKED');
      expect(reason(await panel(3).request(SUBMIT, { input: { answers: [{ itemId: itemIds[0], value: 3 }] } }))).toBe('INVITATION_REVOKED');
    });

    it('organisers see participation counts, never who answered what', async () => {
      const d = (
        await admin.ok('query($id: ID!) { foresightExercise(id: $id) { participation { invited revoked rounds { roundNumber respondents responses items } } invitations { id label revokedAt } } }', { id: exerciseId })
      ).foresightExercise;
      expect(d.participation).toEqual({ invited: 4, revoked: 1, rounds: [{ roundNumber: 1, respondents: 3, responses: 6, items: 2 }] });
      expect(d.invitations).toHaveLength(5);
      // The schema: no type that names a panellist carries an answer, and answers are only reachable through a token.
      const intro = (await admin.ok<IntrospectionQuery>(getIntrospectionQuery())) as IntrospectionQuery;
      const schema = buildClientSchema(intro);
      const types = Object.values(schema.getTypeMap()).filter(isObjectType).filter((ty) => /Foresight|Panel|Invitation|Statement|Item|Participation|Query|Mutation/.test(ty.name));
      for (const type of types) {
        const fields = Object.keys(type.getFields());
        if (fields.includes('label') || fields.includes('invitedByEmail')) expect(fields.filter((f) => ['value', 'answer', 'answers', 'argument', 'responses'].includes(f))).toEqual([]);
        for (const [name, field] of Object.entries(type.getFields())) {
          const target = String(field.type).replace(/[[\]!]/g, '');
          if (target === 'PanelSession') {
            expect(type.name === 'Query' || type.name === 'Mutation').toBe(true);
            expect(field.args.map((a) => a.name)).toContain('token');
          }
          if (target === 'PanelAnswer') expect(type.name).toBe('PanelItem');
          if (target === 'PanelItem') expect(type.name).toBe('PanelStatement');
          if (target === 'PanelStatement') expect(type.name).toBe('PanelSession');
          expect(name).not.toMatch(/^panellist(Id)?$/);
        }
      }
    });

    it('closing freezes statistics equal to the domain’s, refuses later answers, and round 2 shows the group with own answers', async () => {
      await admin.ok('mutation($id: ID!) { closeForesightRound(exerciseId: $id) { rounds { number isOpen } } }', { id: exerciseId });
      expect(reason(await panel(0).request(SUBMIT, { input: { answers: [{ itemId: itemIds[0], value: 3 }] } }))).toBe('ROUND_CLOSED');
      const ex = (await admin.ok(EXERCISE, { id: exerciseId })).foresightExercise;
      const live = answers.slice(0, 3); // the revoked panellist's answers do not count
      for (const [k, itemId] of itemIds.entries()) {
        const values = live.map((a) => a[k]!);
        const domain = roundStatistics(values, { min: 1, max: 5, top: 2 });
        const verdict = evaluateConsensus(domain, { maxIqr: 1, minTopShare: 0.75, minResponses: 1, combine: 'ALL' });
        const frozen = ex.results[0].items.find((i: any) => i.item.id === itemId).rounds[0];
        expect(frozen).toMatchObject({ frozen: true, n: 3, median: domain.median, q1: domain.q1, q3: domain.q3, iqr: domain.iqr, consensus: verdict.consensus });
        expect(frozen.mean).toBeCloseTo(domain.mean, 10);
        expect(frozen.sd).toBeCloseTo(domain.sd, 10);
        expect(frozen.topShare).toBeCloseTo(domain.topShare, 10);
      }
      expect(ex.results[0].indicators[0]).toMatchObject({ code: 'LIFELONG_LEARNING_PCT' });
      expect(ex.results[0].indicators[0].regionValue).not.toBeNull();
      // Not published: the public sees the exercise but no results, and no export.
      expect((await anonymous.ok(RESULTS, { id: exerciseId })).foresightExercise.results).toBeNull();
      expect(reason(await anonymous.request('query($id: ID!) { exportForesightResults(exerciseId: $id, format: XLSX) { fileName } }', { id: exerciseId }))).toBe('RESULTS_NOT_PUBLISHED');

      await admin.ok('mutation($i: OpenForesightRoundInput!) { openForesightRound(input: $i) { status } }', { i: { exerciseId } });
      const s = (await panel(0).ok(PANEL)).panelSession;
      expect(s.round).toEqual({ number: 2, isOpen: true });
      const item = s.statements[0].items[0];
      expect(item.previousAnswer).toEqual({ value: 4, argument: null });
      expect(item.answer).toBeNull();
      expect(item.group).toMatchObject({ roundNumber: 1, n: 3, median: 4, q1: 4, q3: 4.5 });
      // Outside the IQR: a reason is required.
      const refused = await panel(0).request(SUBMIT, { input: { answers: [{ itemId: itemIds[0], value: 2 }] } });
      expect(code(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0]!.extensions!.fieldErrors).toEqual([expect.objectContaining({ field: 'answers[0].argument', reason: 'REASON_REQUIRED' })]);
      const ok = (await panel(0).ok(SUBMIT, { input: { answers: [{ itemId: itemIds[0], value: 2, argument: 'Employers stopped co-funding.' }] } })).submitForesightAnswers;
      expect(ok.statements[0].items[0]).toMatchObject({ answer: { value: 2, argument: 'Employers stopped co-funding.' }, reasonRequired: true });
      await panel(1).ok(SUBMIT, { input: { answers: [{ itemId: itemIds[0], value: 4 }] } });
    });

    it('comments are anonymous and moderated; results publish with arguments and export', async () => {
      const c = (await panel(1).ok('mutation($i: ForesightCommentInput!) { postForesightComment(input: $i) { id mine status } }', { i: { statementId: (await panel(1).ok(PANEL)).panelSession.statements[0].statement.id, body: 'Who pays for the trainers?' } })).postForesightComment;
      expect(c).toMatchObject({ mine: true, status: 'VISIBLE' });
      const seenByOther = (await panel(0).ok(PANEL)).panelSession.statements[0].comments;
      expect(seenByOther).toEqual([expect.objectContaining({ body: 'Who pays for the trainers?', mine: false })]);
      await admin.ok('mutation($id: ID!) { moderateForesightComment(id: $id, hidden: true) { status } }', { id: c.id });
      expect((await panel(0).ok(PANEL)).panelSession.statements[0].comments).toEqual([]);
      expect((await panel(1).ok(PANEL)).panelSession.statements[0].comments).toEqual([expect.objectContaining({ mine: true, status: 'HIDDEN' })]);

      await admin.ok('mutation($id: ID!) { closeForesightRound(exerciseId: $id, finish: true) { status } }', { id: exerciseId });
      await admin.ok('mutation($id: ID!) { publishForesightResults(exerciseId: $id, published: true) { resultsPublishedAt } }', { id: exerciseId });
      const pub = (await anonymous.ok(RESULTS, { id: exerciseId })).foresightExercise;
      const item = pub.results[0].items[0];
      expect(item.rounds.map((r: any) => r.n)).toEqual([3, 2]);
      expect(item.arguments).toEqual(['Employers stopped co-funding.']);
      expect(item.rounds[1].medianChange).toBe(3 - 4);
      const xlsx = (await anonymous.ok('query($id: ID!) { exportForesightResults(exerciseId: $id, format: XLSX) { fileName rowCount } }', { id: exerciseId })).exportForesightResults;
      expect(xlsx).toMatchObject({ rowCount: 4 });
      expect(xlsx.fileName).toMatch(/\.xlsx$/);
    });

    it('only organisers may organise', async () => {
      const r = await anonymous.request('mutation($id: ID!) { closeForesightRound(exerciseId: $id) { id } }', { id: exerciseId });
      expect(code(r)).toBe('UNAUTHENTICATED');
    });
  });
});
