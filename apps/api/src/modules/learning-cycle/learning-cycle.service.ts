import {
  availableTransitions,
  isPartnershipMember,
  kpiProgress,
  peerCountries,
  peerReviewRefusals,
  rankPeerMatches,
  transition,
  type LearningCycle as DomainCycle,
  type LearningEvent,
  type LearningFactEvent,
} from '@polisee/domain';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { keysetPage } from '../../db/keyset-page';
import type { Benchmark } from '../benchmark/benchmark.type';
import type { BenchmarkService } from '../benchmark/benchmark.service';
import { DATA_VERSION_SQL } from '../benchmark/benchmark.sql';
import { IndicatorEntity } from '../indicator/indicator.entity';
import { PracticeEntity } from '../practice/practice.entity';
import type { PracticeService } from '../practice/practice.service';
import { isUuid } from '../partner/partner.service';
import { PartnerEntity } from '../partner/partner.entity';
import { countryByCode } from '../region/country';
import { RegionEntity } from '../region/region.entity';
import { ActionMeasureEntity, MeasureIndicatorEntity } from './action-plan.entity';
import { badInput, badInputs, cycleError, fieldError, notFound, refused, type FieldError } from './learning-cycle.errors';
import type {
  ChooseGapsInput,
  CreateLearningCycleInput,
  EvaluationInput,
  KpiReadingInput,
  LearningCycleFilter,
  MeasureInput,
  PeerReviewInput,
  PilotActionFilter,
  PilotActionInput,
  RegionalAssessmentInput,
  SaveBenchmarkSnapshotInput,
  SelectPracticesInput,
  TransferInput,
  TransitionLearningCycleInput,
  UpdateLearningCycleInput,
} from './learning-cycle.inputs';
import {
  BenchmarkSnapshotEntity,
  CycleEvaluationEntity,
  CycleTransferEntity,
  LearningCycleEntity,
  LearningCycleTransitionEntity,
  RegionalAssessmentEntity,
  type EvaluationKpiResult,
  type SnapshotResult,
} from './learning-cycle.entity';
import {
  ActionMeasure,
  AvailableTransition,
  BenchmarkSnapshot,
  CycleEvaluation,
  CycleTransfer,
  KpiReading,
  KpiStatus,
  LearningCycle,
  LearningMove,
  LearningStage,
  PeerReview,
  PilotAction,
  type LearningCycleConnection,
  type PeerMatch,
  type PeerReviewConnection,
  type PilotActionConnection,
  type PilotKpi,
  MeasureIndicator,
} from './learning-cycle.type';
import { PeerReviewEntity, PeerReviewTodoEntity } from './peer-review.entity';
import { KpiReadingEntity, PilotActionEntity } from './pilot-action.entity';

const isAdmin = (u: AuthUser | null) => u?.role === 'ADMIN';
/** Partnership staff read every cycle; visitors and self-registered learners only public ones. */
const isMember = (u: AuthUser | null) => isPartnershipMember(u?.role);

/** The artefacts of a cycle the domain's guards read. */
interface Artefacts {
  assessment: RegionalAssessmentEntity | null;
  snapshot: BenchmarkSnapshotEntity | null;
  reviews: PeerReviewEntity[];
  measures: ActionMeasureEntity[];
  indicators: MeasureIndicatorEntity[];
  pilots: PilotActionEntity[];
  evaluation: CycleEvaluationEntity | null;
  transfer: CycleTransferEntity | null;
}

/**
 * The policy-learning cycle in use (DOMAIN.md 5): artefacts per stage, every move through the
 * domain's `transition()`. The service computes the facts the guards read from the artefacts
 * (e.g. whether every measure has a baseline and target) and passes them to the pure guards, so
 * the API, the admin console and the portal enforce the same rules.
 */

/** How many of a suggested region's published policy examples a match lists (newest first). */
const MATCH_PRACTICES = 10;
export class LearningCycleService {
  constructor(
    private readonly ds: DataSource,
    private readonly benchmarks: BenchmarkService,
    private readonly practices: PracticeService,
  ) {}

  // ---- reading -------------------------------------------------------------------------------

  async list(user: AuthUser | null, args: { filter?: LearningCycleFilter; first: number; after?: string }): Promise<LearningCycleConnection> {
    const filtered = () => {
      const qb = this.ds.getRepository(LearningCycleEntity).createQueryBuilder('c');
      if (!isMember(user)) qb.andWhere('c.is_public = true');
      const f = args.filter;
      if (f?.stages?.length) qb.andWhere('c.stage IN (:...stages)', { stages: f.stages });
      if (f?.partnerId) qb.andWhere('c.partner_id = :pid', { pid: f.partnerId });
      if (f?.countries?.length) qb.andWhere('c.region_id IN (SELECT r.id FROM region r WHERE r.country IN (:...countries))', { countries: f.countries });
      return qb;
    };
    return keysetPage(args, {
      query: filtered,
      keys: [{ expr: 'c.updated_at', cast: 'timestamptz' }],
      id: 'c.id',
      direction: 'DESC',
      node: (e) => LearningCycle.from(e),
    });
  }

  /** A cycle the user may read: public ones for visitors, all for signed-in members. */
  async get(user: AuthUser | null, id: string): Promise<LearningCycle | null> {
    if (!isUuid(id)) return null;
    const c = await this.ds.getRepository(LearningCycleEntity).findOneBy({ id });
    if (!c || (!isMember(user) && !c.isPublic)) return null;
    return LearningCycle.from(c);
  }

  canEdit(user: AuthUser | null, c: { partnerId: string; finishedAt: Date | null }): boolean {
    return Boolean(user) && c.finishedAt === null && (isAdmin(user) || user!.partnerId === c.partnerId);
  }

  async transitions(cycleId: string) {
    return this.ds.getRepository(LearningCycleTransitionEntity).find({ where: { cycleId }, order: { at: 'ASC', id: 'ASC' } });
  }

  async assessment(cycleId: string) {
    return this.ds.getRepository(RegionalAssessmentEntity).findOneBy({ cycleId });
  }

  async snapshot(cycleId: string): Promise<BenchmarkSnapshot | null> {
    const s = await this.ds.getRepository(BenchmarkSnapshotEntity).findOneBy({ cycleId });
    return s ? BenchmarkSnapshot.from(s) : null;
  }

  async evaluation(cycleId: string): Promise<CycleEvaluation | null> {
    const e = await this.ds.getRepository(CycleEvaluationEntity).findOneBy({ cycleId });
    return e ? CycleEvaluation.from(e) : null;
  }

  async transfer(cycleId: string): Promise<CycleTransfer | null> {
    const t = await this.ds.getRepository(CycleTransferEntity).findOneBy({ cycleId });
    return t ? CycleTransfer.from(t) : null;
  }

