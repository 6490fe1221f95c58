import { outsideInterquartileRange, roundStatistics } from '@polisee/domain';
import type { DataSource } from 'typeorm';
import {
  ForesightDriverEntity,
  ForesightExerciseEntity,
  ForesightItemEntity,
  ForesightPanellistEntity,
  ForesightResponseEntity,
  ForesightRoundEntity,
  ForesightScenarioEntity,
  ForesightStatementEntity,
} from '../../modules/foresight/foresight.entity';
import { ForesightService, hashPanelToken, newPanelToken } from '../../modules/foresight/foresight.service';
import { RegionEntity } from '../../modules/region/region.entity';
import { FORESIGHT_SEEDS, OUTLIER_REASONS, SCENARIO_SEED, STAKEHOLDER_MIX, type ExerciseSeed } from './foresight.seed';

/** A small seeded generator (mulberry32): the same demo answers on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const gauss = (rnd: () => number) => Math.sqrt(-2 * Math.log(rnd() || 1e-9)) * Math.cos(2 * Math.PI * rnd());

const DAY = 86_400_000;

/**
 * The demo foresight exercises (flagged demo), when there are none: the finished two-round Delphi
 * on the future of clusters in SEE to 2040 (15 panellists, statistics frozen by the same code that
 * closes a round, results published, drivers and four scenarios) and an open real-time exercise.
 */
export async function seedForesight(ds: DataSource): Promise<number> {
  if ((await ds.getRepository(ForesightExerciseEntity).count()) > 0) return 0;
  const regions = new Map((await ds.getRepository(RegionEntity).find()).map((r) => [r.code, r.id]));
  if (!FORESIGHT_SEEDS.every((s) => s.regionCode === null || regions.has(s.regionCode))) return 0;
  const service = new ForesightService(ds);
  await ds.transaction(async (em) => {
    for (const [k, seed] of FORESIGHT_SEEDS.entries()) {
      const rnd = random(2040 + k);
      const start = new Date(Date.UTC(2026, 2 + k * 6, 2, 9));
      const exercise = await em.getRepository(ForesightExerciseEntity).save(
        em.create(ForesightExerciseEntity, {
          title: seed.title,
          topic: seed.topic,
          method: seed.method,
          horizonYear: seed.horizonYear,
          regionId: seed.regionCode ? regions.get(seed.regionCode)! : null,
          partnerId: null,
          areas: seed.areas,
          language: 'en',
          translations: { it: { title: seed.titleIt }, ro: { title: seed.titleRo } },
          status: seed.closedRounds > 0 ? 'FINISHED' : 'RUNNING',
          consensusRule: { maxIqr: 1, minTopShare: 0.75, minResponses: 1, combine: 'ALL' },
          stabilityMaxChange: 0.15,
          resultsPublishedAt: seed.closedRounds > 0 ? new Date(start.getTime() + 70 * DAY) : null,
          isDemo: true,
        }),
      );
      const items: { entity: ForesightItemEntity; centre: [number, number]; spread: [number, number] }[] = [];
      const statements: ForesightStatementEntity[] = [];
      for (const [s, st] of seed.statements.entries()) {
        const statement = await em.getRepository(ForesightStatementEntity).save(
          em.create(ForesightStatementEntity, {
            exerciseId: exercise.id,
            position: s + 1,
            theme: st.theme,
            text: st.text,
            translations: { ...(st.it ? { it: { text: st.it } } : {}), ...(st.ro ? { ro: { text: st.ro } } : {}) },
            indicatorCodes: st.indicators,
          }),
        );
        statements.push(statement);
        for (const [i, it] of st.items.entries()) {
          const year = it.kind === 'YEAR';
          const entity = await em.getRepository(ForesightItemEntity).save(
            em.create(ForesightItemEntity, {
              exerciseId: exercise.id,
              statementId: statement.id,
              position: i + 1,
              kind: it.kind,
              scaleMin: year ? 2026 : 1,
              scaleMax: year ? seed.horizonYear + 20 : 5,
              topCategories: 2,
              consensusRule: year ? { maxIqr: 5, minResponses: 1, combine: 'ALL' } : null,
            }),
          );
          items.push({ entity, centre: it.centre, spread: it.spread });
        }
      }
      const panellists = await em.getRepository(ForesightPanellistEntity).save(
        Array.from({ length: seed.panellists }, (_, p) =>
          em.create(ForesightPanellistEntity, {
            exerciseId: exercise.id,
            // Demo panellists answered already; their links are not kept anywhere.
            tokenHash: hashPanelToken(newPanelToken()),
            label: `Demo panellist ${p + 1}`,
            invitedByEmail: false,
            stakeholderType: STAKEHOLDER_MIX[p % STAKEHOLDER_MIX.length]!,
            expertise: 2 + Math.floor(rnd() * 4),
            isDemo: true,
          }),
        ),
      );
      await seedAnswers(em, service, seed, exercise, items, panellists, start, rnd);
      if (k === 0) await seedScenarios(em, exercise, statements);
    }
  });
  return FORESIGHT_SEEDS.length;
}

