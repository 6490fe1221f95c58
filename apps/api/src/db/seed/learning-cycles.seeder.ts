import { kpiProgress, LEARNING_STAGES, type LearningStage } from '@polisee/domain';
import type { DataSource } from 'typeorm';
import { BenchmarkService } from '../../modules/benchmark/benchmark.service';
import { DATA_VERSION_SQL } from '../../modules/benchmark/benchmark.sql';
import { ActionMeasureEntity, MeasureIndicatorEntity } from '../../modules/learning-cycle/action-plan.entity';
import {
  BenchmarkSnapshotEntity,
  CycleEvaluationEntity,
  CycleTransferEntity,
  LearningCycleEntity,
  LearningCycleTransitionEntity,
  RegionalAssessmentEntity,
  type EvaluationKpiResult,
  type SnapshotResult,
} from '../../modules/learning-cycle/learning-cycle.entity';
import { snapshotResult } from '../../modules/learning-cycle/learning-cycle.service';
import { PeerReviewEntity, PeerReviewTodoEntity } from '../../modules/learning-cycle/peer-review.entity';
import { KpiReadingEntity, PilotActionEntity } from '../../modules/learning-cycle/pilot-action.entity';
import { PartnerEntity } from '../../modules/partner/partner.entity';
import { PracticeEntity } from '../../modules/practice/practice.entity';
import { RegionEntity } from '../../modules/region/region.entity';
import { LEARNING_CYCLE_SEEDS } from './learning-cycles.seed';

const MOVES: Record<LearningStage, string> = {
  ANALYSIS: '',
  BENCHMARKING: 'START_BENCHMARKING',
  PEER_LEARNING: 'START_PEER_LEARNING',
  ACTION_PLAN: 'DRAFT_ACTION_PLAN',
  PILOT: 'START_PILOT',
  EVALUATION: 'START_EVALUATION',
  TRANSFER: 'START_TRANSFER',
};