  async nextCycleId(cycleId: string): Promise<string | null> {
    const n = await this.ds.getRepository(LearningCycleEntity).findOne({ where: { previousCycleId: cycleId }, select: { id: true } });
    return n?.id ?? null;
  }

  /** The moves the domain offers from the cycle's stage, with the guards that refuse them. */
  async availableTransitions(cycle: LearningCycle): Promise<AvailableTransition[]> {
    if (cycle.finishedAt) return [];
    const entity = await this.ds.getRepository(LearningCycleEntity).findOneByOrFail({ id: cycle.id });
    const dc = this.domainCycle(entity, await this.artefacts(this.ds.manager, entity.id));
    return availableTransitions(dc).map((t) => Object.assign(new AvailableTransition(), { ...t, event: t.event as LearningMove, to: t.to as LearningStage }));
  }

  async pilots(user: AuthUser | null, args: { filter?: PilotActionFilter; first: number; after?: string }): Promise<PilotActionConnection> {
    const filtered = () => {
      const qb = this.ds.getRepository(PilotActionEntity).createQueryBuilder('p').innerJoin(LearningCycleEntity, 'c', 'c.id = p.cycle_id');
      if (!isMember(user)) qb.andWhere('c.is_public = true');
      const f = args.filter;
      if (f?.cycleId) qb.andWhere('p.cycle_id = :cid', { cid: f.cycleId });
      if (f?.countries?.length) qb.andWhere('p.region_id IN (SELECT r.id FROM region r WHERE r.country IN (:...countries))', { countries: f.countries });
      if (f?.areas?.length) qb.andWhere('p.areas && CAST(:areas AS varchar[])', { areas: f.areas });
      return qb;
    };
    return keysetPage(args, {
      query: filtered,
      keys: [{ expr: 'p.created_at', cast: 'timestamptz' }],
      id: 'p.id',
      direction: 'DESC',
      node: (e) => PilotAction.from(e),
    });
  }

  async pilot(user: AuthUser | null, id: string): Promise<PilotAction | null> {
    if (!isUuid(id)) return null;
    const p = await this.ds.getRepository(PilotActionEntity).findOneBy({ id });
    if (!p) return null;
    if (!isMember(user) && !(await this.ds.getRepository(LearningCycleEntity).existsBy({ id: p.cycleId, isPublic: true }))) return null;
    return PilotAction.from(p);
  }

  async peerReviews(user: AuthUser | null, args: { completedOnly: boolean; first: number; after?: string }): Promise<PeerReviewConnection> {
    const filtered = () => {
      const qb = this.ds.getRepository(PeerReviewEntity).createQueryBuilder('pr').innerJoin(LearningCycleEntity, 'c', 'c.id = pr.cycle_id');
      if (!isMember(user)) qb.andWhere('c.is_public = true');
      if (args.completedOnly || !isMember(user)) qb.andWhere("pr.status = 'COMPLETED'");
      return qb;
    };
    return keysetPage(args, {
      query: filtered,
      keys: [{ expr: 'pr.created_at', cast: 'timestamptz' }],
      id: 'pr.id',
      direction: 'DESC',
      node: (e) => PeerReview.from(e),
    });
  }

  /** A pilot's KPIs: its measure's indicators, the readings, and the domain's achievement. */
  pilotKpis(indicators: MeasureIndicatorEntity[], readings: KpiReadingEntity[]): PilotKpi[] {
    return indicators.map((ind) => {
      const own = readings.filter((r) => r.measureIndicatorId === ind.id);
      const measurable = ind.baseline !== null && ind.target !== null && ind.baseline !== ind.target;
      if (!measurable) {
        return { indicator: MeasureIndicator.from(ind), readings: own.map((r) => KpiReading.from(r, null)), latestValue: own.at(-1)?.value ?? null, latestDate: own.at(-1)?.date ?? null, achievement: null, status: null };
      }
      // Readings come sorted by date (then entry time), which kpiProgress keeps for ties.
      const p = kpiProgress({ baseline: ind.baseline!, target: ind.target!, readings: own.map((r) => ({ date: r.date, value: r.value })) });
      return {
        indicator: MeasureIndicator.from(ind),
        readings: own.map((r, i) => KpiReading.from(r, p.series[i]!.achievement)),
        latestValue: p.latest?.value ?? null,
        latestDate: p.latest?.date ?? null,
        achievement: p.achievement,
        status: (p.status as KpiStatus | null) ?? null,
      };
    });
  }

  // ---- the domain cycle ----------------------------------------------------------------------

  private async artefacts(em: EntityManager, cycleId: string): Promise<Artefacts> {
    // One after another: inside a transaction the queries share one connection anyway.
    const assessment = await em.getRepository(RegionalAssessmentEntity).findOneBy({ cycleId });
    const snapshot = await em.getRepository(BenchmarkSnapshotEntity).findOneBy({ cycleId });
    const reviews = await em.getRepository(PeerReviewEntity).find({ where: { cycleId }, order: { createdAt: 'ASC' } });
    const measures = await em.getRepository(ActionMeasureEntity).find({ where: { cycleId }, order: { position: 'ASC', createdAt: 'ASC' } });
    const pilots = await em.getRepository(PilotActionEntity).find({ where: { cycleId }, order: { createdAt: 'ASC' } });
    const evaluation = await em.getRepository(CycleEvaluationEntity).findOneBy({ cycleId });
    const transfer = await em.getRepository(CycleTransferEntity).findOneBy({ cycleId });
    const indicators = measures.length
      ? await em.getRepository(MeasureIndicatorEntity).find({ where: { measureId: In(measures.map((m) => m.id)) }, order: { position: 'ASC' } })
      : [];
    return { assessment, snapshot, reviews, measures, indicators, pilots, evaluation, transfer };
  }

  /** The cycle as the domain sees it: stage plus the facts its guards read, from the artefacts. */
  private domainCycle(c: LearningCycleEntity, a: Artefacts): DomainCycle {
    const completed = a.reviews.find((r) => r.status === 'COMPLETED') ?? null;
    return {
      id: c.id,
      subject: c.regionId,
      iteration: c.iteration,
      stage: c.stage,
      history: [],
      facts: {
        analysis: a.assessment ? { summary: a.assessment.context, missingData: a.assessment.missingData, barriers: a.assessment.barriers } : null,
        referenceRegions: a.snapshot ? a.snapshot.result.referenceRegions.map((r) => r.code) : [],
        gaps: a.snapshot?.chosenGaps ?? [],
        peerLearning: completed || c.selectedPracticeIds.length ? { peerReviewId: completed?.id ?? null, practices: c.selectedPracticeIds } : null,
        measures: a.measures.map((m) => ({
          id: m.id,
          title: m.title,
          indicators: a.indicators.filter((i) => i.measureId === m.id).map((i) => ({ name: i.name, kind: i.kind, baseline: i.baseline, target: i.target })),
        })),
        pilots: a.pilots.map((p) => ({ pilotId: p.id, measureId: p.measureId })),
        evaluation: a.evaluation
          ? { findings: a.evaluation.findings, kpiResults: a.evaluation.kpiResults.filter((k) => k.achievement !== null).map((k) => ({ kpi: k.name, achievement: k.achievement! })) }
          : null,
        publishedPracticeId: a.transfer ? (a.transfer.practiceId ?? `evaluation:${a.transfer.evaluationId}`) : null,
      },
    };
  }

