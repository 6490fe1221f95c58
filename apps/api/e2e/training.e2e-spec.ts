import { summariseSelfAssessment, type SelfAssessment } from '@polisee/domain';
import { PDFParse } from 'pdf-parse';
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '../src/config/env';
import { errorCode, GqlClient, type GqlResponse } from './support/client';
import { STORE, startTestPlatform, type TestPlatform } from './support/platform';

const MODULE = `query($slug: String, $id: ID) { trainingModule(slug: $slug, id: $id) {
  id slug title status passMark lessonCount questionCount displayedLanguage availableLanguages
  lessons { id title body toolLinks { label path } }
  questions { id kind prompt options { id text } } } }`;
const SUBMIT = `mutation($i: SubmitQuizInput!) { submitQuizAttempt(input: $i) {
  attemptId correct total percent passMark passed
  questions { questionId correct chosenOptionIds correctOptionIds explanation }
  certificate { code learnerName moduleTitle percent } } }`;
const KEYS = `query($id: ID!) { trainingModule(id: $id) { questionKeys { id kind correctOptionIds explanation } } }`;

const reason = (r: GqlResponse) => r.errors?.[0]?.extensions?.reason;

describe(`training package (${STORE})`, () => {
  let t: TestPlatform;
  let admin: GqlClient;
  let anon: GqlClient;
  let analysis: { id: string; questions: { id: string; kind: string; options: { id: string }[] }[] };
  let key: { id: string; kind: string; correctOptionIds: string[]; explanation: string }[];

  beforeAll(async () => {
    t = await startTestPlatform();
    admin = new GqlClient(t.url);
    await admin.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    anon = new GqlClient(t.url);
    analysis = (await anon.ok(MODULE, { slug: 'ris3-analysis-of-the-regional-context' })).trainingModule;
    key = (await admin.ok(KEYS, { id: analysis.id })).trainingModule.questionKeys;
  });
  afterAll(() => t.close());

  const rightAnswers = () => key.map((k) => ({ questionId: k.id, optionIds: k.correctOptionIds }));
  const wrongAnswers = () =>
    analysis.questions.map((q) => {
      const k = key.find((x) => x.id === q.id)!;
      // ORDERING: the right order reversed; otherwise an option that is not right
      const wrong = k.kind === 'ORDERING' ? [...k.correctOptionIds].reverse() : [q.options.find((o) => !k.correctOptionIds.includes(o.id))!.id];
      return { questionId: q.id, optionIds: wrong };
    });

  it('publishes the seeded catalogue: seven-plus modules with three-plus lessons and five questions, some in Italian and Romanian', async () => {
    const list = (await anon.ok('{ trainingModules { id slug ris3Step lessonCount questionCount availableLanguages status } }')).trainingModules;
    expect(list.length).toBeGreaterThanOrEqual(7);
    expect(new Set(list.map((m: any) => m.ris3Step).filter(Boolean)).size).toBe(6);
    for (const m of list) {
      expect(m.status).toBe('PUBLISHED');
      expect(m.lessonCount).toBeGreaterThanOrEqual(3);
      expect(m.questionCount).toBeGreaterThanOrEqual(5);
    }
    expect(list.filter((m: any) => m.availableLanguages.includes('it') && m.availableLanguages.includes('ro')).length).toBeGreaterThanOrEqual(2);
    const ro = (await anon.ok(`query($slug: String) { trainingModule(slug: $slug, locale: "ro") { title displayedLanguage questions { prompt } } }`, { slug: 'ris3-priorities' })).trainingModule;
    expect(ro.displayedLanguage).toBe('ro');
    expect(ro.title).toBe('Pasul 4: Identificarea priorităților');
  });

  it('never exposes the right answers or explanations before an attempt is submitted', async () => {
    // No field of the learner's question type can carry them...
    const type = (await anon.ok(`{ __type(name: "QuizQuestion") { fields { name } } }`)).__type;
    expect(type.fields.map((f: any) => f.name).sort()).toEqual(['id', 'kind', 'options', 'position', 'prompt']);
    const option = (await anon.ok(`{ __type(name: "QuizOption") { fields { name } } }`)).__type;
    expect(option.fields.map((f: any) => f.name).sort()).toEqual(['id', 'text']);
    // ...the whole module as a visitor reads it mentions no explanation or key...
    const json = JSON.stringify(analysis);
    for (const k of key) expect(json).not.toContain(k.explanation);
    // ...and the authors' field is refused to visitors and learners.
    const r = await anon.request(KEYS, { id: analysis.id });
    expect(errorCode(r)).toBe('UNAUTHENTICATED');
  });

  it('scores on the server: what the client claims does not count, and explanations come with the result', async () => {
    const pass = (await anon.ok(SUBMIT, { i: { moduleId: analysis.id, answers: rightAnswers() } })).submitQuizAttempt;
    expect(pass).toMatchObject({ attemptId: null, correct: 5, total: 5, percent: 100, passed: true, certificate: null });
    const fail = (await anon.ok(SUBMIT, { i: { moduleId: analysis.id, answers: wrongAnswers() } })).submitQuizAttempt;
    expect(fail).toMatchObject({ correct: 0, percent: 0, passed: false, certificate: null });
    expect(fail.questions.every((q: any) => !q.correct && q.explanation.length > 10 && q.correctOptionIds.length > 0)).toBe(true);
    // Three right answers of five is 60%, below the pass mark of 80.
    const some = rightAnswers().slice(0, 3);
    const partial = (await anon.ok(SUBMIT, { i: { moduleId: analysis.id, answers: some } })).submitQuizAttempt;
    expect(partial).toMatchObject({ correct: 3, percent: 60, passMark: 80, passed: false });
    // Options a question does not have are refused.
    const bad = await anon.request(SUBMIT, { i: { moduleId: analysis.id, answers: [{ questionId: key[0]!.id, optionIds: ['zz'] }] } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });

  it('refuses an attempt on an unpublished module, and hides it from visitors', async () => {
    const m = (
      await admin.ok(
        `mutation($i: SaveTrainingModuleInput!) { saveTrainingModule(input: $i) { id status slug } }`,
        { i: { title: 'Draft: internationalisation of clusters', summary: 'Work in progress.', durationMinutes: 30, language: 'en', passMark: 60, developmentAreas: ['INTERNATIONAL_COOPERATION'] } },
      )
    ).saveTrainingModule;
    expect(m.status).toBe('DRAFT');
    await admin.ok(`mutation($i: SaveTrainingLessonInput!) { saveTrainingLesson(input: $i) { id } }`, {
      i: { moduleId: m.id, title: 'Why go abroad', body: 'Clusters <script>alert(1)</script>find **partners** abroad.' },
    });
    const q = (
      await admin.ok(`mutation($i: SaveQuizQuestionInput!) { saveQuizQuestion(input: $i) { id } }`, {
        i: { moduleId: m.id, kind: 'SINGLE', prompt: 'Is it a draft?', options: [{ id: 'a', text: 'Yes' }, { id: 'b', text: 'No' }], correctOptionIds: ['a'], explanation: 'It is.' },
      })
    ).saveQuizQuestion;
    const r = await anon.request(SUBMIT, { i: { moduleId: m.id, answers: [{ questionId: q.id, optionIds: ['a'] }] } });
    expect(errorCode(r)).toBe('CONFLICT');
    expect(reason(r)).toBe('MODULE_NOT_PUBLISHED');
    expect((await anon.ok(MODULE, { id: m.id })).trainingModule).toBeNull();
    // The lesson was stored without its HTML.
    const lessons = (await admin.ok(MODULE, { id: m.id })).trainingModule.lessons;
    expect(lessons[0].body).toBe('Clusters alert(1)find **partners** abroad.');
    // A key that does not fit its kind is refused.
    const badKey = await admin.request(`mutation($i: SaveQuizQuestionInput!) { saveQuizQuestion(input: $i) { id } }`, {
      i: { moduleId: m.id, kind: 'SINGLE', prompt: 'Two answers?', options: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], correctOptionIds: ['a', 'b'], explanation: 'No.' },
    });
    expect(reason(badKey)).toBe('INVALID_QUESTION');
  });

  it('registers a learner through the outbox; the learner passes, gets a certificate whose PDF carries the name and the code, and the code verifies', async () => {
    const name = 'Ștefania Dăscălescu-Țîrlea (Στεφανία Σταυρίδου, Стефания Петрова)';
    const email = 'stefania.learner@polisee.example';
    // The learner reads the portal in Romanian (the portal sends the page's locale).
    const learner = new GqlClient(t.url, { 'accept-language': 'ro' });
    expect(
      (await learner.ok(`mutation($i: RegisterLearnerInput!) { registerLearner(input: $i) }`, { i: { email, name, password: 'learner-password-1', locale: 'ro' } })).registerLearner,
    ).toBe(true);
    // Not confirmed yet: no sign-in.
    expect(errorCode(await learner.login(email, 'learner-password-1'))).toBe('UNAUTHENTICATED');
    const [mail] = await t.db.dataSource.query(`SELECT template, params FROM notification_outbox WHERE to_address = $1`, [email]);
    expect(mail.template).toBe('learner-confirmation');
    expect(mail.params.confirmPath).toMatch(/^\/ro\/training\/confirm\?token=/);
    const token = decodeURIComponent(mail.params.confirmPath.split('token=')[1]);
    // The token is no invitation.
    expect(errorCode(await learner.request(`mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { id } }`, { i: { token, password: 'other-password-12' } }))).toBe('BAD_USER_INPUT');
    const me = (await learner.ok(`mutation($t: String!) { confirmLearnerEmail(token: $t) { id name role partner { id } } }`, { t: token })).confirmLearnerEmail;
    expect(me).toMatchObject({ name, role: 'LEARNER', partner: null });
    expect(errorCode(await learner.request(`mutation($t: String!) { confirmLearnerEmail(token: $t) { id } }`, { t: token }))).toBe('BAD_USER_INPUT');

    // A learner is no member of the partnership: only public cycles.
    const cycles = (await learner.ok('{ learningCycles(first: 50) { edges { node { id isPublic } } } }')).learningCycles.edges;
    expect(cycles.every((e: any) => e.node.isPublic)).toBe(true);

    // Progress and a failed attempt, then a pass.
    const progress = (await learner.ok(`mutation($ids: [ID!]!) { completeTrainingLessons(lessonIds: $ids) { moduleId completedLessonIds } }`, { ids: analysis.questions.length ? [(await anon.ok(MODULE, { id: analysis.id })).trainingModule.lessons[0].id] : [] })).completeTrainingLessons;
    expect(progress[0].completedLessonIds).toHaveLength(1);
    const fail = (await learner.ok(SUBMIT, { i: { moduleId: analysis.id, answers: wrongAnswers() } })).submitQuizAttempt;
    expect(fail.attemptId).toEqual(expect.any(String));
    expect(fail.certificate).toBeNull();
    const pass = (await learner.ok(SUBMIT, { i: { moduleId: analysis.id, answers: rightAnswers() } })).submitQuizAttempt;
    expect(pass.passed).toBe(true);
    expect(pass.certificate).toMatchObject({ learnerName: name, percent: 100 });
    const code: string = pass.certificate.code;
    expect(code).toMatch(/^S3-[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    // A later pass keeps the first certificate.
    expect((await learner.ok(SUBMIT, { i: { moduleId: analysis.id, answers: rightAnswers() } })).submitQuizAttempt.certificate.code).toBe(code);

    const mine = (await learner.ok('{ myTrainingProgress { moduleId attempts bestPercent passed completedLessonIds certificate { code } } }')).myTrainingProgress;
    expect(mine).toEqual([expect.objectContaining({ moduleId: analysis.id, attempts: 3, bestPercent: 100, passed: true, certificate: { code } })]);

    const file = (await learner.ok(`query($c: String!) { certificatePdf(code: $c) { fileName contentType contentBase64 } }`, { c: code })).certificatePdf;
    expect(file.contentType).toBe('application/pdf');
    const parser = new PDFParse({ data: Buffer.from(file.contentBase64, 'base64') });
    const text = (await parser.getText()).text.replace(/\s+/g, ' '); // lines wrap on the page
    await parser.destroy();
    expect(text).toContain(name);
    expect(text).toContain(code);
    expect(text).toContain('Pasul 1: Analiza contextului regional și a potențialului de inovare'); // the title in the learner's language

    // Someone else cannot download it; everyone can verify it.
    expect(errorCode(await anon.request(`query($c: String!) { certificatePdf(code: $c) { fileName } }`, { c: code }))).toBe('UNAUTHENTICATED');
    const verified = (await anon.ok(`query($c: String!) { verifyCertificate(code: $c) { code learnerName moduleTitle percent } }`, { c: code.toLowerCase() })).verifyCertificate;
    expect(verified).toMatchObject({ code, learnerName: name, percent: 100 });
    expect((await anon.ok(`{ verifyCertificate(code: "S3-AAAAA-AAAAA") { code } }`)).verifyCertificate).toBeNull();

    // Statistics count the learner and the missed questions.
    const stats = (await admin.ok('{ trainingStatistics { moduleId learners completions completionRate attempts averagePercent mostMissed { questionId wrong answered } } }')).trainingStatistics;
    const s = stats.find((x: any) => x.moduleId === analysis.id);
    expect(s).toMatchObject({ learners: 1, completions: 1, completionRate: 1, attempts: 3 });
    expect(s.averagePercent).toBeCloseTo(200 / 3, 6);
    expect(s.mostMissed.length).toBe(5);
    expect(s.mostMissed[0]).toMatchObject({ wrong: 1, answered: 3 });
  });

  it('summarises a self-assessment exactly as the domain function does, compares it with the partnership and saves it to a cycle in ANALYSIS', async () => {
    const answers: SelfAssessment = {
      ANALYSIS: { REGIONAL_ASSETS: 4, OUTWARD_DIMENSION: 2, ENTREPRENEURIAL_DYNAMICS: 3 },
      GOVERNANCE: { STRUCTURE: 0, BROAD_PARTICIPATION: 5 },
      MONITORING: { EVALUATION: 1 },
    };
    const scores = Object.entries(answers).flatMap(([step, c]) => Object.entries(c!).map(([criterion, score]) => ({ step, criterion, score })));
    const summary = (await anon.ok(`query($s: [CriterionScoreInput!]!) { selfAssessmentSummary(scores: $s) { overall completeness steps { step mean min max scored noInformation } } }`, { s: scores })).selfAssessmentSummary;
    expect(summary).toEqual(summariseSelfAssessment(answers));

    const report = (
      await anon.ok(
        `query($i: SelfAssessmentReportInput!) { selfAssessmentReport(input: $i) { partnershipAssessments summary { overall } comparison { step own partnershipMean partnershipCount gap earlier change } } }`,
        { i: { scores, earlierScores: [{ step: 'ANALYSIS', criterion: 'REGIONAL_ASSETS', score: 1 }] } },
      )
    ).selfAssessmentReport;
    expect(report.partnershipAssessments).toBeGreaterThanOrEqual(3);
    expect(report.comparison[0]).toMatchObject({ step: 'ANALYSIS', own: 3, earlier: 1, change: 2 });
    expect(report.comparison[0].partnershipMean).toEqual(expect.any(Number));

    const bad = await anon.request(`query($s: [CriterionScoreInput!]!) { selfAssessmentSummary(scores: $s) { overall } }`, { s: [{ step: 'ANALYSIS', criterion: 'NOPE', score: 3 }] });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');

    // Saving: visitors cannot; an administrator saves to a cycle in ANALYSIS, not to one past it.
    expect(errorCode(await anon.request(`mutation($i: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $i) { id } }`, { i: { label: 'x', scores } }))).toBe('UNAUTHENTICATED');
    const all = (await admin.ok('{ learningCycles(first: 50) { edges { node { id stage finishedAt } } } }')).learningCycles.edges.map((e: any) => e.node);
    const inAnalysis = all.find((c: any) => c.stage === 'ANALYSIS' && !c.finishedAt);
    const later = all.find((c: any) => c.stage !== 'ANALYSIS' && !c.finishedAt);
    const saved = (
      await admin.ok(`mutation($i: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $i) { id cycleId overall scores { step criterion score } } }`, {
        i: { label: 'Baseline wheel', scores, cycleId: inAnalysis.id },
      })
    ).saveSelfAssessment;
    expect(saved.cycleId).toBe(inAnalysis.id);
    expect(saved.overall).toBeCloseTo(summariseSelfAssessment(answers).overall!, 12);
    expect(saved.scores).toHaveLength(6);
    const refused = await admin.request(`mutation($i: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $i) { id } }`, { i: { label: 'Late', scores, cycleId: later.id } });
    expect(reason(refused)).toBe('CYCLE_NOT_IN_ANALYSIS');
    expect((await admin.ok('{ mySelfAssessments { id label } }')).mySelfAssessments).toEqual([expect.objectContaining({ id: saved.id, label: 'Baseline wheel' })]);
  });
});
