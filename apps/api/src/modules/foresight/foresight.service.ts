import { createHash, randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { defaultConsensusRule, matchLocale } from '@polisee/domain';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { managerOf, inTransaction } from '../../db/unit-of-work';
import type { AuthUser } from '../auth/auth-user';
import { FileFormat, type ExportFile } from '../data-import/import.types';
import { IndicatorEntity } from '../indicator/indicator.entity';
import { localizedText } from '../indicator/indicator.localize';
import { outbox } from '../notification/outbox.service';
import { PartnerEntity } from '../partner/partner.entity';
import { isUuid } from '../partner/partner.service';
import { RegionEntity } from '../region/region.entity';
import {
  ForesightCommentEntity,
  ForesightDriverEntity,
  ForesightExerciseEntity,
  ForesightItemEntity,
  ForesightItemStatisticsEntity,
  ForesightPanellistEntity,
  ForesightResponseEntity,
  ForesightRoundEntity,
  ForesightScenarioEntity,
  ForesightStatementEntity,
  type StoredConsensusRule,
} from './foresight.entity';
import { exerciseNotFound, foresightError } from './foresight.errors';
import type {
  ConsensusRuleInput,
  ForesightDriverInput,
  ForesightExerciseInput,
  ForesightItemInput,
  ForesightScenarioInput,
  ForesightStatementInput,
  InviteForesightPanellistsInput,
  OpenForesightRoundInput,
} from './foresight.inputs';
import { statisticsFromComputed, statisticsFromEntity, toComment, toDriver, toExercise, toInvitation, toRound, toScenario, toStatement } from './foresight.mapper';
import { computeStatistics } from './foresight.statistics';
import {
  CreatedInvitation,
  ForesightParticipation,
  IndicatorBenchmark,
  ItemResult,
  StatementResult,
  type ForesightComment,
  type ForesightDriver,
  type ForesightExercise,
  type ForesightInvitation,
  type ForesightRound,
  type ForesightScenario,
  type ForesightStatement,
  type ItemStatistics,
} from './foresight.type';

/** Invitation tokens: 32 random bytes, URL-safe; only their SHA-256 is stored. */
export const newPanelToken = (): string => randomBytes(32).toString('base64url');
export const hashPanelToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');
export const answerPath = (token: string): string => `/foresight/answer/${token}`;

export const canManage = (user: AuthUser | null, e: Pick<ForesightExerciseEntity, 'partnerId'>): boolean =>
  user !== null && (user.role === 'ADMIN' || (user.role === 'PARTNER_EDITOR' && user.partnerId !== null && user.partnerId === e.partnerId));

/** An event a real-time listener may care about (statistics or comments of an exercise changed). */
export interface ForesightChange {
  exerciseId: string;
  kind: 'ANSWERS' | 'COMMENTS' | 'ROUND';
}
export type ChangeListener = (change: ForesightChange) => void | Promise<void>;

/** Keyed current answers per item of a round: panellist id -> value (never leaves the server). */
export async function answersByItem(em: EntityManager, roundId: string): Promise<Map<string, Record<string, number>>> {
  const rows: { item_id: string; panellist_id: string; value: number }[] = await em.query(
    `SELECT r.item_id, r.panellist_id, r.value FROM foresight_response r JOIN foresight_panellist p ON p.id = r.panellist_id
      WHERE r.round_id = $1 AND p.revoked_at IS NULL`,
    [roundId],
  );
  const by = new Map<string, Record<string, number>>();
  for (const r of rows) {
    const m = by.get(r.item_id) ?? {};
    m[r.panellist_id] = Number(r.value);
    by.set(r.item_id, m);
  }
  return by;
}

function ruleFromInput(r: ConsensusRuleInput | undefined | null, field: string): StoredConsensusRule | null {
  if (!r) return null;
  const rule: StoredConsensusRule = {};
  if (r.maxIqr !== undefined && r.maxIqr !== null) rule.maxIqr = r.maxIqr;
  if (r.minTopShare !== undefined && r.minTopShare !== null) rule.minTopShare = r.minTopShare;
  if (r.maxSd !== undefined && r.maxSd !== null) rule.maxSd = r.maxSd;
  if (rule.maxIqr === undefined && rule.minTopShare === undefined && rule.maxSd === undefined) {
    throw foresightError('BAD_USER_INPUT', 'INVALID_RULE', `${field}: a consensus rule needs at least one criterion`);
  }
  rule.minResponses = r.minResponses ?? 1;
  rule.combine = r.combine ?? 'ALL';
  return rule;
}

function itemShape(i: ForesightItemInput, index: number): Pick<ForesightItemEntity, 'kind' | 'scaleMin' | 'scaleMax' | 'topCategories' | 'consensusRule' | 'position'> {
  const year = i.kind === 'YEAR';
  const scaleMin = i.scaleMin ?? (year ? 2025 : 1);
  const scaleMax = i.scaleMax ?? (year ? 2100 : 5);
  if (scaleMin >= scaleMax) throw foresightError('BAD_USER_INPUT', 'INVALID_VALUE', `items[${index}]: the scale needs min < max`);
  if (!year && scaleMax - scaleMin > 10) throw foresightError('BAD_USER_INPUT', 'INVALID_VALUE', `items[${index}]: a rating scale has at most 11 points`);
  const topCategories = Math.min(i.topCategories ?? 2, scaleMax - scaleMin + 1);
  return { kind: i.kind, scaleMin, scaleMax, topCategories, consensusRule: ruleFromInput(i.consensusRule, `items[${index}].consensusRule`), position: index + 1 };
}

/**
 * Delphi exercises for organisers and the public (DOMAIN.md 8, issue 13). Panellists go through
 * PanelService. Nothing here returns a response with its panellist: organisers get counts.
 */
export class ForesightService {
  private readonly listeners = new Set<ChangeListener>();

  constructor(private readonly ds: DataSource) {}

  /** Real-time hook: called after a committed change of answers, comments or rounds. */
  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async emit(change: ForesightChange): Promise<void> {
    for (const l of this.listeners) await l(change);
  }

  // ---------------------------------------------------------------- reading

  async view(user: AuthUser | null, e: ForesightExerciseEntity, locale: string, em?: EntityManager): Promise<ForesightExercise> {
    const region = e.regionId ? await managerOf(this.ds, em).getRepository(RegionEntity).findOneBy({ id: e.regionId }) : null;
    return toExercise(e, locale, { regionCode: region?.code ?? null, regionName: region?.name ?? null, canManage: canManage(user, e) });
  }

  async list(user: AuthUser | null, locale: string, opts: { manageable?: boolean } = {}): Promise<ForesightExercise[]> {
    const all = await this.ds.getRepository(ForesightExerciseEntity).find({ order: { createdAt: 'DESC' }, take: 100 });
    const visible = all.filter((e) => (opts.manageable ? canManage(user, e) : e.status !== 'DRAFT' || canManage(user, e)));
    const regions = new Map(
      (await this.ds.getRepository(RegionEntity).findBy({ id: In(visible.map((e) => e.regionId).filter((x): x is string => x !== null)) })).map((r) => [r.id, r]),
    );
    return visible.map((e) => {
      const r = e.regionId ? regions.get(e.regionId) : undefined;
      return toExercise(e, locale, { regionCode: r?.code ?? null, regionName: r?.name ?? null, canManage: canManage(user, e) });
    });
  }

  async get(user: AuthUser | null, id: string, locale: string): Promise<ForesightExercise | null> {
    const e = await this.find(id);
    if (!e || (e.status === 'DRAFT' && !canManage(user, e))) return null;
    return this.view(user, e, locale);
  }

  private async find(id: string, em?: EntityManager): Promise<ForesightExerciseEntity | null> {
    if (!isUuid(id)) return null;
    return managerOf(this.ds, em).getRepository(ForesightExerciseEntity).findOneBy({ id });
  }

  private async managed(user: AuthUser, id: string, em?: EntityManager): Promise<ForesightExerciseEntity> {
    const e = await this.find(id, em);
    if (!e) throw exerciseNotFound();
    if (!canManage(user, e)) throw foresightError('FORBIDDEN', 'NOT_YOUR_EXERCISE', "Only the lead partner's staff and the organising partner's editors may do this");
    return e;
  }

  statementsOf(e: ForesightExerciseEntity, statements: ForesightStatementEntity[], items: ForesightItemEntity[], locale: string): ForesightStatement[] {
    return statements.map((s) => toStatement(s, items, e, locale));
  }

  /** Results are public once published; organisers see them (live) any time. */
  resultsVisible(user: AuthUser | null, e: ForesightExerciseEntity): boolean {
    return e.resultsPublishedAt !== null || canManage(user, e);
  }

  /** Per statement and item: statistics of every round (frozen; the open round live), last arguments, indicators. */
  async results(user: AuthUser | null, e: ForesightExerciseEntity, locale: string): Promise<StatementResult[] | null> {
    if (!this.resultsVisible(user, e)) return null;
    const em = this.ds.manager;
    const statements = await em.getRepository(ForesightStatementEntity).find({ where: { exerciseId: e.id }, order: { position: 'ASC' } });
    const items = await em.getRepository(ForesightItemEntity).find({ where: { exerciseId: e.id }, order: { position: 'ASC' } });
    const rounds = await em.getRepository(ForesightRoundEntity).find({ where: { exerciseId: e.id }, order: { number: 'ASC' } });
    const statsByItem = await this.statisticsByItem(em, e, items, rounds);
    const argumentsByItem = await this.lastArguments(em, rounds, items);
    const indicators = await this.indicatorBenchmarks(e, [...new Set(statements.flatMap((s) => s.indicatorCodes))], locale);
    return statements.map((s) => {
      const statement = toStatement(s, items, e, locale);
      return Object.assign(new StatementResult(), {
        statement,
        items: statement.items.map((item) =>
          Object.assign(new ItemResult(), { item, rounds: statsByItem.get(item.id) ?? [], arguments: argumentsByItem.get(item.id) ?? [] }),
        ),
        indicators: s.indicatorCodes.map((c) => indicators.get(c)).filter((x): x is IndicatorBenchmark => x !== undefined),
      });
    });
  }

  /** Frozen statistics of closed rounds and live statistics of the open one, per item, in round order. */
  async statisticsByItem(em: EntityManager, e: ForesightExerciseEntity, items: ForesightItemEntity[], rounds: ForesightRoundEntity[]): Promise<Map<string, ItemStatistics[]>> {
    const frozen = rounds.length
      ? await em.getRepository(ForesightItemStatisticsEntity).findBy({ roundId: In(rounds.map((r) => r.id)) })
      : [];
    const out = new Map<string, ItemStatistics[]>(items.map((i) => [i.id, []]));
    for (const round of rounds) {
      if (round.closedAt) {
        for (const s of frozen.filter((f) => f.roundId === round.id)) out.get(s.itemId)?.push(statisticsFromEntity(s, round.number));
      } else {
        const live = await this.liveStatistics(em, e, items, rounds, round);
        for (const [itemId, s] of live) out.get(itemId)?.push(s);
      }
    }
    return out;
  }

  /** Statistics of an open round computed now from its answers (and the previous round's for the change). */
  async liveStatistics(em: EntityManager, e: ForesightExerciseEntity, items: ForesightItemEntity[], rounds: ForesightRoundEntity[], round: ForesightRoundEntity): Promise<Map<string, ItemStatistics>> {
    const current = await answersByItem(em, round.id);
    const prevRound = rounds.find((r) => r.number === round.number - 1);
    const previous = prevRound ? await answersByItem(em, prevRound.id) : null;
    return new Map(
      items.map((i) => [i.id, statisticsFromComputed(computeStatistics(i, e.consensusRule, current.get(i.id) ?? {}, previous?.get(i.id) ?? null, e.stabilityMaxChange), round.number, false)]),
    );
  }

  /** The arguments of the last round with answers, per item, sorted so their order reveals nothing. */
  private async lastArguments(em: EntityManager, rounds: ForesightRoundEntity[], items: ForesightItemEntity[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (rounds.length === 0 || items.length === 0) return out;
    const rows: { item_id: string; argument: string; number: number }[] = await em.query(
      `SELECT r.item_id, r.argument, ro.number FROM foresight_response r
         JOIN foresight_round ro ON ro.id = r.round_id JOIN foresight_panellist p ON p.id = r.panellist_id
        WHERE r.round_id = ANY($1::uuid[]) AND p.revoked_at IS NULL AND r.argument IS NOT NULL AND btrim(r.argument) <> ''`,
      [rounds.map((r) => r.id)],
    );
    const lastRound = new Map<string, number>();
    for (const r of rows) lastRound.set(r.item_id, Math.max(lastRound.get(r.item_id) ?? 0, r.number));
    for (const r of rows) {
      if (r.number !== lastRound.get(r.item_id)) continue;
      out.set(r.item_id, [...(out.get(r.item_id) ?? []), r.argument]);
    }
    for (const list of out.values()) list.sort((a, b) => a.localeCompare(b));
    return out;
  }

  /** Each indicator's latest value in the exercise's region and the all-region mean that year. */
  private async indicatorBenchmarks(e: ForesightExerciseEntity, codes: string[], locale: string): Promise<Map<string, IndicatorBenchmark>> {
    const out = new Map<string, IndicatorBenchmark>();
    if (codes.length === 0) return out;
    const indicators = await this.ds.getRepository(IndicatorEntity).findBy({ code: In(codes) });
    if (indicators.length === 0) return out;
    const rows: { indicator_id: string; year: number | null; region_value: number | null; average_value: number | null }[] = await this.ds.query(
      `WITH latest AS (
         SELECT o.indicator_id, max(o.year) AS year FROM observation o
          WHERE o.indicator_id = ANY($1::uuid[]) AND o.cluster_id IS NULL AND ($2::uuid IS NULL OR o.region_id = $2::uuid)
          GROUP BY o.indicator_id)
       SELECT l.indicator_id, l.year::int AS year,
              (SELECT o.value FROM observation o WHERE o.indicator_id = l.indicator_id AND o.year = l.year AND o.region_id = $2::uuid AND o.cluster_id IS NULL LIMIT 1)::float8 AS region_value,
              (SELECT avg(o.value) FROM observation o WHERE o.indicator_id = l.indicator_id AND o.year = l.year AND o.cluster_id IS NULL)::float8 AS average_value
         FROM latest l`,
      [indicators.map((i) => i.id), e.regionId],
    );
    const byId = new Map(rows.map((r) => [r.indicator_id, r]));
    for (const i of indicators) {
      const r = byId.get(i.id);
      out.set(
        i.code,
        Object.assign(new IndicatorBenchmark(), {
          code: i.code,
          name: localizedText(i, 'name', locale),
          unit: localizedText(i, 'unit', locale),
          year: r?.year ?? null,
          regionValue: r?.region_value ?? null,
          averageValue: r?.average_value ?? null,
        }),
      );
    }
    return out;
  }

  drivers(rows: ForesightDriverEntity[]): ForesightDriver[] {
    return rows.map(toDriver);
  }

  scenarios(rows: ForesightScenarioEntity[], drivers: ForesightDriverEntity[]): ForesightScenario[] {
    return rows.map((s) => toScenario(s, drivers));
  }

  rounds(rows: ForesightRoundEntity[]): ForesightRound[] {
    return rows.map(toRound);
  }

  /** Counts only: invited, revoked, and per round respondents, answers and items with consensus. */
  async participation(user: AuthUser, exerciseId: string): Promise<ForesightParticipation> {
    const e = await this.managed(user, exerciseId);
    const em = this.ds.manager;
    const [counts] = (await em.query(
      `SELECT count(*) FILTER (WHERE revoked_at IS NULL)::int AS invited, count(*) FILTER (WHERE revoked_at IS NOT NULL)::int AS revoked
         FROM foresight_panellist WHERE exercise_id = $1`,
      [e.id],
    )) as { invited: number; revoked: number }[];
    const rounds = await em.getRepository(ForesightRoundEntity).find({ where: { exerciseId: e.id }, order: { number: 'ASC' } });
    const items = await em.getRepository(ForesightItemEntity).findBy({ exerciseId: e.id });
    const perRound: { round_id: string; respondents: number; responses: number }[] = rounds.length
      ? await em.query(
          `SELECT r.round_id, count(DISTINCT r.panellist_id)::int AS respondents, count(*)::int AS responses
             FROM foresight_response r JOIN foresight_panellist p ON p.id = r.panellist_id
            WHERE r.round_id = ANY($1::uuid[]) AND p.revoked_at IS NULL GROUP BY r.round_id`,
          [rounds.map((r) => r.id)],
        )
      : [];
    const stats = await this.statisticsByItem(em, e, items, rounds);
    return Object.assign(new ForesightParticipation(), {
      invited: counts?.invited ?? 0,
      revoked: counts?.revoked ?? 0,
      rounds: rounds.map((r) => {
        const row = perRound.find((p) => p.round_id === r.id);
        const consensual = [...stats.values()].filter((list) => list.find((s) => s.roundNumber === r.number)?.consensus).length;
        return { roundNumber: r.number, respondents: row?.respondents ?? 0, responses: row?.responses ?? 0, itemsWithConsensus: consensual, items: items.length };
      }),
    });
  }

  async invitations(user: AuthUser, exerciseId: string): Promise<ForesightInvitation[]> {
    const e = await this.managed(user, exerciseId);
    const rows = await this.ds.getRepository(ForesightPanellistEntity).find({ where: { exerciseId: e.id }, order: { createdAt: 'ASC', label: 'ASC' } });
    return rows.map(toInvitation);
  }

  async commentsForModeration(user: AuthUser, exerciseId: string): Promise<ForesightComment[]> {
    const e = await this.managed(user, exerciseId);
    const rows = await this.ds.getRepository(ForesightCommentEntity).find({ where: { exerciseId: e.id }, order: { createdAt: 'ASC' } });
    return rows.map((c) => toComment(c, null));
  }

  // ---------------------------------------------------------------- organising

  async saveExercise(user: AuthUser, input: ForesightExerciseInput, locale: string): Promise<ForesightExercise> {
    const language = matchLocale(input.language);
    if (!language) throw foresightError('BAD_USER_INPUT', 'INVALID_VALUE', 'language: not a platform locale');
    const rule = ruleFromInput(input.consensusRule, 'consensusRule');
    const saved = await inTransaction(this.ds, undefined, async (em) => {
      let regionId: string | null = null;
      if (input.regionCode) {
        const region = await em.getRepository(RegionEntity).findOneBy({ code: input.regionCode });
        if (!region) throw foresightError('BAD_USER_INPUT', 'UNKNOWN_REFERENCE', 'regionCode: unknown region');
        regionId = region.id;
      }
      let partnerId: string | null;
      if (user.role === 'ADMIN') {
        partnerId = input.partnerId ?? null;
        if (partnerId && !(await em.getRepository(PartnerEntity).existsBy({ id: partnerId }))) throw foresightError('BAD_USER_INPUT', 'UNKNOWN_REFERENCE', 'partnerId: unknown partner');
      } else {
        if (!user.partnerId) throw foresightError('FORBIDDEN', 'NOT_YOUR_EXERCISE', 'Your account has no partner');
        partnerId = user.partnerId;
      }
      const fields = {
        title: input.title.trim(),
        topic: input.topic.trim(),
        method: input.method,
        horizonYear: input.horizonYear,
        regionId,
        areas: [...new Set(input.areas ?? [])],
        language,
        ...(input.stabilityMaxChange !== undefined && input.stabilityMaxChange !== null ? { stabilityMaxChange: input.stabilityMaxChange } : {}),
      };
      if (input.id) {
        const e = await this.managed(user, input.id, em);
        if (e.method !== input.method && (await em.getRepository(ForesightRoundEntity).existsBy({ exerciseId: e.id }))) {
          throw foresightError('CONFLICT', 'EXERCISE_FINISHED', 'method: cannot change once a round has opened');
        }
        Object.assign(e, fields, user.role === 'ADMIN' ? { partnerId } : {}, rule ? { consensusRule: rule } : {});
        return em.getRepository(ForesightExerciseEntity).save(e);
      }
      return em.getRepository(ForesightExerciseEntity).save(
        em.create(ForesightExerciseEntity, { ...fields, partnerId, status: 'DRAFT', consensusRule: rule ?? { ...defaultConsensusRule('PROBABILITY'), minResponses: 1 }, translations: {} }),
      );
    });
    return this.view(user, saved, locale);
  }

  async saveStatement(user: AuthUser, input: ForesightStatementInput, locale: string): Promise<ForesightStatement> {
    return inTransaction(this.ds, undefined, async (em) => {
      const e = await this.managed(user, input.exerciseId, em);
      const shapes = input.items.map(itemShape);
      const repo = em.getRepository(ForesightStatementEntity);
      let statement: ForesightStatementEntity;
      if (input.id) {
        const found = await repo.findOneBy({ id: input.id, exerciseId: e.id });
        if (!found) throw foresightError('NOT_FOUND', 'UNKNOWN_REFERENCE', 'Statement not found');
        statement = found;
      } else {
        const [row] = (await em.query(`SELECT coalesce(max(position), 0)::int + 1 AS next FROM foresight_statement WHERE exercise_id = $1`, [e.id])) as { next: number }[];
        statement = em.create(ForesightStatementEntity, { exerciseId: e.id, position: row?.next ?? 1, translations: {} });
      }
      Object.assign(statement, { theme: input.theme.trim(), text: input.text.trim(), indicatorCodes: [...new Set(input.indicatorCodes ?? [])] });
      statement = await repo.save(statement);
      const items = await em.getRepository(ForesightItemEntity).find({ where: { statementId: statement.id }, order: { position: 'ASC' } });
      const same =
        items.length === shapes.length &&
        items.every((i, k) => {
          const s = shapes[k]!;
          return i.kind === s.kind && i.scaleMin === s.scaleMin && i.scaleMax === s.scaleMax && i.topCategories === s.topCategories && JSON.stringify(i.consensusRule) === JSON.stringify(s.consensusRule);
        });
      if (!same) {
        if (items.length && (await em.getRepository(ForesightResponseEntity).existsBy({ itemId: In(items.map((i) => i.id)) }))) {
          throw foresightError('CONFLICT', 'ITEMS_ANSWERED', 'items: the panel has answered this statement; its questions can no longer change');
        }
        if (items.length) await em.getRepository(ForesightItemEntity).delete({ statementId: statement.id });
        await em.getRepository(ForesightItemEntity).insert(shapes.map((s) => ({ ...s, statementId: statement.id, exerciseId: e.id })));
      }
      const all = await em.getRepository(ForesightItemEntity).findBy({ statementId: statement.id });
      return toStatement(statement, all, e, locale);
    });
  }

  async deleteStatement(user: AuthUser, id: string): Promise<string> {
    return inTransaction(this.ds, undefined, async (em) => {
      const s = isUuid(id) ? await em.getRepository(ForesightStatementEntity).findOneBy({ id }) : null;
      if (!s) throw foresightError('NOT_FOUND', 'UNKNOWN_REFERENCE', 'Statement not found');
      await this.managed(user, s.exerciseId, em);
      const items = await em.getRepository(ForesightItemEntity).findBy({ statementId: id });
      if (items.length && (await em.getRepository(ForesightResponseEntity).existsBy({ itemId: In(items.map((i) => i.id)) }))) {
        throw foresightError('CONFLICT', 'ITEMS_ANSWERED', 'The panel has answered this statement; it can no longer be deleted');
      }
      await em.getRepository(ForesightStatementEntity).delete({ id });
      return id;
    });
  }

  /** Email invitations (the outbox carries the link) and links handed back once; only hashes are stored. */
  async invite(user: AuthUser, input: InviteForesightPanellistsInput): Promise<CreatedInvitation[]> {
    const emails = [...new Set((input.emails ?? []).map((e) => e.trim().toLowerCase()).filter(Boolean))];
    const links = input.links ?? 0;
    if (emails.length === 0 && links === 0) throw foresightError('BAD_USER_INPUT', 'NOTHING_TO_INVITE', 'Give email addresses or a number of links');
    return inTransaction(this.ds, undefined, async (em) => {
      const e = await this.managed(user, input.exerciseId, em);
      if (e.status === 'FINISHED') throw foresightError('CONFLICT', 'EXERCISE_FINISHED', 'The exercise is finished');
      const out: CreatedInvitation[] = [];
      const note = input.label?.trim() || null;
      for (const email of emails) {
        const token = newPanelToken();
        const p = await em.getRepository(ForesightPanellistEntity).save(em.create(ForesightPanellistEntity, { exerciseId: e.id, tokenHash: hashPanelToken(token), label: email, invitedByEmail: true }));
        await outbox.enqueue(em, { to: email, template: 'foresight-invitation', params: { exerciseTitle: e.title, answerPath: answerPath(token), horizonYear: e.horizonYear } });
        out.push(Object.assign(new CreatedInvitation(), { invitation: toInvitation(p), answerPath: null }));
      }
      const [countRow] = (await em.query(`SELECT count(*)::int AS n FROM foresight_panellist WHERE exercise_id = $1 AND NOT invited_by_email`, [e.id])) as { n: number }[];
      const n = countRow?.n ?? 0;
      for (let k = 0; k < links; k++) {
        const token = newPanelToken();
        const label = note ? `${note} #${k + 1}` : `Link ${n + k + 1}`;
        const p = await em.getRepository(ForesightPanellistEntity).save(em.create(ForesightPanellistEntity, { exerciseId: e.id, tokenHash: hashPanelToken(token), label, invitedByEmail: false }));
        out.push(Object.assign(new CreatedInvitation(), { invitation: toInvitation(p), answerPath: answerPath(token) }));
      }
      return out;
    });
  }

  async revoke(user: AuthUser, invitationId: string): Promise<ForesightInvitation> {
    const p = await inTransaction(this.ds, undefined, async (em) => {
      const found = isUuid(invitationId) ? await em.getRepository(ForesightPanellistEntity).findOneBy({ id: invitationId }) : null;
      if (!found) throw foresightError('NOT_FOUND', 'UNKNOWN_REFERENCE', 'Invitation not found');
      await this.managed(user, found.exerciseId, em);
      if (!found.revokedAt) {
        found.revokedAt = new Date();
        await em.getRepository(ForesightPanellistEntity).save(found);
      }
      return found;
    });
    await this.emit({ exerciseId: p.exerciseId, kind: 'ANSWERS' });
    return toInvitation(p);
  }

  async openRound(user: AuthUser, input: OpenForesightRoundInput, locale: string): Promise<ForesightExercise> {
    const e = await inTransaction(this.ds, undefined, async (em) => {
      const e = await this.managed(user, input.exerciseId, em);
      await em.query(`SELECT id FROM foresight_exercise WHERE id = $1 FOR UPDATE`, [e.id]);
      if (e.status === 'FINISHED') throw foresightError('CONFLICT', 'EXERCISE_FINISHED', 'The exercise is finished');
      const rounds = await em.getRepository(ForesightRoundEntity).find({ where: { exerciseId: e.id }, order: { number: 'ASC' } });
      if (rounds.some((r) => r.closedAt === null)) throw foresightError('CONFLICT', 'ROUND_ALREADY_OPEN', 'A round is open; close it first');
      if (e.method === 'REAL_TIME' && rounds.length > 0) throw foresightError('CONFLICT', 'ONE_ROUND_IN_REAL_TIME', 'A real-time exercise has one continuous round');
      if (!(await em.getRepository(ForesightItemEntity).existsBy({ exerciseId: e.id }))) throw foresightError('CONFLICT', 'NO_STATEMENTS', 'Add statements before opening a round');
      await em.getRepository(ForesightRoundEntity).insert({ exerciseId: e.id, number: rounds.length + 1, openedAt: new Date(), closesAt: input.closesAt ?? null, closedAt: null });
      e.status = 'RUNNING';
      return em.getRepository(ForesightExerciseEntity).save(e);
    });
    await this.emit({ exerciseId: e.id, kind: 'ROUND' });
    return this.view(user, e, locale);
  }

  /**
   * Closes the open round and freezes, per item, the domain's statistics, consensus and stability
   * against the previous round. `finish` ends the exercise (a real-time exercise always ends).
   */
  async closeRound(user: AuthUser, exerciseId: string, finish: boolean, locale: string): Promise<ForesightExercise> {
    const e = await inTransaction(this.ds, undefined, async (em) => {
      const e = await this.managed(user, exerciseId, em);
      await em.query(`SELECT id FROM foresight_exercise WHERE id = $1 FOR UPDATE`, [e.id]);
      const rounds = await em.getRepository(ForesightRoundEntity).find({ where: { exerciseId: e.id }, order: { number: 'ASC' } });
      const open = rounds.find((r) => r.closedAt === null);
      if (!open) throw foresightError('CONFLICT', 'NO_OPEN_ROUND', 'No round is open');
      await this.freeze(em, e, rounds, open);
      if (finish || e.method === 'REAL_TIME') {
        e.status = 'FINISHED';
        return em.getRepository(ForesightExerciseEntity).save(e);
      }
      return e;
    });
    await this.emit({ exerciseId: e.id, kind: 'ROUND' });
    return this.view(user, e, locale);
  }

  /** Freezes a round's statistics (also used by the seed). */
  async freeze(em: EntityManager, e: ForesightExerciseEntity, rounds: ForesightRoundEntity[], round: ForesightRoundEntity, at = new Date()): Promise<void> {
    const items = await em.getRepository(ForesightItemEntity).findBy({ exerciseId: e.id });
    const current = await answersByItem(em, round.id);
    const prevRound = rounds.find((r) => r.number === round.number - 1);
    const previous = prevRound ? await answersByItem(em, prevRound.id) : null;
    round.closedAt = at;
    await em.getRepository(ForesightRoundEntity).save(round);
    const rows = items.map((i) => {
      const { criteria: _criteria, ...s } = computeStatistics(i, e.consensusRule, current.get(i.id) ?? {}, previous?.get(i.id) ?? null, e.stabilityMaxChange);
      return { ...s, itemId: i.id, roundId: round.id, frozenAt: at };
    });
    if (rows.length) await em.getRepository(ForesightItemStatisticsEntity).insert(rows);
  }

  async publish(user: AuthUser, exerciseId: string, published: boolean, locale: string): Promise<ForesightExercise> {
    const e = await inTransaction(this.ds, undefined, async (em) => {
      const e = await this.managed(user, exerciseId, em);
      e.resultsPublishedAt = published ? (e.resultsPublishedAt ?? new Date()) : null;
      return em.getRepository(ForesightExerciseEntity).save(e);
    });
    return this.view(user, e, locale);
  }

  async moderate(user: AuthUser, commentId: string, hidden: boolean): Promise<ForesightComment> {
    const c = await inTransaction(this.ds, undefined, async (em) => {
      const c = isUuid(commentId) ? await em.getRepository(ForesightCommentEntity).findOneBy({ id: commentId }) : null;
      if (!c) throw foresightError('NOT_FOUND', 'UNKNOWN_REFERENCE', 'Comment not found');
      await this.managed(user, c.exerciseId, em);
      c.status = hidden ? 'HIDDEN' : 'VISIBLE';
      return em.getRepository(ForesightCommentEntity).save(c);
    });
    await this.emit({ exerciseId: c.exerciseId, kind: 'COMMENTS' });
    return toComment(c, null);
  }

  async saveDriver(user: AuthUser, input: ForesightDriverInput): Promise<ForesightDriver> {
    return inTransaction(this.ds, undefined, async (em) => {
      const e = await this.managed(user, input.exerciseId, em);
      if (input.statementId && !(await em.getRepository(ForesightStatementEntity).existsBy({ id: input.statementId, exerciseId: e.id }))) {
        throw foresightError('BAD_USER_INPUT', 'UNKNOWN_REFERENCE', 'statementId: not a statement of this exercise');
      }
      const repo = em.getRepository(ForesightDriverEntity);
      let d: ForesightDriverEntity;
      if (input.id) {
        const found = await repo.findOneBy({ id: input.id, exerciseId: e.id });
        if (!found) throw foresightError('NOT_FOUND', 'UNKNOWN_REFERENCE', 'Driver not found');
        d = found;
      } else {
        d = em.create(ForesightDriverEntity, { exerciseId: e.id, position: (await repo.countBy({ exerciseId: e.id })) + 1 });
      }
      Object.assign(d, { statementId: input.statementId ?? null, name: input.name.trim(), description: (input.description ?? '').trim(), projections: input.projections.map((p) => p.trim()) });
      return toDriver(await repo.save(d));
    });
  }

  async saveScenario(user: AuthUser, input: ForesightScenarioInput): Promise<ForesightScenario> {
    return inTransaction(this.ds, undefined, async (em) => {
      const e = await this.managed(user, input.exerciseId, em);
      const drivers = await em.getRepository(ForesightDriverEntity).findBy({ exerciseId: e.id });
      const choices: Record<string, number> = {};
      for (const c of input.choices) {
        const d = drivers.find((x) => x.id === c.driverId);
        if (!d || c.projection >= d.projections.length) throw foresightError('BAD_USER_INPUT', 'UNKNOWN_REFERENCE', 'choices: unknown driver or projection');
        choices[d.id] = c.projection;
      }
      const repo = em.getRepository(ForesightScenarioEntity);
      let s: ForesightScenarioEntity;
      if (input.id) {
        const found = await repo.findOneBy({ id: input.id, exerciseId: e.id });
        if (!found) throw foresightError('NOT_FOUND', 'UNKNOWN_REFERENCE', 'Scenario not found');
        s = found;
      } else {
        const count = await repo.countBy({ exerciseId: e.id });
        if (count >= 4) throw foresightError('CONFLICT', 'TOO_MANY_SCENARIOS', 'An exercise has two to four scenarios');
        s = em.create(ForesightScenarioEntity, { exerciseId: e.id, position: count + 1 });
      }
      Object.assign(s, { title: input.title.trim(), narrative: input.narrative.trim(), choices });
      return toScenario(await repo.save(s), drivers);
    });
  }

  async deleteScenarioPart(user: AuthUser, kind: 'driver' | 'scenario', id: string): Promise<string> {
    return inTransaction(this.ds, undefined, async (em) => {
      const entity = kind === 'driver' ? ForesightDriverEntity : ForesightScenarioEntity;
      const row = isUuid(id) ? await em.getRepository(entity).findOneBy({ id }) : null;
      if (!row) throw foresightError('NOT_FOUND', 'UNKNOWN_REFERENCE', `${kind} not found`);
      await this.managed(user, row.exerciseId, em);
      await em.getRepository(entity).delete({ id });
      return id;
    });
  }

  // ---------------------------------------------------------------- export

  /** The results as CSV or XLSX: one row per item and round, the arguments on a second sheet. */
  async exportResults(user: AuthUser | null, exerciseId: string, format: FileFormat, locale: string): Promise<ExportFile> {
    const e = await this.find(exerciseId);
    if (!e || (e.status === 'DRAFT' && !canManage(user, e))) throw exerciseNotFound();
    const results = await this.results(user, e, locale);
    if (!results) throw foresightError('FORBIDDEN', 'RESULTS_NOT_PUBLISHED', 'The results are not published yet');
    const header = ['statement', 'theme', 'text', 'item', 'kind', 'scale_min', 'scale_max', 'round', 'frozen', 'n', 'median', 'q1', 'q3', 'iqr', 'mean', 'sd', 'top_share', 'consensus', 'median_change', 'cv_change', 'stable'];
    const rows: (string | number | boolean | null)[][] = [];
    const argumentRows: (string | number)[][] = [];
    for (const s of results) {
      for (const it of s.items) {
        for (const r of it.rounds) {
          rows.push([s.statement.position, s.statement.theme, s.statement.text, it.item.position, it.item.kind, it.item.scaleMin, it.item.scaleMax, r.roundNumber, r.frozen, r.n, r.median, r.q1, r.q3, r.iqr, r.mean, r.sd, r.topShare, r.consensus, r.medianChange, r.cvChange, r.stable]);
        }
        for (const a of it.arguments) argumentRows.push([s.statement.position, it.item.position, a]);
      }
    }
    const stamp = new Date().toISOString().slice(0, 10);
    const base = `polisee-foresight-${e.id.slice(0, 8)}-${stamp}`;
    if (format === FileFormat.CSV) {
      // As the observation export: text a spreadsheet would run as a formula gets a leading apostrophe.
      const csv = Papa.unparse({ fields: header, data: rows.map((r) => r.map((c) => (c === null ? '' : c))) }, { escapeFormulae: true });
      return { fileName: `${base}.csv`, contentType: 'text/csv; charset=utf-8', contentBase64: Buffer.from('\uFEFF' + csv, 'utf8').toString('base64'), rowCount: rows.length };
    }
    const wb = new ExcelJS.Workbook();
    wb.creator = 'PoliSEE';
    const sheet = wb.addWorksheet('results');
    sheet.addRow(header);
    for (const r of rows) sheet.addRow(r);
    sheet.getRow(1).font = { bold: true };
    const args = wb.addWorksheet('arguments');
    args.addRow(['statement', 'item', 'argument']);
    for (const r of argumentRows) args.addRow(r);
    args.getRow(1).font = { bold: true };
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    return { fileName: `${base}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', contentBase64: buffer.toString('base64'), rowCount: rows.length };
  }

  /** Whether any round of the exercise is open now. */
  async openRoundOf(exerciseId: string, em?: EntityManager): Promise<ForesightRoundEntity | null> {
    return managerOf(this.ds, em).getRepository(ForesightRoundEntity).findOneBy({ exerciseId, closedAt: IsNull() });
  }
}