  /** Runs a fact event through the domain: refused in the wrong stage or when invalid. */
  private checkFact(user: AuthUser, dc: DomainCycle, event: DistributiveOmit<LearningFactEvent, 'actor' | 'at'>): void {
    const r = transition(dc, { ...event, actor: user.id, at: new Date().toISOString() } as LearningEvent);
    if (!r.ok) throw refused(r.refusal);
  }

  /** Locks a cycle the user may change: their partner's (any for admins), not finished. */
  private async lockEditable(em: EntityManager, user: AuthUser, cycleId: string): Promise<LearningCycleEntity> {
    const c = isUuid(cycleId) ? await em.getRepository(LearningCycleEntity).findOne({ where: { id: cycleId }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!c) throw notFound('Learning cycle');
    if (!isAdmin(user) && user.partnerId !== c.partnerId) throw cycleError('FORBIDDEN', 'NOT_YOUR_PARTNERS_CYCLE', "You can only change your own partner's cycles");
    if (c.finishedAt) throw cycleError('CONFLICT', 'CYCLE_FINISHED', 'This cycle is finished and opened the next one; it can no longer change');
    return c;
  }

  private async touch(em: EntityManager, c: LearningCycleEntity): Promise<void> {
    await em.getRepository(LearningCycleEntity).update({ id: c.id }, { updatedAt: new Date() });
  }

  // ---- cycle ---------------------------------------------------------------------------------

  async create(user: AuthUser, input: CreateLearningCycleInput): Promise<LearningCycle> {
    return this.ds.transaction(async (em) => {
      const region = await em.getRepository(RegionEntity).findOneBy({ code: input.regionCode });
      const errors: FieldError[] = [];
      if (!region) errors.push(fieldError('regionCode', `Unknown region ${input.regionCode}`));
      let partnerId = user.partnerId;
      if (isAdmin(user) && input.partnerId) partnerId = input.partnerId;
      else if (input.partnerId && input.partnerId !== user.partnerId) throw cycleError('FORBIDDEN', 'NOT_YOUR_PARTNERS_CYCLE', 'Editors open cycles for their own partner');
      if (!partnerId || !(await em.getRepository(PartnerEntity).existsBy({ id: partnerId }))) errors.push(fieldError('partnerId', 'Choose the owning partner'));
      if (errors.length) throw badInputs(errors);
      const saved = await em.getRepository(LearningCycleEntity).save(
        em.create(LearningCycleEntity, { title: input.title.trim(), regionId: region!.id, partnerId: partnerId!, isPublic: input.isPublic ?? false }),
      );
      return LearningCycle.from(saved);
    });
  }

  async update(user: AuthUser, input: UpdateLearningCycleInput): Promise<LearningCycle> {
    return this.ds.transaction(async (em) => {
      const c = await this.lockEditable(em, user, input.id);
      if (input.title !== undefined) c.title = input.title.trim();
      if (input.isPublic !== undefined) c.isPublic = input.isPublic;
      return LearningCycle.from(await em.getRepository(LearningCycleEntity).save(c));
    });
  }

  /**
   * One move through the domain's `transition()`, recorded with who, when and why. From TRANSFER,
   * START_NEW_CYCLE finishes this cycle and opens the next (iteration + 1), which it returns.
   */
  async transition(user: AuthUser & { name: string }, input: TransitionLearningCycleInput): Promise<LearningCycle> {
    if (input.event === LearningMove.REFLECT && !input.to) throw badInput('to', 'Choose the stage to go back to');
    return this.ds.transaction(async (em) => {
      const c = await this.lockEditable(em, user, input.cycleId);
      const dc = this.domainCycle(c, await this.artefacts(em, c.id));
      const at = new Date();
      const reason = input.reason?.trim() || undefined;
      const event = (input.event === LearningMove.REFLECT
        ? { type: 'REFLECT', to: input.to, actor: user.id, at: at.toISOString(), reason }
        : { type: input.event, actor: user.id, at: at.toISOString(), reason }) as LearningEvent;
      const r = transition(dc, event);
      if (!r.ok) throw refused(r.refusal);
      await em.getRepository(LearningCycleTransitionEntity).insert({
        cycleId: c.id,
        iteration: c.iteration,
        event: input.event,
        fromStage: c.stage,
        toStage: r.cycle.stage,
        actorId: user.id,
        actorName: user.name,
        at,
        reason: reason ?? null,
      });
      const repo = em.getRepository(LearningCycleEntity);
      if (input.event === LearningMove.START_NEW_CYCLE) {
        await repo.update({ id: c.id }, { finishedAt: at });
        const next = await repo.save(
          em.create(LearningCycleEntity, {
            title: c.title,
            regionId: c.regionId,
            partnerId: c.partnerId,
            iteration: r.cycle.iteration,
            previousCycleId: c.id,
            isPublic: c.isPublic,
            isDemo: c.isDemo,
          }),
        );
        return LearningCycle.from(next);
      }
      c.stage = r.cycle.stage;
      return LearningCycle.from(await repo.save(c));
    });
  }

  // ---- ANALYSIS ------------------------------------------------------------------------------

  async saveAssessment(user: AuthUser, input: RegionalAssessmentInput): Promise<LearningCycle> {
    return this.ds.transaction(async (em) => {
      const c = await this.lockEditable(em, user, input.cycleId);
      const clean = (xs: string[]) => xs.map((x) => x.trim()).filter(Boolean);
      const values = { context: input.context.trim(), strengths: clean(input.strengths), barriers: clean(input.barriers), missingData: clean(input.missingData) };
      this.checkFact(user, this.domainCycle(c, await this.artefacts(em, c.id)), { type: 'RECORD_ANALYSIS', summary: values.context, missingData: values.missingData, barriers: values.barriers });
      const repo = em.getRepository(RegionalAssessmentEntity);
      const existing = await repo.findOneBy({ cycleId: c.id });
      await repo.save(existing ? Object.assign(existing, values) : em.create(RegionalAssessmentEntity, { cycleId: c.id, ...values }));
      await this.touch(em, c);
      return LearningCycle.from(c);
    });
  }

  // ---- BENCHMARKING --------------------------------------------------------------------------

  /**
   * Computes the benchmark of the cycle's region with the options and stores options and result
   * as they are now. The benchmark runs before the transaction opens: on PGlite the benchmark
   * service's own queries would otherwise wait behind it.
   */
  async saveSnapshot(user: AuthUser, input: SaveBenchmarkSnapshotInput): Promise<LearningCycle> {
    const cycle = await this.ds.getRepository(LearningCycleEntity).findOneBy({ id: isUuid(input.cycleId) ? input.cycleId : '00000000-0000-0000-0000-000000000000' });
    if (!cycle) throw notFound('Learning cycle');
    const region = await this.ds.getRepository(RegionEntity).findOneByOrFail({ id: cycle.regionId });
    const [row] = (await this.ds.query(DATA_VERSION_SQL)) as { version: string }[];
    const version = row?.version ?? '0';
    const options = { ...(input.options ?? {}) };
    const benchmark = await this.benchmarks.benchmark(region.code, options);
    const result = snapshotResult(benchmark);
    return this.ds.transaction(async (em) => {
      const c = await this.lockEditable(em, user, cycle.id);
      const a = await this.artefacts(em, c.id);
      this.checkFact(user, this.domainCycle(c, a), { type: 'CHOOSE_REFERENCE_REGIONS', regions: result.referenceRegions.map((r) => r.code) });
      const repo = em.getRepository(BenchmarkSnapshotEntity);
      const values = { regionCode: region.code, options: JSON.parse(JSON.stringify(options)) as Record<string, unknown>, result, dataVersion: version, takenAt: new Date() };
      // A new snapshot keeps the chosen gaps that are still indicators of the benchmark.
      const keep = (a.snapshot?.chosenGaps ?? []).filter((g) => result.indicators.some((i) => i.code === g));
      await repo.save(a.snapshot ? Object.assign(a.snapshot, values, { chosenGaps: keep }) : em.create(BenchmarkSnapshotEntity, { cycleId: c.id, ...values, chosenGaps: [] }));
      await this.touch(em, c);
      return LearningCycle.from(c);
    });
  }

  async chooseGaps(user: AuthUser, input: ChooseGapsInput): Promise<LearningCycle> {
    return this.ds.transaction(async (em) => {
      const c = await this.lockEditable(em, user, input.cycleId);
      const a = await this.artefacts(em, c.id);
      if (!a.snapshot) throw cycleError('CONFLICT', 'NO_BENCHMARK_SNAPSHOT', 'Save a benchmark snapshot first');
      const codes = [...new Set(input.indicatorCodes)];
      const unknown = codes.filter((code) => !a.snapshot!.result.indicators.some((i) => i.code === code));
      if (unknown.length) throw badInput('indicatorCodes', `${unknown.join(', ')} is not an indicator of the saved benchmark`);
      this.checkFact(user, this.domainCycle(c, a), { type: 'RECORD_GAPS', gaps: codes });
      a.snapshot.chosenGaps = codes;
      await em.getRepository(BenchmarkSnapshotEntity).save(a.snapshot);
      await this.touch(em, c);
      return LearningCycle.from(c);
    });
  }

  // ---- PEER_LEARNING -------------------------------------------------------------------------

  async selectPractices(user: AuthUser, input: SelectPracticesInput): Promise<LearningCycle> {
    return this.ds.transaction(async (em) => {
      const c = await this.lockEditable(em, user, input.cycleId);
      const a = await this.artefacts(em, c.id);
      const ids = [...new Set(input.practiceIds.map((p) => p.trim()).filter(Boolean))];
      // New picks must be published policy examples; earlier picks stay as they are.
      const added = ids.filter((p) => !c.selectedPracticeIds.includes(p));
      const found = added.some(isUuid) ? await em.getRepository(PracticeEntity).find({ where: { id: In(added.filter(isUuid)) }, select: { id: true, status: true } }) : [];
      const unknown = added.filter((p) => !found.some((f) => f.id === p));
      if (unknown.length) throw badInput('practiceIds', `${unknown.join(', ')} is not a policy example`, 'UNKNOWN_PRACTICE');
      const unpublished = found.filter((f) => f.status !== 'PUBLISHED');
      if (unpublished.length) throw badInput('practiceIds', 'Only published policy examples can be selected', 'PRACTICE_NOT_PUBLISHED');
      const completed = a.reviews.find((r) => r.status === 'COMPLETED');
      this.checkFact(user, this.domainCycle(c, a), { type: 'RECORD_PEER_LEARNING', peerReviewId: completed?.id ?? null, practices: ids });
      c.selectedPracticeIds = ids;
      return LearningCycle.from(await em.getRepository(LearningCycleEntity).save(c));
    });
  }

  async savePeerReview(user: AuthUser, input: PeerReviewInput): Promise<PeerReview> {
    return this.ds.transaction(async (em) => {
      const c = await this.lockEditable(em, user, input.cycleId);
      const a = await this.artefacts(em, c.id);
      const repo = em.getRepository(PeerReviewEntity);
      const existing = input.id ? a.reviews.find((r) => r.id === input.id) : undefined;
      if (input.id && !existing) throw notFound('Peer review');
      this.checkFact(user, this.domainCycle(c, a), { type: 'RECORD_PEER_LEARNING', peerReviewId: existing?.id ?? null, practices: c.selectedPracticeIds });
      const errors: FieldError[] = [];
      const hostPartnerId = input.hostPartnerId ?? existing?.hostPartnerId ?? c.partnerId;
      if (!(await em.getRepository(PartnerEntity).existsBy({ id: hostPartnerId }))) errors.push(fieldError('hostPartnerId', 'Unknown partner'));
      input.peers.forEach((p, i) => {
        if (!countryByCode(p.country)) errors.push(fieldError(`peers.${i}.country`, `${p.country} is not a country of the programme area`));
      });
      if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) errors.push(fieldError('endsOn', 'The review ends before it starts'));
      if (errors.length) throw badInputs(errors);
      const values = {
        topic: input.topic.trim(),
        hostRegionId: c.regionId,
        hostPartnerId,
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
        peers: input.peers.map((p) => ({ name: p.name.trim(), organisation: p.organisation.trim(), country: p.country, partnerId: p.partnerId ?? null })),
        selfAssessment: input.selfAssessment,
        peerAnalysis: input.peerAnalysis,
        recommendations: input.recommendations.map((r) => r.trim()).filter(Boolean),
      };
      const saved = await repo.save(existing ? Object.assign(existing, values) : em.create(PeerReviewEntity, { cycleId: c.id, ...values }));
      if (saved.status === 'COMPLETED') {
        const refusals = peerReviewRefusals({ hostCountry: await this.regionCountry(em, c.regionId), peers: saved.peers, peerAnalysis: saved.peerAnalysis, recommendations: saved.recommendations });
        if (refusals.length) throw refused(refusals[0]!);
      }
      // The to-do list: items kept by text keep their id and measure link.
      const todos = em.getRepository(PeerReviewTodoEntity);
      const current = await todos.find({ where: { peerReviewId: saved.id } });
      const wanted = input.todos.map((t) => t.trim()).filter(Boolean);
      const gone = current.filter((t) => !wanted.includes(t.text));
      if (gone.length) await todos.delete({ id: In(gone.map((t) => t.id)) });
      for (const [position, text] of wanted.entries()) {
        const kept = current.find((t) => t.text === text);
        if (kept) await todos.update({ id: kept.id }, { position });
        else await todos.insert({ peerReviewId: saved.id, text, position });
      }
      await this.touch(em, c);
      return PeerReview.from(saved);
    });
  }

