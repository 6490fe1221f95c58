import { kpiAchievement } from '@polisee/domain';
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '../src/config/env';
import { errorCode, GqlClient, type GqlResponse } from './support/client';
import { STORE, startTestPlatform, type TestPlatform } from './support/platform';

const CYCLE_FIELDS = `id title stage iteration canEdit finishedAt previousCycleId nextCycleId
  availableTransitions { event to allowed needsReason failedGuards { guard message } }
  transitions { event from to actorName reason at }`;
const MOVE = `mutation($i: TransitionLearningCycleInput!) { transitionLearningCycle(input: $i) { ${CYCLE_FIELDS} } }`;
const CREATE = `mutation($i: CreateLearningCycleInput!) { createLearningCycle(input: $i) { ${CYCLE_FIELDS} } }`;
const ASSESS = `mutation($i: RegionalAssessmentInput!) { saveRegionalAssessment(input: $i) { id } }`;
const SNAPSHOT = `mutation($i: SaveBenchmarkSnapshotInput!) { saveBenchmarkSnapshot(input: $i) { id benchmarkSnapshot {
  regionCode year dataVersion resultJson optionsJson weaknesses chosenGaps
  referenceRegions { code distance } indicators { code value valueYear score gap } } } }`;
const GAPS = `mutation($i: ChooseGapsInput!) { chooseBenchmarkGaps(input: $i) { id } }`;
const REVIEW = `mutation($i: PeerReviewInput!) { savePeerReview(input: $i) { id status peerCountries completionBlockers { guard } todos { id text measureId } } }`;
const COMPLETE = `mutation($id: ID!) { completePeerReview(id: $id) { id status completedAt } }`;
const FROM_TODO = `mutation($id: ID!) { createMeasureFromTodo(todoId: $id) { id title objective fromTodoId } }`;
const MEASURE = `mutation($i: MeasureInput!) { saveMeasure(input: $i) { id title gapIndicatorCode indicators { id name unit kind baseline target } } }`;
const PILOT = `mutation($i: PilotActionInput!) { savePilotAction(input: $i) { id title status areas } }`;
const READING = `mutation($i: KpiReadingInput!) { addKpiReading(input: $i) { id } }`;
const PILOT_KPIS = `query($id: ID!) { pilotAction(id: $id) { id title cycle { id } kpis { indicator { id name baseline target } latestValue latestDate achievement status readings { id date value achievement note evidenceUrl } } } }`;
const EVALUATE = `mutation($i: EvaluationInput!) { saveEvaluation(input: $i) { id decision kpiResults { measureIndicatorId actual achievement status } } }`;
const TRANSFER = `mutation($i: TransferInput!) { saveTransfer(input: $i) { id evaluationId practiceId } }`;
const SELECT = `mutation($i: SelectPracticesInput!) { selectPractices(input: $i) { id selectedPracticeIds selectedPractices { id title status } } }`;
const DELETE_MEASURE = `mutation($id: ID!) { deleteMeasure(id: $id) }`;
const DELETE_READING = `mutation($id: ID!) { deleteKpiReading(id: $id) }`;
const DRAFT_PRACTICE = `mutation($id: ID!) { draftPracticeFromCycle(cycleId: $id) { id practiceId practice { id status } } }`;
const PRACTICE = `query($id: ID!) { practice(id: $id) { id status isDemo title summary evidence lessonsLearned transferPotential country developmentAreas startYear endYear budgetEur
  partner { id } regions { code } results { description unit before after } } }`;
const CREATE_PRACTICE = `mutation($i: CreatePracticeInput!) { createPractice(input: $i) { id status } }`;
const MOVE_PRACTICE = `mutation($i: TransitionPracticeInput!) { transitionPractice(input: $i) { id status } }`;
const CYCLE = `query($id: ID!) { learningCycle(id: $id) { ${CYCLE_FIELDS} benchmarkSnapshot { resultJson chosenGaps referenceRegions { code } year } } }`;

/** The refusal of a request: CONFLICT with the domain's guard as reason. */
function refusal(r: GqlResponse): { code?: string; reason?: unknown; message: string } {
  expect(r.errors?.length).toBe(1);
  const e = r.errors![0]!;
  return { code: e.extensions?.code, reason: e.extensions?.reason, message: e.message };
}

async function invitedEditor(t: TestPlatform, admin: GqlClient, email: string, partnerId: string): Promise<GqlClient> {
  const inv = await admin.ok('mutation($i: InviteUserInput!) { inviteUser(input: $i) { acceptPath } }', {
    i: { email, name: `Editor ${email.split('@')[0]}`, role: 'PARTNER_EDITOR', partnerId },
  });
  const token = decodeURIComponent(inv.inviteUser.acceptPath.split('token=')[1]);
  const c = new GqlClient(t.url);
  await c.ok('mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { id } }', { i: { token, password: 'editor-password-123' } });
  return c;
}

