import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '../src/config/env';
import { GqlClient } from './support/client';
import { STORE, startTestPlatform, type TestPlatform } from './support/platform';

const wsClient = (httpUrl: string, headers: Record<string, string> = {}): Client =>
  createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    },
    retryAttempts: 0,
  });

/** Collects a subscription's events until `until` holds or the time runs out. */
function collect(client: Client, query: string, variables: Record<string, unknown>) {
  const events: any[] = [];
  const errors: unknown[] = [];
  const dispose = client.subscribe({ query, variables }, { next: (e) => events.push(e), error: (e) => errors.push(e), complete: () => undefined });
  return {
    events,
    errors,
    dispose,
    async waitFor(pred: (events: any[]) => boolean, ms = 10_000): Promise<any[]> {
      const end = Date.now() + ms;
      while (Date.now() < end) {
        if (pred(events)) return events;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no matching event; got ${JSON.stringify(events)} errors ${JSON.stringify(errors)}`);
    },
  };
}

const SUBMIT = 'mutation($t: String!, $i: SubmitForesightAnswersInput!) { submitForesightAnswers(token: $t, input: $i) { answeredItems } }';
const LIVE = 'query($t: String!) { panelSession(token: $t) { statements { items { group { frozen n median q1 q3 } } } } }';
const CHANGED = 'subscription($t: String!) { foresightChanged(token: $t) { exerciseId kind } }';

describe(`foresight in real time across API instances (${STORE})`, () => {
  let t: TestPlatform;
  let second: { url: string; close(): Promise<void> };
  let admin: GqlClient;
  let exerciseId: string;
  let itemId: string;
  const tokens: string[] = [];
  const clients: Client[] = [];

  beforeAll(async () => {
    t = await startTestPlatform();
    second = await t.startInstance();
    admin = new GqlClient(t.url);
    await admin.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    exerciseId = (
      await admin.ok('mutation($i: ForesightExerciseInput!) { saveForesightExercise(input: $i) { id } }', {
        i: { title: 'Live Delphi', topic: 'Roundless', method: 'REAL_TIME', horizonYear: 2035, language: 'en' },
      })
    ).saveForesightExercise.id;
    itemId = (
      await admin.ok('mutation($i: ForesightStatementInput!) { saveForesightStatement(input: $i) { items { id } } }', {
        i: { exerciseId, theme: 'Energy', text: 'Firms produce a third of their energy on site.', items: [{ kind: 'PROBABILITY' }] },
      })
    ).saveForesightStatement.items[0].id;
    const links = (await admin.ok('mutation($i: InviteForesightPanellistsInput!) { inviteForesightPanellists(input: $i) { answerPath } }', { i: { exerciseId, links: 5 } }))
      .inviteForesightPanellists;
    for (const l of links) tokens.push(l.answerPath.split('/').pop());
    await admin.ok('mutation($i: OpenForesightRoundInput!) { openForesightRound(input: $i) { id } }', { i: { exerciseId } });
  });

  afterAll(async () => {
    for (const c of clients) await c.dispose();
    await t.close();
  });

  it('an answer through one instance reaches a panellist subscribed on the other, whose live statistics then change', async () => {
    const anon = new GqlClient(t.url);
    const other = new GqlClient(second.url);
    // Three others answer first: the live group is shown from three other answers on.
    for (const [k, v] of [4, 4, 5].entries()) await anon.ok(SUBMIT, { t: tokens[k + 1], i: { answers: [{ itemId, value: v }] } });
    const before = (await anon.ok(LIVE, { t: tokens[0] })).panelSession.statements[0].items[0].group;
    expect(before).toMatchObject({ frozen: false, n: 3, median: 4 });

    const client = wsClient(t.url);
    clients.push(client);
    const sub = collect(client, CHANGED, { t: tokens[0] });
    await new Promise((r) => setTimeout(r, 500)); // the subscription is registered
    await other.ok(SUBMIT, { t: tokens[4], i: { answers: [{ itemId, value: 5, argument: 'Energy prices force it.' }] } });
    const events = await sub.waitFor((e) => e.length > 0);
    expect(events[0]).toEqual({ data: { foresightChanged: { exerciseId, kind: 'ANSWERS' } } });
    const after = (await anon.ok(LIVE, { t: tokens[0] })).panelSession.statements[0].items[0].group;
    expect(after).toMatchObject({ n: 4, median: 4.5 });
    sub.dispose();
  });

  it('refuses a revoked or unknown token, and serves nothing but subscriptions over WebSocket', async () => {
    const client = wsClient(second.url);
    clients.push(client);
    const bad = collect(client, CHANGED, { t: 'x'.repeat(43) });
    await new Promise((r) => setTimeout(r, 500));
    // A subscription refused when it starts answers one result with the error, as a query would.
    expect(bad.events).toEqual([{ errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED', reason: 'INVALID_PANEL_TOKEN' }) })] }]);
    const query = collect(client, '{ foresightExercises { id } }', {});
    await new Promise((r) => setTimeout(r, 300));
    expect(JSON.stringify(query.errors)).toContain('Only subscriptions');
    const mutation = collect(client, SUBMIT, { t: tokens[0], i: { answers: [{ itemId, value: 3 }] } });
    await new Promise((r) => setTimeout(r, 300));
    expect(JSON.stringify(mutation.errors)).toContain('Only subscriptions');
  });

  it('a socket from another site is refused', async () => {
    const client = wsClient(t.url, { origin: 'https://evil.example' });
    const closed = new Promise<unknown>((resolve) => client.on('closed', resolve));
    collect(client, CHANGED, { t: tokens[0] });
    expect(await closed).toBeDefined();
    await client.dispose();
  });
});