  /** Completes a review when the domain's peer-review guards pass (peers from 2 other countries...). */
  async completePeerReview(user: AuthUser, id: string): Promise<PeerReview> {
    return this.ds.transaction(async (em) => {
      const review = isUuid(id) ? await em.getRepository(PeerReviewEntity).findOneBy({ id }) : null;
      if (!review) throw notFound('Peer review');
      const c = await this.lockEditable(em, user, review.cycleId);
      this.checkFact(user, this.domainCycle(c, await this.artefacts(em, c.id)), { type: 'RECORD_PEER_LEARNING', peerReviewId: review.id, practices: c.selectedPracticeIds });
      const refusals = peerReviewRefusals({ hostCountry: await this.regionCountry(em, c.regionId), peers: review.peers, peerAnalysis: review.peerAnalysis, recommendations: review.recommendations });
      if (refusals.length) throw refused(refusals[0]!);
      review.status = 'COMPLETED';
      review.completedAt = new Date();
      await this.touch(em, c);
      return PeerReview.from(await em.getRepository(PeerReviewEntity).save(review));
    });
  }

  async peerReviewFailures(review: PeerReview): Promise<{ guard: string; message: string }[]> {
    const host = await this.ds.getRepository(RegionEntity).findOneBy({ id: review.hostRegionId });
    return peerReviewRefusals({ hostCountry: host?.country ?? '', peers: review.peers, peerAnalysis: review.peerAnalysis, recommendations: review.recommendations }).map((r) => ({ guard: r.guard, message: r.message }));
  }