describe(`policy-learning cycle (${STORE})`, () => {
  let t: TestPlatform;
  let admin: GqlClient;
  let editor: GqlClient;
  let marcheEditor: GqlClient;
  let partners: Record<string, { id: string; country: string }>;
  beforeAll(async () => {
    t = await startTestPlatform();
    admin = new GqlClient(t.url);
    await admin.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    const d = await admin.ok('{ partners(first: 50) { edges { node { id acronym country } } } }');
    partners = Object.fromEntries(d.partners.edges.map((e: any) => [e.node.acronym, e.node]));
    editor = await invitedEditor(t, admin, 'rdane-editor@polisee.example', partners['RDA NE']!.id);
    marcheEditor = await invitedEditor(t, admin, 'marche-editor@polisee.example', partners['MARCHE']!.id);
  });
  afterAll(() => t.close());

  const move = (c: GqlClient, cycleId: string, event: string, extra: Record<string, unknown> = {}) => c.request(MOVE, { i: { cycleId, event, ...extra } });

  it('walks a whole cycle; each stage is reached only when its guard holds, and the API refuses with the guard', async () => {
    const cycle = (await editor.ok(CREATE, { i: { title: 'Smart specialisation in agri-food, North-East', regionCode: 'RO21' } })).createLearningCycle;
    expect(cycle).toMatchObject({ stage: 'ANALYSIS', iteration: 1, canEdit: true });
    expect(cycle.availableTransitions).toEqual([
      expect.objectContaining({ event: 'START_BENCHMARKING', allowed: false, failedGuards: [expect.objectContaining({ guard: 'ANALYSIS_RECORDED' }), expect.objectContaining({ guard: 'REFERENCE_REGIONS_CHOSEN' })] }),
    ]);
    const id = cycle.id;
    expect(refusal(await move(editor, id, 'START_BENCHMARKING'))).toMatchObject({ code: 'CONFLICT', reason: 'ANALYSIS_RECORDED' });
    // A fact of a later stage is refused by the domain's stage rule.
    expect(refusal(await editor.request(GAPS, { i: { cycleId: id, indicatorCodes: [] } }))).toMatchObject({ code: 'CONFLICT', reason: 'NO_BENCHMARK_SNAPSHOT' });

    await editor.ok(ASSESS, { i: { cycleId: id, context: 'Agri-food and textiles dominate employment; R&D is concentrated in Iasi.', strengths: ['University hub in Iasi'], barriers: ['Low business R&D'], missingData: ['Cluster turnover 2021'] } });
    expect(refusal(await move(editor, id, 'START_BENCHMARKING'))).toMatchObject({ reason: 'REFERENCE_REGIONS_CHOSEN' });
    const snap = (await editor.ok(SNAPSHOT, { i: { cycleId: id, options: { uncertaintyDraws: 0 } } })).saveBenchmarkSnapshot.benchmarkSnapshot;
    expect(snap.referenceRegions.length).toBeGreaterThan(0);
    // The options as they were, with the defaults the API filled in.
    expect(JSON.parse(snap.optionsJson)).toMatchObject({ uncertaintyDraws: 0, groupSize: 10, normalisation: 'MIN_MAX' });
    expect((await editor.ok(MOVE, { i: { cycleId: id, event: 'START_BENCHMARKING' } })).transitionLearningCycle.stage).toBe('BENCHMARKING');

    expect(refusal(await move(editor, id, 'START_PEER_LEARNING'))).toMatchObject({ reason: 'GAPS_IDENTIFIED' });
    expect(errorCode(await editor.request(GAPS, { i: { cycleId: id, indicatorCodes: ['NOT_AN_INDICATOR'] } }))).toBe('BAD_USER_INPUT');
    const gaps = snap.weaknesses.slice(0, 2);
    expect(gaps.length).toBeGreaterThan(0);
    await editor.ok(GAPS, { i: { cycleId: id, indicatorCodes: gaps } });
    await editor.ok(MOVE, { i: { cycleId: id, event: 'START_PEER_LEARNING' } });

    expect(refusal(await move(editor, id, 'DRAFT_ACTION_PLAN'))).toMatchObject({ reason: 'PRACTICES_SELECTED' });
    // Policy examples are picked among the published ones, and removed again.
    const published = (await editor.ok('{ practices(first: 2, sort: TITLE) { edges { node { id title } } } }')).practices.edges.map((e: any) => e.node);
    expect(published).toHaveLength(2);
    const draft = (await editor.ok(CREATE_PRACTICE, { i: { title: 'Unpublished voucher draft of RDA North-East' } })).createPractice;
    expect(refusal(await editor.request(SELECT, { i: { cycleId: id, practiceIds: [draft.id] } }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PRACTICE_NOT_PUBLISHED' });
    expect(refusal(await editor.request(SELECT, { i: { cycleId: id, practiceIds: ['practice:made up'] } }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_PRACTICE' });
    expect(refusal(await marcheEditor.request(SELECT, { i: { cycleId: id, practiceIds: [published[0].id] } }))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOUR_PARTNERS_CYCLE' });
    const picked = (await editor.ok(SELECT, { i: { cycleId: id, practiceIds: [published[1].id, published[0].id] } })).selectPractices;
    expect(picked.selectedPractices).toEqual([expect.objectContaining({ id: published[1].id, status: 'PUBLISHED' }), expect.objectContaining({ id: published[0].id })]);
    expect((await editor.ok(SELECT, { i: { cycleId: id, practiceIds: [published[0].id] } })).selectPractices.selectedPracticeIds).toEqual([published[0].id]);
    expect((await editor.ok(SELECT, { i: { cycleId: id, practiceIds: [] } })).selectPractices.selectedPractices).toEqual([]);
    const reviewInput = {
      cycleId: id,
      topic: 'Business R&D support for agri-food SMEs',
      startsOn: '2025-03-10',
      endsOn: '2025-03-12',
      peers: [
        { name: 'Giulia Conti', organisation: 'Marche Region', country: 'IT' },
        { name: 'Marco Bellini', organisation: 'Veneto Cluster Association', country: 'IT' },
        { name: 'Ioana Pop', organisation: 'RDA North-East', country: 'RO' },
      ],
      selfAssessment: 'Voucher schemes exist but few SMEs apply.',
      peerAnalysis: 'Calls are too short and the co-financing rate deters micro firms.',
      recommendations: ['Open a rolling innovation-voucher call'],
      todos: ['Launch a rolling innovation-voucher call for agri-food SMEs', 'Train two cluster managers as innovation brokers'],
    };
    const review = (await editor.ok(REVIEW, { i: reviewInput })).savePeerReview;
    expect(review.peerCountries).toEqual(['IT']);
    expect(review.completionBlockers.map((b: any) => b.guard)).toEqual(['PEERS_FROM_TWO_OTHER_COUNTRIES']);
    // Peers from one other country (a host-country peer does not count): the guard refuses.
    expect(refusal(await editor.request(COMPLETE, { id: review.id }))).toMatchObject({ code: 'CONFLICT', reason: 'PEERS_FROM_TWO_OTHER_COUNTRIES' });
    expect(refusal(await move(editor, id, 'DRAFT_ACTION_PLAN'))).toMatchObject({ reason: 'PRACTICES_SELECTED' });
    const fixed = (await editor.ok(REVIEW, { i: { ...reviewInput, id: review.id, peers: [...reviewInput.peers, { name: 'Ana Kovač', organisation: 'Eastern Slovenia RDA', country: 'SI' }] } })).savePeerReview;
    expect(fixed.peerCountries).toEqual(['IT', 'SI']);
    expect(fixed.todos.map((x: any) => x.id)).toEqual(review.todos.map((x: any) => x.id));
    expect((await editor.ok(COMPLETE, { id: review.id })).completePeerReview.status).toBe('COMPLETED');
    await editor.ok(MOVE, { i: { cycleId: id, event: 'DRAFT_ACTION_PLAN' } });

    expect(refusal(await move(editor, id, 'START_PILOT'))).toMatchObject({ reason: 'MEASURES_DEFINED' });
    const todo = review.todos[0];
    const measure = (await editor.ok(FROM_TODO, { id: todo.id })).createMeasureFromTodo;
    expect(measure).toMatchObject({ title: todo.text, fromTodoId: todo.id });
    expect(refusal(await editor.request(FROM_TODO, { id: todo.id }))).toMatchObject({ reason: 'TODO_ALREADY_A_MEASURE' });
    expect(refusal(await move(editor, id, 'START_PILOT'))).toMatchObject({ reason: 'MEASURES_HAVE_BASELINE_AND_TARGET' });
    const measureInput = {
      id: measure.id,
      cycleId: id,
      title: measure.title,
      objective: 'More agri-food SMEs invest in R&D',
      gapIndicatorCode: gaps[0],
      players: 'RDA North-East, Iasi University of Life Sciences, agri-food cluster',
      startsOn: '2025-06-01',
      endsOn: '2026-12-31',
      costEur: 450000,
      fundingSource: 'ROP North-East 2021-2027, priority 1',
      indicators: [
        { kind: 'OUTPUT', name: 'Vouchers awarded', unit: 'vouchers', baseline: 0, target: 40 },
        { kind: 'RESULT', name: 'SMEs with R&D spending', unit: 'firms', baseline: 12, target: null },
      ],
    };
    // A measure can be removed in the plan, by its own partner only; its to-do item is free again.
    const second = (await editor.ok(FROM_TODO, { id: review.todos[1].id })).createMeasureFromTodo;
    expect(refusal(await marcheEditor.request(DELETE_MEASURE, { id: second.id }))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOUR_PARTNERS_CYCLE' });
    expect((await editor.ok(DELETE_MEASURE, { id: second.id })).deleteMeasure).toBe(second.id);
    const plan = (await editor.ok(`query($id: ID!) { learningCycle(id: $id) { measures { id } peerReviews { todos { id measureId } } } }`, { id })).learningCycle;
    expect(plan.measures.map((m: any) => m.id)).toEqual([measure.id]);
    expect(plan.peerReviews[0].todos.find((x: any) => x.id === review.todos[1].id).measureId).toBeNull();
    expect(refusal(await editor.request(DELETE_MEASURE, { id: second.id }))).toMatchObject({ code: 'NOT_FOUND' });
    const saved = (await editor.ok(MEASURE, { i: measureInput })).saveMeasure;
    expect(saved.gapIndicatorCode).toBe(gaps[0]);
    // One indicator has no target yet: no PILOT before every measure has a baseline and a target.
    expect(refusal(await move(editor, id, 'START_PILOT'))).toMatchObject({ reason: 'MEASURES_HAVE_BASELINE_AND_TARGET' });
    const indicators = saved.indicators.map((i: any) => ({ id: i.id, kind: i.kind, name: i.name, unit: i.unit, baseline: i.baseline, target: i.name === 'SMEs with R&D spending' ? 30 : i.target }));
    const complete = (await editor.ok(MEASURE, { i: { ...measureInput, indicators } })).saveMeasure;
    expect(complete.indicators.map((i: any) => i.id)).toEqual(saved.indicators.map((i: any) => i.id));
    expect((await editor.ok(MOVE, { i: { cycleId: id, event: 'START_PILOT' } })).transitionLearningCycle.stage).toBe('PILOT');
    // Measures are facts of ACTION_PLAN: the domain refuses them now.
    expect(refusal(await editor.request(MEASURE, { i: { ...measureInput, indicators } }))).toMatchObject({ reason: 'STAGE' });
    expect(refusal(await editor.request(DELETE_MEASURE, { id: measure.id }))).toMatchObject({ code: 'CONFLICT', reason: 'STAGE' });

    expect(refusal(await move(editor, id, 'START_EVALUATION'))).toMatchObject({ reason: 'PILOT_LINKED' });
    const pilot = (
      await editor.ok(PILOT, {
        i: { cycleId: id, measureId: measure.id, title: 'Innovation vouchers for agri-food SMEs in Suceava and Iasi', participantPartnerIds: [partners['IEF']!.id], areas: ['INNOVATION_RD', 'FINANCIAL_FRAMEWORK'], startsOn: '2025-06-01', endsOn: '2026-06-30', budgetEur: 180000 },
      })
    ).savePilotAction;
    expect(pilot).toMatchObject({ status: 'RUNNING', areas: ['INNOVATION_RD', 'FINANCIAL_FRAMEWORK'] });
    const [vouchers, smes] = complete.indicators;
    const readings = [
      { measureIndicatorId: vouchers.id, date: '2025-09-30', value: 11, note: 'First call closed' },
      { measureIndicatorId: vouchers.id, date: '2026-03-31', value: 34, note: 'Second call', evidenceUrl: 'https://adrnordest.ro/vouchers-2026' },
      { measureIndicatorId: vouchers.id, date: '2025-12-31', value: 23, note: '' },
      { measureIndicatorId: smes.id, date: '2026-03-31', value: 17, note: 'Survey of beneficiaries' },
    ];
    for (const r of readings) await editor.ok(READING, { i: { pilotId: pilot.id, ...r } });
    // A wrong reading is deleted (by the cycle's partner only) and no longer counts.
    await editor.ok(READING, { i: { pilotId: pilot.id, measureIndicatorId: vouchers.id, date: '2026-04-30', value: 400, note: 'typo' } });
    const typo = (await editor.ok(PILOT_KPIS, { id: pilot.id })).pilotAction.kpis.find((k: any) => k.indicator.id === vouchers.id).readings.at(-1);
    expect(typo).toMatchObject({ value: 400, date: '2026-04-30' });
    expect(refusal(await marcheEditor.request(DELETE_READING, { id: typo.id }))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOUR_PARTNERS_CYCLE' });
    expect((await editor.ok(DELETE_READING, { id: typo.id })).deleteKpiReading).toBe(typo.id);
    expect(refusal(await editor.request(DELETE_READING, { id: typo.id }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorCode(await editor.request(READING, { i: { pilotId: pilot.id, measureIndicatorId: vouchers.id, date: '2026-13-01', value: 1 } }))).toBe('BAD_USER_INPUT');

    // KPI achievement in the API equals the domain's kpiAchievement on the same readings.
    const kpis = (await editor.ok(PILOT_KPIS, { id: pilot.id })).pilotAction.kpis;
    const v = kpis.find((k: any) => k.indicator.id === vouchers.id);
    expect(v.readings.map((r: any) => r.date)).toEqual(['2025-09-30', '2025-12-31', '2026-03-31']);
    expect(v.latestValue).toBe(34);
    expect(v.achievement).toBe(kpiAchievement({ baseline: 0, target: 40, actual: 34 }));
    expect(v.status).toBe('AT_RISK');
    for (const r of v.readings) expect(r.achievement).toBe(kpiAchievement({ baseline: 0, target: 40, actual: r.value }));
    expect(v.readings[2].evidenceUrl).toBe('https://adrnordest.ro/vouchers-2026');
    const s = kpis.find((k: any) => k.indicator.id === smes.id);
    expect(s.achievement).toBe(kpiAchievement({ baseline: 12, target: 30, actual: 17 }));
    expect(s.status).toBe('OFF_TRACK');

    await editor.ok(MOVE, { i: { cycleId: id, event: 'START_EVALUATION' } });
    expect(refusal(await move(editor, id, 'START_TRANSFER'))).toMatchObject({ code: 'CONFLICT', reason: 'EVALUATION_RECORDED' });
    const evaluation = (
      await editor.ok(EVALUATE, { i: { cycleId: id, findings: 'Vouchers reached 85% of target; R&D uptake lags.', lessons: 'Pair vouchers with brokers.', transferability: 'Works where a university hub exists.', decision: 'REVISE' } })
    ).saveEvaluation;
    expect(evaluation.kpiResults).toEqual(
      expect.arrayContaining([
        { measureIndicatorId: vouchers.id, actual: 34, achievement: kpiAchievement({ baseline: 0, target: 40, actual: 34 }), status: 'AT_RISK' },
        { measureIndicatorId: smes.id, actual: 17, achievement: kpiAchievement({ baseline: 12, target: 30, actual: 17 }), status: 'OFF_TRACK' },
      ]),
    );

    // Reflection sends the cycle back to the plan; it needs a reason.
    expect(refusal(await move(editor, id, 'REFLECT', { to: 'ACTION_PLAN' }))).toMatchObject({ reason: 'REASON_GIVEN' });
    expect(refusal(await move(editor, id, 'REFLECT', { to: 'ANALYSIS', reason: 'start over' }))).toMatchObject({ reason: 'REFLECTION_ALLOWED' });
    const back = (await editor.ok(MOVE, { i: { cycleId: id, event: 'REFLECT', to: 'ACTION_PLAN', reason: 'R&D uptake lags: add a broker measure' } })).transitionLearningCycle;
    expect(back.stage).toBe('ACTION_PLAN');
    // Back in the plan, a measure a pilot tests still cannot go; readings are closed.
    expect(refusal(await editor.request(DELETE_MEASURE, { id: measure.id }))).toMatchObject({ code: 'CONFLICT', reason: 'MEASURE_HAS_PILOTS' });
    const aReading = (await editor.ok(PILOT_KPIS, { id: pilot.id })).pilotAction.kpis[0].readings[0];
    expect(refusal(await editor.request(DELETE_READING, { id: aReading.id }))).toMatchObject({ code: 'CONFLICT', reason: 'READINGS_CLOSED' });
    await editor.ok(MOVE, { i: { cycleId: id, event: 'START_PILOT' } });
    await editor.ok(MOVE, { i: { cycleId: id, event: 'START_EVALUATION' } });
    await editor.ok(EVALUATE, { i: { cycleId: id, findings: 'Vouchers on track after the broker measure.', lessons: 'Brokers matter.', transferability: 'High.', decision: 'TRANSFER' } });
    // A policy example is drafted in TRANSFER only.
    expect(refusal(await editor.request(DRAFT_PRACTICE, { id }))).toMatchObject({ code: 'CONFLICT', reason: 'STAGE' });
    await editor.ok(MOVE, { i: { cycleId: id, event: 'START_TRANSFER' } });

    expect(refusal(await move(editor, id, 'START_NEW_CYCLE'))).toMatchObject({ reason: 'PRACTICE_PUBLISHED' });
    const transfer = (await editor.ok(TRANSFER, { i: { cycleId: id, summary: 'Rolling vouchers plus brokers, documented for transfer.' } })).saveTransfer;
    expect(transfer).toMatchObject({ evaluationId: evaluation.id, practiceId: null });
    // "Draft a policy example": a DRAFT prefilled from the evaluation and the pilot, contributed by the owner.
    expect(refusal(await marcheEditor.request(DRAFT_PRACTICE, { id }))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOUR_PARTNERS_CYCLE' });
    const drafted = (await editor.ok(DRAFT_PRACTICE, { id })).draftPracticeFromCycle;
    expect(drafted.practiceId).toBe(drafted.practice.id);
    expect(drafted.practice.status).toBe('DRAFT');
    const example = (await editor.ok(PRACTICE, { id: drafted.practiceId })).practice;
    expect(example).toMatchObject({
      status: 'DRAFT',
      isDemo: false,
      title: 'Smart specialisation in agri-food, North-East',
      summary: 'Rolling vouchers plus brokers, documented for transfer.',
      lessonsLearned: 'Brokers matter.',
      transferPotential: 'High.',
      country: 'RO',
      developmentAreas: ['INNOVATION_RD', 'FINANCIAL_FRAMEWORK'],
      startYear: 2025,
      endYear: 2026,
      budgetEur: 180000,
      partner: { id: partners['RDA NE']!.id },
      regions: [{ code: 'RO21' }],
    });
    expect(example.evidence).toContain('Vouchers on track after the broker measure.');
    expect(example.evidence).toContain('Vouchers awarded (Innovation vouchers for agri-food SMEs in Suceava and Iasi): 34 vouchers against a target of 40 from a baseline of 0, 85% achieved');
    expect(example.results).toEqual(
      expect.arrayContaining([
        { description: 'Vouchers awarded (Innovation vouchers for agri-food SMEs in Suceava and Iasi)', unit: 'vouchers', before: 0, after: 34 },
        { description: 'SMEs with R&D spending (Innovation vouchers for agri-food SMEs in Suceava and Iasi)', unit: 'firms', before: 12, after: 17 },
      ]),
    );
    expect((await new GqlClient(t.url).ok(PRACTICE, { id: drafted.practiceId })).practice).toBeNull();
    expect(refusal(await editor.request(DRAFT_PRACTICE, { id }))).toMatchObject({ code: 'CONFLICT', reason: 'PRACTICE_ALREADY_DRAFTED' });
    // Saving the transfer's text again keeps the link to the drafted example.
    expect((await editor.ok(TRANSFER, { i: { cycleId: id, summary: 'Rolling vouchers plus brokers, for transfer.' } })).saveTransfer.practiceId).toBe(drafted.practiceId);
    // It follows the normal practice workflow: the editor can submit it.
    expect((await editor.ok(`query($id: ID!) { practice(id: $id) { availableActions } }`, { id: drafted.practiceId })).practice.availableActions).toContain('SUBMIT');
    const next = (await editor.ok(MOVE, { i: { cycleId: id, event: 'START_NEW_CYCLE', reason: 'Second round with the 2027 data' } })).transitionLearningCycle;
    expect(next).toMatchObject({ stage: 'ANALYSIS', iteration: 2, previousCycleId: id, canEdit: true, transitions: [] });

    const old = (await editor.ok(CYCLE, { id })).learningCycle;
    expect(old).toMatchObject({ stage: 'TRANSFER', canEdit: false, nextCycleId: next.id, availableTransitions: [] });
    expect(old.finishedAt).not.toBeNull();
    expect(old.transitions.map((x: any) => `${x.from}>${x.to}`)).toEqual([
      'ANALYSIS>BENCHMARKING',
      'BENCHMARKING>PEER_LEARNING',
      'PEER_LEARNING>ACTION_PLAN',
      'ACTION_PLAN>PILOT',
      'PILOT>EVALUATION',
      'EVALUATION>ACTION_PLAN',
      'ACTION_PLAN>PILOT',
      'PILOT>EVALUATION',
      'EVALUATION>TRANSFER',
      'TRANSFER>ANALYSIS',
    ]);
    expect(old.transitions[5]).toMatchObject({ event: 'REFLECT', actorName: 'Editor rdane-editor', reason: 'R&D uptake lags: add a broker measure' });
    expect(refusal(await editor.request(ASSESS, { i: { cycleId: id, context: 'x', strengths: [], barriers: [], missingData: [] } }))).toMatchObject({ reason: 'CYCLE_FINISHED' });
  });

  it("keeps editors to their own partner's cycles; admins change any; visitors see public cycles only", async () => {
    const marche = (await admin.ok(CREATE, { i: { title: 'Mechatronics cluster policy review', regionCode: 'ITI3', partnerId: partners['MARCHE']!.id } })).createLearningCycle;
    const assess = { cycleId: marche.id, context: 'Mechatronics and home appliances.', strengths: [], barriers: [], missingData: [] };
    expect(refusal(await editor.request(ASSESS, { i: assess }))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOUR_PARTNERS_CYCLE' });
    expect(refusal(await move(editor, marche.id, 'START_BENCHMARKING'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorCode(await editor.request('mutation($i: UpdateLearningCycleInput!) { updateLearningCycle(input: $i) { id } }', { i: { id: marche.id, isPublic: true } }))).toBe('FORBIDDEN');
    expect(errorCode(await editor.request(CREATE, { i: { title: 'Not mine', regionCode: 'ITI3', partnerId: partners['MARCHE']!.id } }))).toBe('FORBIDDEN');
    // The editor reads it (members see every cycle) but may not change it.
    expect((await editor.ok(CYCLE, { id: marche.id })).learningCycle.canEdit).toBe(false);

    const own = (await editor.ok(CREATE, { i: { title: 'Textile upgrading', regionCode: 'RO21' } })).createLearningCycle;
    await admin.ok(ASSESS, { i: { ...assess, cycleId: own.id } });
    expect((await admin.ok(CYCLE, { id: own.id })).learningCycle.canEdit).toBe(true);

    const anon = new GqlClient(t.url);
    expect((await anon.ok(CYCLE, { id: own.id })).learningCycle).toBeNull();
    expect(errorCode(await anon.request(ASSESS, { i: assess }))).toBe('UNAUTHENTICATED');
    await editor.ok('mutation($i: UpdateLearningCycleInput!) { updateLearningCycle(input: $i) { id } }', { i: { id: own.id, isPublic: true } });
    expect((await anon.ok(CYCLE, { id: own.id })).learningCycle).toMatchObject({ id: own.id, canEdit: false });
    const listed = await anon.ok('{ learningCycles(first: 100) { edges { node { id isPublic } } } }');
    expect(listed.learningCycles.edges.every((e: any) => e.node.isPublic)).toBe(true);
    expect(listed.learningCycles.edges.map((e: any) => e.node.id)).toContain(own.id);
  });

  it('keeps a saved benchmark snapshot unchanged by a later data import', async () => {
    const c = (await admin.ok(CREATE, { i: { title: 'Snapshot check', regionCode: 'ITI3', partnerId: partners['MARCHE']!.id } })).createLearningCycle;
    const snap = (await admin.ok(SNAPSHOT, { i: { cycleId: c.id, options: { uncertaintyDraws: 0, groupSize: 8 } } })).saveBenchmarkSnapshot.benchmarkSnapshot;
    const berd = snap.indicators.find((i: any) => i.code === 'BERD_EUR_PER_INH');
    expect(berd.value).not.toBeNull();
    const csv = `indicator,region,year,value,flag,source\nBERD_EUR_PER_INH,ITI3,${berd.valueYear},${berd.value * 3 + 1},,Regional statistics office revision`;
    await admin.ok('mutation($input: ObservationImportInput!) { applyObservationImport(input: $input) { ... on ImportBatch { id } ... on ImportRejected { reason } } }', {
      input: { fileName: 'revision.csv', contentBase64: Buffer.from(csv).toString('base64') },
    });
    const live = await admin.ok('query($o: BenchmarkOptions) { benchmark(region: "ITI3", options: $o) { indicators { indicator { code } value } } }', { o: { uncertaintyDraws: 0, groupSize: 8 } });
    expect(live.benchmark.indicators.find((i: any) => i.indicator.code === 'BERD_EUR_PER_INH').value).toBe(berd.value * 3 + 1);
    const after = (await admin.ok(CYCLE, { id: c.id })).learningCycle.benchmarkSnapshot;
    expect(after.resultJson).toBe(snap.resultJson);
    expect(JSON.parse(after.resultJson).indicators.find((i: any) => i.code === 'BERD_EUR_PER_INH').value).toBe(berd.value);
  });

  it('matchmaking: suggested regions are reference regions that perform better on the chosen gaps', async () => {
    const c = (await admin.ok(CREATE, { i: { title: 'Matchmaking check', regionCode: 'HU33', partnerId: partners['SGPRIA']!.id } })).createLearningCycle;
    const options = { uncertaintyDraws: 0 };
    await admin.ok(ASSESS, { i: { cycleId: c.id, context: 'Agri-food and pharma around Szeged.', strengths: [], barriers: [], missingData: [] } });
    const snap = (await admin.ok(SNAPSHOT, { i: { cycleId: c.id, options } })).saveBenchmarkSnapshot.benchmarkSnapshot;
    await admin.ok(MOVE, { i: { cycleId: c.id, event: 'START_BENCHMARKING' } });
    const gaps = snap.weaknesses.slice(0, 3);
    await admin.ok(GAPS, { i: { cycleId: c.id, indicatorCodes: gaps } });

    const d = await admin.ok(`query($id: ID!) { peerMatches(cycleId: $id, first: 10) {
      rank distance reason meanAdvantage region { code } partners { id } pilots { id }
      betterOn { indicatorCode value targetValue advantage } } }`, { id: c.id });
    const matches = d.peerMatches;
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.map((m: any) => m.rank)).toEqual(matches.map((_m: any, i: number) => i + 1));
    // Among the benchmark's reference regions (the live query with the same options agrees).
    const live = await admin.ok('query($o: BenchmarkOptions) { benchmark(region: "HU33", options: $o) { year referenceRegions { region { code } } } }', { o: options });
    const reference = new Set(live.benchmark.referenceRegions.map((r: any) => r.region.code));
    expect(new Set(snap.referenceRegions.map((r: any) => r.code))).toEqual(reference);
    // Better on the gap indicators, checked against the stored observations.
    const ind = await admin.ok('{ indicators { code polarity } }');
    const polarity = new Map(ind.indicators.map((i: any) => [i.code, i.polarity]));
    const latest = async (region: string, code: string) => {
      const o = await admin.ok(`query($f: ObservationFilter) { observations(filter: $f, first: 100) { edges { node { year value } } } }`, {
        f: { indicators: [code], regions: [region], yearTo: live.benchmark.year },
      });
      const rows = o.observations.edges.map((e: any) => e.node).filter((n: any) => n.value !== null).sort((a: any, b: any) => b.year - a.year);
      return rows[0]?.value ?? null;
    };
    // Each suggestion lists the region's published policy examples on the gaps' development areas.
    const gapAreas = new Set(JSON.parse((await admin.ok(CYCLE, { id: c.id })).learningCycle.benchmarkSnapshot.resultJson).indicators.filter((i: any) => gaps.includes(i.code)).map((i: any) => i.area));
    const otherArea = ['INNOVATION_RD', 'SUSTAINABLE_DEVELOPMENT', 'INTERNATIONAL_COOPERATION', 'FINANCIAL_FRAMEWORK', 'SPECIALISATION', 'SKILLS_AND_JOBS', 'MULTILEVEL_GOVERNANCE'].find((a) => !gapAreas.has(a))!;
    const top = matches[0].region.code as string;
    const topCountry = (await admin.ok(`{ regions { code country } }`)).regions.find((r: any) => r.code === top).country;
    const host = Object.values(partners).find((p) => p.country === topCountry) ?? partners['MARCHE']!;
    const example = async (title: string, areas: string[], publish: boolean) => {
      const p = (
        await admin.ok(CREATE_PRACTICE, {
          i: {
            title,
            partnerId: host.id,
            country: topCountry,
            regionCodes: [top],
            developmentAreas: areas,
            summary: 'A regional scheme that closed the gap.',
            description: 'How the scheme worked.',
            results: [{ description: 'More firms invest' }],
            lessonsLearned: 'Start small.',
            transferPotential: 'Similar regions.',
            instrument: 'GRANT',
            targetGroups: ['SMES'],
            institution: 'Regional agency',
            startYear: 2022,
            contactName: 'Ana Test',
            contactEmail: 'ana@example.org',
          },
        })
      ).createPractice;
      if (publish) {
        await admin.ok(MOVE_PRACTICE, { i: { id: p.id, action: 'SUBMIT' } });
        await admin.ok(MOVE_PRACTICE, { i: { id: p.id, action: 'PUBLISH' } });
      }
      return p.id as string;
    };
    // More than a match lists: the newest ten are listed, the reason counts them all.
    for (let k = 1; k <= 10; k++) await example(`Earlier matchmaking example ${k} on the gap areas`, [...gapAreas] as string[], true);
    const onGap = await example('Matchmaking example on the gap areas', [...gapAreas] as string[], true);
    const unpublished = await example('Matchmaking draft on the gap areas', [...gapAreas] as string[], false);
    const offTopic = await example('Matchmaking example on another area', [otherArea], true);
    const again = (await admin.ok(`query($id: ID!) { peerMatches(cycleId: $id, first: 10) { region { code } reason practices { id status developmentAreas regions { code } } } }`, { id: c.id })).peerMatches;
    const topAgain = again.find((m: any) => m.region.code === top);
    const ids = topAgain.practices.map((p: any) => p.id);
    expect(ids[0]).toBe(onGap);
    expect(ids).toHaveLength(10);
    expect(ids).not.toContain(unpublished);
    expect(ids).not.toContain(offTopic);
    const counted = Number(/(\d+) published policy examples? on the same development areas/.exec(topAgain.reason)?.[1]);
    expect(counted).toBeGreaterThanOrEqual(11);
    for (const m of again) {
      for (const p of m.practices) {
        expect(p.status).toBe('PUBLISHED');
        expect(p.regions.map((r: any) => r.code)).toContain(m.region.code);
        expect(p.developmentAreas.some((a: string) => gapAreas.has(a))).toBe(true);
      }
    }
    for (const m of matches) {
      expect(reference.has(m.region.code)).toBe(true);
      expect(m.betterOn.length).toBeGreaterThan(0);
      expect(m.reason).toMatch(/^Better on /);
      for (const b of m.betterOn) {
        expect(gaps).toContain(b.indicatorCode);
        expect(b.value).toBe(await latest(m.region.code, b.indicatorCode));
        expect(b.targetValue).toBe(await latest('HU33', b.indicatorCode));
        if (polarity.get(b.indicatorCode) === 'LOWER_IS_BETTER') expect(b.value).toBeLessThan(b.targetValue);
        else expect(b.value).toBeGreaterThan(b.targetValue);
      }
    }
  });

  it('flags a policy example drafted from a demo cycle as demo', async () => {
    const cycles = (await admin.ok('{ learningCycles(first: 50) { edges { node { id title stage isDemo } } } }')).learningCycles.edges.map((e: any) => e.node);
    const demo = cycles.find((c: any) => c.isDemo && c.stage === 'TRANSFER');
    expect(demo).toBeDefined();
    const drafted = (await admin.ok(DRAFT_PRACTICE, { id: demo.id })).draftPracticeFromCycle;
    expect((await admin.ok(PRACTICE, { id: drafted.practiceId })).practice).toMatchObject({ status: 'DRAFT', isDemo: true });
  });
});