const SNAPSHOT_OPTIONS = { year: undefined, groupSize: 10, excludeSameCountry: false, normalisation: 'MIN_MAX', aggregation: 'ARITHMETIC', minCoverage: 0.75, treatOutliers: false, uncertaintyDraws: 0, seed: 1 };

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T09:00:00Z`) + days * 86_400_000);

/**
 * The demo learning cycles, when there are none yet. The benchmark snapshots are computed first,
 * outside the transaction (on PGlite the benchmark's own queries would wait behind it).
 */
export async function seedLearningCycles(ds: DataSource): Promise<number> {
  if ((await ds.getRepository(LearningCycleEntity).count()) > 0) return 0;
  const partners = new Map((await ds.getRepository(PartnerEntity).find()).map((p) => [p.acronym, p]));
  if (!LEARNING_CYCLE_SEEDS.every((c) => partners.has(c.partner))) return 0; // not the demo partnership
  const benchmarks = new BenchmarkService(ds, 0);
  const snapshots = new Map<string, SnapshotResult>();
  for (const c of LEARNING_CYCLE_SEEDS) {
    if (c.snapshot) snapshots.set(c.regionCode, snapshotResult(await benchmarks.benchmark(c.regionCode, { uncertaintyDraws: 0 })));
  }
  const [row] = (await ds.query(DATA_VERSION_SQL)) as { version: string }[];
  const regions = new Map((await ds.getRepository(RegionEntity).find()).map((r) => [r.code, r]));
  // Cycles past peer learning without a completed review selected a published policy example:
  // one on the pilot's development areas when there is one.
  const published = await ds.getRepository(PracticeEntity).find({ where: { status: 'PUBLISHED' }, select: { id: true, developmentAreas: true }, order: { title: 'ASC' } });
  const pickPractice = (areas: readonly string[]): string[] => {
    const hit = published.find((p) => p.developmentAreas.some((a) => areas.includes(a))) ?? published[0];
    return hit ? [hit.id] : [];
  };

  return ds.transaction(async (em) => {
    for (const seed of LEARNING_CYCLE_SEEDS) {
      const region = regions.get(seed.regionCode)!;
      const owner = partners.get(seed.partner)!;
      const stageIndex = LEARNING_STAGES.indexOf(seed.stage);
      const cycle = await em.getRepository(LearningCycleEntity).save(
        em.create(LearningCycleEntity, {
          title: seed.title,
          regionId: region.id,
          partnerId: owner.id,
          stage: seed.stage,
          isPublic: seed.isPublic,
          isDemo: true,
          selectedPracticeIds: !seed.peerReview?.completed && stageIndex >= LEARNING_STAGES.indexOf('ACTION_PLAN') ? pickPractice(seed.pilot?.areas ?? []) : [],
        }),
      );
      for (let k = 1; k <= stageIndex; k++) {
        await em.getRepository(LearningCycleTransitionEntity).insert({
          cycleId: cycle.id,
          iteration: 1,
          event: MOVES[LEARNING_STAGES[k]!],
          fromStage: LEARNING_STAGES[k - 1]!,
          toStage: LEARNING_STAGES[k]!,
          actorId: null,
          actorName: `${owner.acronym} policy officer (demo)`,
          at: addDays(seed.startedOn, 75 * k),
          reason: null,
        });
      }
      if (seed.assessment) await em.getRepository(RegionalAssessmentEntity).insert({ cycleId: cycle.id, ...seed.assessment });
      const snap = snapshots.get(seed.regionCode);
      let gaps: string[] = [];
      if (seed.snapshot && snap) {
        gaps = snap.weaknesses.slice(0, seed.gaps ?? 0);
        await em.getRepository(BenchmarkSnapshotEntity).insert({
          cycleId: cycle.id,
          regionCode: seed.regionCode,
          options: { ...SNAPSHOT_OPTIONS, year: snap.year },
          result: snap,
          dataVersion: row?.version ?? '0',
          chosenGaps: gaps,
          takenAt: addDays(seed.startedOn, 40),
        });
      }
      const todoIds: string[] = [];
      if (seed.peerReview) {
        const { todos, completed, ...review } = seed.peerReview;
        const saved = await em.getRepository(PeerReviewEntity).save(
          em.create(PeerReviewEntity, {
            ...review,
            cycleId: cycle.id,
            hostRegionId: region.id,
            hostPartnerId: owner.id,
            peers: review.peers.map((p) => ({ ...p, partnerId: [...partners.values()].find((x) => review.peers.length && p.organisation.startsWith(x.name))?.id ?? null })),
            status: completed ? 'COMPLETED' : 'PLANNED',
            completedAt: completed ? addDays(review.endsOn, 20) : null,
            isDemo: true,
          }),
        );
        for (const [position, text] of todos.entries()) {
          const r = await em.getRepository(PeerReviewTodoEntity).insert({ peerReviewId: saved.id, text, position });
          todoIds.push(r.identifiers[0]!.id as string);
        }
      }
      const measureIds: string[] = [];
      const indicatorIds: string[][] = [];
      for (const [position, m] of (seed.measures ?? []).entries()) {
        const { indicators, ...values } = m;
        const saved = await em.getRepository(ActionMeasureEntity).save(
          em.create(ActionMeasureEntity, { ...values, cycleId: cycle.id, position, gapIndicatorCode: gaps[position % Math.max(gaps.length, 1)] ?? null, fromTodoId: todoIds[position] ?? null }),
        );
        if (todoIds[position]) await em.getRepository(PeerReviewTodoEntity).update({ id: todoIds[position] }, { measureId: saved.id });
        measureIds.push(saved.id);
        const ids: string[] = [];
        for (const [p, i] of indicators.entries()) {
          const r = await em.getRepository(MeasureIndicatorEntity).insert({ ...i, measureId: saved.id, indicatorId: null, position: p });
          ids.push(r.identifiers[0]!.id as string);
        }
        indicatorIds.push(ids);
      }
      const kpiResults: EvaluationKpiResult[] = [];
      if (seed.pilot) {
        const { measure, participants, readings, ...values } = seed.pilot;
        const pilot = await em.getRepository(PilotActionEntity).save(
          em.create(PilotActionEntity, {
            ...values,
            cycleId: cycle.id,
            measureId: measureIds[measure]!,
            leadPartnerId: owner.id,
            participantPartnerIds: participants.map((a) => partners.get(a)!.id),
            regionId: region.id,
            isDemo: true,
          }),
        );
        const indicators = seed.measures![measure]!.indicators;
        for (const [k, series] of readings.entries()) {
          for (const [date, value, note] of series) {
            await em.getRepository(KpiReadingEntity).insert({ pilotId: pilot.id, measureIndicatorId: indicatorIds[measure]![k]!, date, value, note, evidenceUrl: null, recordedById: null });
          }
          const ind = indicators[k]!;
          if (ind.baseline !== null && ind.target !== null) {
            const p = kpiProgress({ baseline: ind.baseline, target: ind.target, readings: series.map(([date, value]) => ({ date, value })) });
            kpiResults.push({
              pilotId: pilot.id,
              pilotTitle: pilot.title,
              measureIndicatorId: indicatorIds[measure]![k]!,
              name: ind.name,
              unit: ind.unit,
              baseline: ind.baseline,
              target: ind.target,
              actual: p.latest?.value ?? null,
              achievement: p.achievement,
              status: p.status,
            });
          }
        }
      }
      if (seed.evaluation) {
        const ev = await em.getRepository(CycleEvaluationEntity).save(em.create(CycleEvaluationEntity, { ...seed.evaluation, cycleId: cycle.id, kpiResults }));
        if (seed.transfer) await em.getRepository(CycleTransferEntity).insert({ cycleId: cycle.id, evaluationId: ev.id, summary: seed.transfer.summary, practiceId: null });
      }
    }
    return LEARNING_CYCLE_SEEDS.length;
  });
}