  peerCountries(review: PeerReview, hostCountry: string): string[] {
    return peerCountries({ hostCountry, peers: review.peers });
  }

  private async regionCountry(em: EntityManager, regionId: string): Promise<string> {
    return (await em.getRepository(RegionEntity).findOneByOrFail({ id: regionId })).country;
  }

  // ---- ACTION_PLAN ---------------------------------------------------------------------------

  async saveMeasure(user: AuthUser, input: MeasureInput): Promise<ActionMeasure> {
    return this.ds.transaction(async (em) => {
      const c = await this.lockEditable(em, user, input.cycleId);
      const a = await this.artefacts(em, c.id);
      const existing = input.id ? a.measures.find((m) => m.id === input.id) : undefined;
      if (input.id && !existing) throw notFound('Measure');
      const errors: FieldError[] = [];
      if (input.gapIndicatorCode && !(a.snapshot?.chosenGaps ?? []).includes(input.gapIndicatorCode)) {
        errors.push(fieldError('gapIndicatorCode', 'Choose one of the gaps the cycle addresses'));
      }
      if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) errors.push(fieldError('endsOn', 'The measure ends before it starts'));
      const platform = new Map(
        (await em.getRepository(IndicatorEntity).findBy({ code: In(input.indicators.map((i) => i.indicatorCode).filter((x): x is string => Boolean(x))) })).map((i) => [i.code, i]),
      );
      const ownIndicators = a.indicators.filter((i) => i.measureId === existing?.id);
      const rows = input.indicators.map((i, k) => {
        if (i.id && !ownIndicators.some((o) => o.id === i.id)) errors.push(fieldError(`indicators.${k}.id`, 'Not an indicator of this measure'));
        let name = i.name?.trim() ?? '';
        let unit = i.unit?.trim() ?? '';
        let indicatorId: string | null = null;
        if (i.indicatorCode) {
          const p = platform.get(i.indicatorCode);
          if (!p || p.retiredAt) errors.push(fieldError(`indicators.${k}.indicatorCode`, `Unknown indicator ${i.indicatorCode}`));
          else {
            indicatorId = p.id;
            name = name || p.name;
            unit = unit || p.unit;
          }
        } else {
          if (!name) errors.push(fieldError(`indicators.${k}.name`, 'Name the indicator or pick a platform indicator'));
          if (!unit) errors.push(fieldError(`indicators.${k}.unit`, 'Give the unit'));
        }
        return { id: i.id, kind: i.kind, indicatorId, name, unit, baseline: i.baseline ?? null, target: i.target ?? null, position: k };
      });
      if (errors.length) throw badInputs(errors);
      const id = existing?.id ?? 'new';
      this.checkFact(user, this.domainCycle(c, a), {
        type: 'SET_MEASURE',
        measure: { id, title: input.title, indicators: rows.map((r) => ({ name: r.name, kind: r.kind, baseline: r.baseline, target: r.target })) },
      });
      const values = {
        title: input.title.trim(),
        objective: input.objective,
        gapIndicatorCode: input.gapIndicatorCode ?? null,
        players: input.players,
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
        costEur: input.costEur ?? null,
        fundingSource: input.fundingSource.trim(),
      };
      const measures = em.getRepository(ActionMeasureEntity);
      const saved = await measures.save(existing ? Object.assign(existing, values) : em.create(ActionMeasureEntity, { cycleId: c.id, ...values, position: a.measures.length }));
      const inds = em.getRepository(MeasureIndicatorEntity);
      const keep = new Set(rows.map((r) => r.id).filter(Boolean));
      const drop = ownIndicators.filter((o) => !keep.has(o.id));
      if (drop.length) await inds.delete({ id: In(drop.map((d) => d.id)) });
      for (const { id: rowId, ...r } of rows) {
        if (rowId) await inds.update({ id: rowId }, r);
        else await inds.insert({ ...r, measureId: saved.id });
      }
      await this.touch(em, c);
      return ActionMeasure.from(saved);
    });
  }

  async deleteMeasure(user: AuthUser, id: string): Promise<string> {
    return this.ds.transaction(async (em) => {
      const m = isUuid(id) ? await em.getRepository(ActionMeasureEntity).findOneBy({ id }) : null;
      if (!m) throw notFound('Measure');
      const c = await this.lockEditable(em, user, m.cycleId);
      const a = await this.artefacts(em, c.id);
      this.checkFact(user, this.domainCycle(c, a), { type: 'SET_MEASURE', measure: { id: m.id, title: m.title, indicators: [] } });
      if (a.pilots.some((p) => p.measureId === m.id)) throw cycleError('CONFLICT', 'MEASURE_HAS_PILOTS', 'A pilot action tests this measure; it cannot be removed');
      await em.getRepository(ActionMeasureEntity).delete({ id: m.id });
      await this.touch(em, c);
      return m.id;
    });
  }

  /** One click: a peer review's to-do item becomes a measure of the action plan. */
  async measureFromTodo(user: AuthUser, todoId: string): Promise<ActionMeasure> {
    return this.ds.transaction(async (em) => {
      const todo = isUuid(todoId) ? await em.getRepository(PeerReviewTodoEntity).findOneBy({ id: todoId }) : null;
      if (!todo) throw notFound('To-do item');
      const review = await em.getRepository(PeerReviewEntity).findOneByOrFail({ id: todo.peerReviewId });
      const c = await this.lockEditable(em, user, review.cycleId);
      if (todo.measureId) throw cycleError('CONFLICT', 'TODO_ALREADY_A_MEASURE', 'This to-do item is already a measure of the plan');
      const a = await this.artefacts(em, c.id);
      const title = todo.text.length > 200 ? `${todo.text.slice(0, 197)}...` : todo.text;
      this.checkFact(user, this.domainCycle(c, a), { type: 'SET_MEASURE', measure: { id: 'new', title, indicators: [] } });
      const saved = await em.getRepository(ActionMeasureEntity).save(
        em.create(ActionMeasureEntity, { cycleId: c.id, title, objective: todo.text, fromTodoId: todo.id, position: a.measures.length }),
      );
      await em.getRepository(PeerReviewTodoEntity).update({ id: todo.id }, { measureId: saved.id });
      await this.touch(em, c);
      return ActionMeasure.from(saved);
    });
  }

  // ---- PILOT ---------------------------------------------------------------------------------

  async savePilot(user: AuthUser, input: PilotActionInput): Promise<PilotAction> {
    return this.ds.transaction(async (em) => {
      const c = await this.lockEditable(em, user, input.cycleId);
      const a = await this.artefacts(em, c.id);
      const existing = input.id ? a.pilots.find((p) => p.id === input.id) : undefined;
      if (input.id && !existing) throw notFound('Pilot action');
      this.checkFact(user, this.domainCycle(c, a), { type: 'LINK_PILOT', pilotId: existing?.id ?? 'new', measureId: input.measureId });
      const errors: FieldError[] = [];
      const leadPartnerId = input.leadPartnerId ?? existing?.leadPartnerId ?? c.partnerId;
      const partnerIds = [...new Set([leadPartnerId, ...input.participantPartnerIds])];
      const found = await em.getRepository(PartnerEntity).countBy({ id: In(partnerIds) });
      if (found !== partnerIds.length) errors.push(fieldError('participantPartnerIds', 'Unknown partner'));
      let regionId = existing?.regionId ?? c.regionId;
      if (input.regionCode) {
        const r = await em.getRepository(RegionEntity).findOneBy({ code: input.regionCode });
        if (!r) errors.push(fieldError('regionCode', `Unknown region ${input.regionCode}`));
        else regionId = r.id;
      }
      if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) errors.push(fieldError('endsOn', 'The pilot ends before it starts'));
      if (errors.length) throw badInputs(errors);
      const values = {
        measureId: input.measureId,
        title: input.title.trim(),
        description: input.description,
        leadPartnerId,
        participantPartnerIds: input.participantPartnerIds.filter((p) => p !== leadPartnerId),
        regionId,
        areas: [...new Set(input.areas)],
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
        budgetEur: input.budgetEur ?? null,
        status: input.status ?? existing?.status ?? 'RUNNING',
      };
      const repo = em.getRepository(PilotActionEntity);
      const saved = await repo.save(existing ? Object.assign(existing, values) : em.create(PilotActionEntity, { cycleId: c.id, ...values, isDemo: false }));
      await this.touch(em, c);
      return PilotAction.from(saved);
    });
  }

  /** KPI readings are entered while the pilot runs and during the evaluation. */
  async addReading(user: AuthUser, input: KpiReadingInput): Promise<PilotAction> {
    return this.ds.transaction(async (em) => {
      const pilot = await em.getRepository(PilotActionEntity).findOneBy({ id: input.pilotId });
      if (!pilot) throw notFound('Pilot action');
      const c = await this.lockEditable(em, user, pilot.cycleId);
      if (c.stage !== 'PILOT' && c.stage !== 'EVALUATION') throw cycleError('CONFLICT', 'READINGS_CLOSED', `KPI readings are entered in PILOT and EVALUATION, not ${c.stage}`);
      const ind = await em.getRepository(MeasureIndicatorEntity).findOneBy({ id: input.measureIndicatorId });
      if (!ind || ind.measureId !== pilot.measureId) throw badInput('measureIndicatorId', 'Not a KPI of this pilot action');
      await em.getRepository(KpiReadingEntity).insert({
        pilotId: pilot.id,
        measureIndicatorId: ind.id,
        date: input.date,
        value: input.value,
        note: input.note.trim(),
        evidenceUrl: input.evidenceUrl?.trim() || null,
        recordedById: user.id,
      });
      await this.touch(em, c);
      return PilotAction.from(pilot);
    });
  }

  async deleteReading(user: AuthUser, id: string): Promise<string> {
    return this.ds.transaction(async (em) => {
      const r = isUuid(id) ? await em.getRepository(KpiReadingEntity).findOneBy({ id }) : null;
      if (!r) throw notFound('KPI reading');
      const pilot = await em.getRepository(PilotActionEntity).findOneByOrFail({ id: r.pilotId });
      const c = await this.lockEditable(em, user, pilot.cycleId);
      if (c.stage !== 'PILOT' && c.stage !== 'EVALUATION') throw cycleError('CONFLICT', 'READINGS_CLOSED', `KPI readings change in PILOT and EVALUATION, not ${c.stage}`);
      await em.getRepository(KpiReadingEntity).delete({ id });
      await this.touch(em, c);
      return id;
    });
  }

  // ---- EVALUATION and TRANSFER ---------------------------------------------------------------

  /** Records the evaluation with each pilot KPI's achievement computed by the domain now. */
  async saveEvaluation(user: AuthUser, input: EvaluationInput): Promise<CycleEvaluation> {
    return this.ds.transaction(async (em) => {
      const c = await this.lockEditable(em, user, input.cycleId);
      const a = await this.artefacts(em, c.id);
      const readings = a.pilots.length
        ? await em.getRepository(KpiReadingEntity).find({ where: { pilotId: In(a.pilots.map((p) => p.id)) }, order: { date: 'ASC', createdAt: 'ASC' } })
        : [];
      const kpiResults: EvaluationKpiResult[] = [];
      for (const p of a.pilots) {
        const inds = a.indicators.filter((i) => i.measureId === p.measureId);
        for (const k of this.pilotKpis(inds, readings.filter((r) => r.pilotId === p.id))) {
          if (k.indicator.baseline === null || k.indicator.target === null) continue;
          kpiResults.push({
            pilotId: p.id,
            pilotTitle: p.title,
            measureIndicatorId: k.indicator.id,
            name: k.indicator.name,
            unit: k.indicator.unit,
            baseline: k.indicator.baseline,
            target: k.indicator.target,
            actual: k.latestValue,
            achievement: k.achievement,
            status: k.status,
          });
        }
      }
      const values = { findings: input.findings.trim(), lessons: input.lessons.trim(), transferability: input.transferability.trim(), decision: input.decision, kpiResults };
      this.checkFact(user, this.domainCycle(c, a), {
        type: 'RECORD_EVALUATION',
        findings: values.findings,
        kpiResults: kpiResults.filter((k) => k.achievement !== null).map((k) => ({ kpi: k.name, achievement: k.achievement! })),
      });
      const repo = em.getRepository(CycleEvaluationEntity);
      const saved = await repo.save(a.evaluation ? Object.assign(a.evaluation, values) : em.create(CycleEvaluationEntity, { cycleId: c.id, ...values }));
      await this.touch(em, c);
      return CycleEvaluation.from(saved);
    });
  }

  async saveTransfer(user: AuthUser, input: TransferInput): Promise<CycleTransfer> {
    return this.ds.transaction(async (em) => {
      const c = await this.lockEditable(em, user, input.cycleId);
      const a = await this.artefacts(em, c.id);
      if (!a.evaluation) throw cycleError('CONFLICT', 'NO_EVALUATION', 'No transfer without an evaluation');
      // Without a practice id the transfer keeps the policy example it already links (a drafted one).
      const practiceId = input.practiceId == null ? (a.transfer?.practiceId ?? null) : input.practiceId.trim() || null;
      this.checkFact(user, this.domainCycle(c, a), { type: 'PUBLISH_PRACTICE', practiceId: practiceId ?? `evaluation:${a.evaluation.id}` });
      const values = { summary: input.summary.trim(), evaluationId: a.evaluation.id, practiceId };
      const repo = em.getRepository(CycleTransferEntity);
      const saved = await repo.save(a.transfer ? Object.assign(a.transfer, values) : em.create(CycleTransferEntity, { cycleId: c.id, ...values }));
      await this.touch(em, c);
      return CycleTransfer.from(saved);
    });
  }

  /**
   * TRANSFER: drafts a policy example from the evaluation and the pilots (title, summary, KPI
   * results as evidence, lessons, regions, development areas), contributed by the cycle's owner,
   * and links the transfer to it. The draft then follows the practice workflow like any other.
   */
  async draftPractice(user: AuthUser, cycleId: string): Promise<CycleTransfer> {
    return this.ds.transaction(async (em) => {
      const c = await this.lockEditable(em, user, cycleId);
      const a = await this.artefacts(em, c.id);
      const ev = a.evaluation;
      if (!ev) throw cycleError('CONFLICT', 'NO_EVALUATION', 'No policy example without an evaluation');
      if (a.transfer?.practiceId && isUuid(a.transfer.practiceId) && (await em.getRepository(PracticeEntity).existsBy({ id: a.transfer.practiceId }))) {
        throw cycleError('CONFLICT', 'PRACTICE_ALREADY_DRAFTED', 'A policy example has already been drafted from this cycle');
      }
      this.checkFact(user, this.domainCycle(c, a), { type: 'PUBLISH_PRACTICE', practiceId: 'draft' });
      const region = await em.getRepository(RegionEntity).findOneByOrFail({ id: c.regionId });
      const pilotRegions = a.pilots.length ? await em.getRepository(RegionEntity).findBy({ id: In([...new Set(a.pilots.map((p) => p.regionId))]) }) : [];
      const regionCodes = [...new Set([region.code, ...pilotRegions.filter((r) => r.country === region.country).map((r) => r.code)])];
      let areas: string[] = [...new Set(a.pilots.flatMap((p) => p.areas))];
      if (!areas.length && a.snapshot?.chosenGaps.length) areas = [...new Set(a.snapshot.result.indicators.filter((i) => a.snapshot!.chosenGaps.includes(i.code)).map((i) => i.area))];
      const years = (xs: (string | null)[]) => xs.filter((x): x is string => Boolean(x)).map((x) => Number(x.slice(0, 4)));
      const starts = years(a.pilots.map((p) => p.startsOn));
      const ends = years(a.pilots.map((p) => p.endsOn));
      const budgets = a.pilots.map((p) => p.budgetEur).filter((b): b is number => b !== null);
      const fmt = (x: number) => String(Math.round(x * 100) / 100);
      const kpiLine = (k: EvaluationKpiResult) =>
        `${k.name} (${k.pilotTitle}): ${k.actual === null ? 'no reading yet' : `${fmt(k.actual)} ${k.unit}`} against a target of ${fmt(k.target)} from a baseline of ${fmt(k.baseline)}` +
        (k.achievement === null ? '' : `, ${Math.round(k.achievement * 100)}% achieved`);
      const measureOf = (id: string) => a.measures.find((m) => m.id === id);
      const description = [
        a.assessment?.context ?? '',
        ...a.pilots.map((p) => {
          const m = measureOf(p.measureId);
          return `**${p.title}**${m ? ` tested the measure "${m.title}"${m.objective && m.objective !== m.title ? `: ${m.objective}` : ''}` : ''}.${p.description ? ` ${p.description}` : ''}`;
        }),
      ]
        .filter(Boolean)
        .join('\n\n');
      const clip = (x: string, n: number) => (x.length > n ? `${x.slice(0, n - 1)}…` : x);
      const title = clip(c.title.trim(), 100);
      const practice = await this.practices.createDraftIn(em, user, c.partnerId, {
        title: title.length >= 3 ? title : `${title} policy example`,
        summary: clip(a.transfer?.summary || ev.findings, 20000),
        description: clip(description, 60000),
        evidence: clip([`Findings of the evaluation: ${ev.findings}`, ...ev.kpiResults.map((k) => `- ${kpiLine(k)}`)].join('\n'), 20000),
        results: ev.kpiResults.map((k) => ({ description: clip(`${k.name} (${k.pilotTitle})`, 500), unit: k.unit ? clip(k.unit, 40) : null, before: k.baseline, after: k.actual })),
        lessonsLearned: ev.lessons,
        transferPotential: ev.transferability,
        country: region.country,
        regionCodes,
        developmentAreas: areas as never,
        startYear: starts.length ? Math.min(...starts) : null,
        endYear: ends.length ? Math.max(...ends) : null,
        budgetEur: budgets.length ? budgets.reduce((x, y) => x + y, 0) : null,
        fundingSource: clip([...new Set(a.measures.filter((m) => a.pilots.some((p) => p.measureId === m.id)).map((m) => m.fundingSource).filter(Boolean))].join('; '), 300),
      }, { isDemo: c.isDemo });
      const values = { summary: a.transfer?.summary || ev.findings, evaluationId: ev.id, practiceId: practice.id };
      const repo = em.getRepository(CycleTransferEntity);
      const saved = await repo.save(a.transfer ? Object.assign(a.transfer, values) : em.create(CycleTransferEntity, { cycleId: c.id, ...values }));
      await this.touch(em, c);
      return CycleTransfer.from(saved);
    });
  }

  // ---- matchmaking ---------------------------------------------------------------------------

  /**
   * Peer regions for a cycle's chosen gaps: the saved benchmark's reference regions that perform
   * better on the gap indicators now (latest values at the benchmark year), ranked by the domain's
   * `rankPeerMatches`, with the partners located there and their pilot actions on the gaps'
   * development areas.
   */
  async matches(user: AuthUser | null, cycleId: string, first: number): Promise<PeerMatch[]> {
    const cycle = await this.get(user, cycleId);
    if (!cycle) throw notFound('Learning cycle');
    const snap = await this.ds.getRepository(BenchmarkSnapshotEntity).findOneBy({ cycleId });
    if (!snap || snap.chosenGaps.length === 0) return [];
    const gapIndicators = await this.ds.getRepository(IndicatorEntity).findBy({ code: In(snap.chosenGaps) });
    const rows = await this.benchmarks.latestPerformanceValues(snap.result.year);
    const wanted = new Set(snap.chosenGaps);
    const values = new Map<string, Record<string, number>>();
    for (const r of rows) {
      if (!wanted.has(r.indicator)) continue;
      const v = values.get(r.region) ?? {};
      v[r.indicator] = r.value;
      values.set(r.region, v);
    }
    const ranked = rankPeerMatches({
      targetValues: values.get(snap.regionCode) ?? {},
      gaps: gapIndicators.map((i) => ({ code: i.code, polarity: i.polarity })),
      candidates: snap.result.referenceRegions.map((r) => ({ code: r.code, distance: r.distance, values: values.get(r.code) ?? {} })),
    }).slice(0, first);
    if (ranked.length === 0) return [];
    const regions = await this.ds.getRepository(RegionEntity).findBy({ code: In(ranked.map((m) => m.code)) });
    const regionByCode = new Map(regions.map((r) => [r.code, r]));
    const regionIds = regions.map((r) => r.id);
    const areas = [...new Set(gapIndicators.map((i) => i.area))];
    const [partners, pilots, practices] = await Promise.all([
      this.ds.getRepository(PartnerEntity).find({ where: { regionId: In(regionIds) }, order: { name: 'ASC' } }),
      this.ds
        .getRepository(PilotActionEntity)
        .createQueryBuilder('p')
        .innerJoin(LearningCycleEntity, 'c', 'c.id = p.cycle_id')
        .where('p.region_id IN (:...regionIds)', { regionIds })
        .andWhere('p.areas && CAST(:areas AS varchar[])', { areas })
        .andWhere('p.cycle_id <> :cid', { cid: cycleId })
        .andWhere(user ? '1 = 1' : 'c.is_public = true')
        .orderBy('p.created_at', 'ASC')
        .getMany(),
      this.ds
        .getRepository(PracticeEntity)
        .createQueryBuilder('x')
        .select(['x.id', 'x.regionIds'])
        .where("x.status = 'PUBLISHED'")
        .andWhere('x.region_ids && CAST(:regionIds AS uuid[])', { regionIds })
        .andWhere('x.development_areas && CAST(:areas AS varchar[])', { areas })
        .orderBy('x.published_at', 'DESC')
        .addOrderBy('x.id', 'ASC')
        .getMany(),
    ]);
    const indicatorByCode = new Map(gapIndicators.map((i) => [i.code, i]));
    const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2));
    return ranked.map((m) => {
      const region = regionByCode.get(m.code)!;
      const own = partners.filter((p) => p.regionId === region.id);
      const ownPilots = pilots.filter((p) => p.regionId === region.id);
      const ownPractices = practices.filter((p) => p.regionIds.includes(region.id));
      const better = m.betterOn.map((b) => {
        const ind = indicatorByCode.get(b.indicator)!;
        return { indicatorCode: ind.code, indicatorName: ind.name, unit: ind.unit, value: b.value, targetValue: b.targetValue, advantage: b.advantage };
      });
      const reasons = [
        `Better on ${better.map((b) => `${b.indicatorName} (${fmt(b.value)} against ${fmt(b.targetValue)} ${b.unit})`).join(' and ')}`,
        `structurally close to ${snap.result.region.name} (distance ${m.distance.toFixed(2)})`,
      ];
      if (own.length) reasons.push(`${own.length} partner${own.length === 1 ? '' : 's'} there`);
      if (ownPractices.length) reasons.push(`${ownPractices.length} published policy example${ownPractices.length === 1 ? '' : 's'} on the same development areas`);
      if (ownPilots.length) reasons.push(`${ownPilots.length} pilot action${ownPilots.length === 1 ? '' : 's'} on the same development areas`);
      return {
        rank: m.rank,
        regionId: region.id,
        distance: m.distance,
        betterOn: better,
        meanAdvantage: m.meanAdvantage,
        partnerIds: own.map((p) => p.id),
        pilotIds: ownPilots.map((p) => p.id),
        // the newest few (the reason counts them all): a region can hold many, and the list is priced as ten
        practiceIds: ownPractices.slice(0, MATCH_PRACTICES).map((p) => p.id),
        reason: `${reasons.join('; ')}.`,
      };
    });
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The JSON a snapshot keeps of a benchmark. */
export function snapshotResult(b: Benchmark): SnapshotResult {
  return {
    region: { code: b.region.code, name: b.region.name, country: b.region.country },
    year: b.year,
    referenceRegions: b.referenceRegions.map((r) => ({ code: r.region.code, name: r.region.name, country: r.region.country, distance: r.distance, rank: r.rank })),
    indicators: b.indicators.map((i) => ({
      code: i.indicator.code,
      name: i.indicator.name,
      unit: i.indicator.unit,
      area: i.indicator.area,
      polarity: i.indicator.polarity,
      value: i.value,
      valueYear: i.valueYear,
      score: i.score,
      groupMean: i.groupMean,
      groupBest: i.groupBest,
      groupBestRegion: i.groupBestRegion?.code ?? null,
      gap: i.gap,
      percentile: i.percentile,
    })),
    composite: { value: b.composite.value, rank: b.composite.rank, rankedCount: b.composite.rankedCount, groupMean: b.composite.groupMean },
    weaknesses: b.weaknesses.map((w) => w.indicator.code),
    strengths: b.strengths.map((s) => s.indicator.code),
    demoDataUsed: b.demoDataUsed,
  };
}