async function seedAnswers(
  em: import('typeorm').EntityManager,
  service: ForesightService,
  seed: ExerciseSeed,
  exercise: ForesightExerciseEntity,
  items: { entity: ForesightItemEntity; centre: [number, number]; spread: [number, number] }[],
  panellists: ForesightPanellistEntity[],
  start: Date,
  rnd: () => number,
): Promise<void> {
  const roundCount = Math.max(seed.closedRounds, 1);
  const rounds: ForesightRoundEntity[] = [];
  let previous = new Map<string, number>();
  for (let r = 0; r < roundCount; r++) {
    const closed = r < seed.closedRounds;
    const round = await em.getRepository(ForesightRoundEntity).save(
      em.create(ForesightRoundEntity, { exerciseId: exercise.id, number: r + 1, openedAt: new Date(start.getTime() + r * 30 * DAY), closesAt: new Date(start.getTime() + (r * 30 + 21) * DAY), closedAt: null }),
    );
    rounds.push(round);
    const answers: Partial<ForesightResponseEntity>[] = [];
    const current = new Map<string, number>();
    for (const { entity: item, centre, spread } of items) {
      const lo = item.scaleMin;
      const hi = item.scaleMax;
      const clamp = (v: number) => Math.min(hi, Math.max(lo, Math.round(v)));
      const group = r > 0 ? roundStatistics(panellists.map((p) => previous.get(`${p.id}:${item.id}`)!).filter((v) => v !== undefined), { min: lo, max: hi }) : null;
      // In an open real-time exercise only some have answered so far.
      const answering = closed ? panellists : panellists.slice(0, Math.max(3, panellists.length - 2));
      for (const p of answering) {
        let value: number;
        if (r === 0 || !group) value = clamp(centre[r === 0 ? 0 : 1] + spread[r === 0 ? 0 : 1] * gauss(rnd));
        else {
          // Round 2: most move toward the group's median; some hold their ground with a reason.
          const before = previous.get(`${p.id}:${item.id}`)!;
          value = rnd() < 0.65 ? clamp(before + (group.median - before) * 0.7 + (centre[1] - centre[0])) : before;
        }
        current.set(`${p.id}:${item.id}`, value);
        const outside = group !== null && outsideInterquartileRange(value, group);
        const argumentText = outside ? OUTLIER_REASONS[Math.floor(rnd() * OUTLIER_REASONS.length)]! : null;
        answers.push({ roundId: round.id, itemId: item.id, panellistId: p.id, value, confidence: 2 + Math.floor(rnd() * 4), argument: argumentText });
      }
    }
    // The statements' own arguments, given in the first round on each statement's first item.
    if (r === 0) {
      seed.statements.forEach((st, s) => {
        const first = items.find((i) => statementIndex(items, i) === s);
        (st.arguments ?? []).forEach((text, a) => {
          const row = answers.find((x) => x.itemId === first?.entity.id && x.panellistId === panellists[a + 3]?.id);
          if (row) row.argument = text;
        });
      });
    }
    for (let i = 0; i < answers.length; i += 500) await em.getRepository(ForesightResponseEntity).insert(answers.slice(i, i + 500));
    if (closed) await service.freeze(em, exercise, rounds, round, new Date(start.getTime() + (r * 30 + 21) * DAY));
    previous = current;
  }
}

/** The index of an item's statement among the exercise's statements (items are in statement order). */
function statementIndex(items: { entity: ForesightItemEntity }[], item: { entity: ForesightItemEntity }): number {
  const order = [...new Set(items.map((i) => i.entity.statementId))];
  return order.indexOf(item.entity.statementId);
}

async function seedScenarios(em: import('typeorm').EntityManager, exercise: ForesightExerciseEntity, statements: ForesightStatementEntity[]): Promise<void> {
  const drivers = await em.getRepository(ForesightDriverEntity).save(
    SCENARIO_SEED.drivers.map((d, i) =>
      em.create(ForesightDriverEntity, { exerciseId: exercise.id, statementId: statements[d.statement]?.id ?? null, position: i + 1, name: d.name, description: d.description, projections: d.projections }),
    ),
  );
  await em.getRepository(ForesightScenarioEntity).insert(
    SCENARIO_SEED.scenarios.map((s, i) => ({
      exerciseId: exercise.id,
      position: i + 1,
      title: s.title,
      narrative: s.narrative,
      choices: Object.fromEntries(drivers.map((d, k) => [d.id, s.choices[k]!])),
    })),
  );
}
