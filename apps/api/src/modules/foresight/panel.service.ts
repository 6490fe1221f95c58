import { outsideInterquartileRange } from '@polisee/domain';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { inTransaction } from '../../db/unit-of-work';
import { FieldErrors } from '../../common/app-error';
import {
  ForesightCommentEntity,
  ForesightExerciseEntity,
  ForesightItemEntity,
  ForesightItemStatisticsEntity,
  ForesightPanellistEntity,
  ForesightResponseEntity,
  ForesightRoundEntity,
  ForesightStatementEntity,
} from './foresight.entity';
import { foresightError } from './foresight.errors';
import type { ForesightCommentInput, PanellistProfileInput, SubmitForesightAnswersInput } from './foresight.inputs';
import { statisticsFromEntity, toComment, toRound, toStatement } from './foresight.mapper';
import { hashPanelToken, type ForesightService } from './foresight.service';
import { PanelAnswer, PanelItem, PanelSession, PanelStatement, type ForesightComment, type ItemStatistics } from './foresight.type';

/** Live feedback counts only once this many others have answered, so one answer is never exposed alone. */
const MIN_LIVE_GROUP = 3;

interface Panellist {
  panellist: ForesightPanellistEntity;
  exercise: ForesightExerciseEntity;
}

/**
 * The panellist's side, authenticated by the invitation token alone (no account). Every query
 * here reads and writes the token holder's own answers only; the group is seen as aggregates
 * and anonymous arguments.
 */
export class PanelService {
  constructor(
    private readonly ds: DataSource,
    private readonly foresight: ForesightService,
  ) {}

  /** The token's panellist: unknown tokens are UNAUTHENTICATED, revoked ones FORBIDDEN. */
  async resolve(token: string | null | undefined, em?: EntityManager): Promise<Panellist> {
    if (!token || token.length < 20 || token.length > 200) throw foresightError('UNAUTHENTICATED', 'INVALID_PANEL_TOKEN', 'This invitation link is not valid');
    const m = em ?? this.ds.manager;
    const panellist = await m.getRepository(ForesightPanellistEntity).findOneBy({ tokenHash: hashPanelToken(token) });
    if (!panellist) throw foresightError('UNAUTHENTICATED', 'INVALID_PANEL_TOKEN', 'This invitation link is not valid');
    if (panellist.revokedAt) throw foresightError('FORBIDDEN', 'INVITATION_REVOKED', 'This invitation link was revoked');
    const exercise = await m.getRepository(ForesightExerciseEntity).findOneByOrFail({ id: panellist.exerciseId });
    return { panellist, exercise };
  }

  async session(token: string | null | undefined, locale: string): Promise<PanelSession> {
    const me = await this.resolve(token);
    return this.build(this.ds.manager, me, locale);
  }

  private async build(em: EntityManager, { panellist, exercise }: Panellist, locale: string): Promise<PanelSession> {
    const statements = await em.getRepository(ForesightStatementEntity).find({ where: { exerciseId: exercise.id }, order: { position: 'ASC' } });
    const items = await em.getRepository(ForesightItemEntity).find({ where: { exerciseId: exercise.id }, order: { position: 'ASC' } });
    const rounds = await em.getRepository(ForesightRoundEntity).find({ where: { exerciseId: exercise.id }, order: { number: 'ASC' } });
    const round = rounds.find((r) => r.closedAt === null) ?? rounds.at(-1) ?? null;
    const previous = round ? (rounds.find((r) => r.number === round.number - 1) ?? null) : null;
    const own = await em.getRepository(ForesightResponseEntity).findBy({ panellistId: panellist.id, roundId: In(rounds.map((r) => r.id)) });
    const ownIn = (roundId: string | undefined, itemId: string): PanelAnswer | null => {
      const r = own.find((o) => o.roundId === roundId && o.itemId === itemId);
      return r ? Object.assign(new PanelAnswer(), { value: r.value, confidence: r.confidence, argument: r.argument }) : null;
    };
    const feedback = await this.feedback(em, exercise, items, rounds, round, previous, panellist.id);
    const comments = await em.getRepository(ForesightCommentEntity).find({ where: { exerciseId: exercise.id }, order: { createdAt: 'ASC' } });
    const visible = comments.filter((c) => c.status === 'VISIBLE' || c.panellistId === panellist.id).map((c) => toComment(c, panellist.id));
    const view = await this.foresight.view(null, exercise, locale, em);
    return Object.assign(new PanelSession(), {
      exercise: view,
      round: round ? toRound(round) : null,
      roundOpen: round !== null && round.closedAt === null,
      stakeholderType: panellist.stakeholderType,
      expertise: panellist.expertise,
      answeredItems: round ? own.filter((o) => o.roundId === round.id).length : 0,
      statements: statements.map((s) => {
        const statement = toStatement(s, items, exercise, locale);
        return Object.assign(new PanelStatement(), {
          statement,
          comments: visible.filter((c) => c.statementId === s.id),
          items: statement.items.map((item) => {
            const answer = ownIn(round?.id, item.id);
            const f = feedback.get(item.id);
            return Object.assign(new PanelItem(), {
              item,
              answer,
              previousAnswer: ownIn(previous?.id, item.id),
              group: f?.group ?? null,
              arguments: f?.arguments ?? [],
              reasonRequired: Boolean(answer && f?.group && f.group.q1 !== null && f.group.q3 !== null && outsideInterquartileRange(answer.value, { q1: f.group.q1, q3: f.group.q3 })),
            });
          }),
        });
      }),
    });
  }

  /**
   * The group's feedback per item. ROUNDS: the previous round's frozen statistics and arguments.
   * REAL_TIME: the open round's statistics of everyone (live), and the others' arguments, once at
   * least MIN_LIVE_GROUP others have answered.
   */
  private async feedback(
    em: EntityManager,
    exercise: ForesightExerciseEntity,
    items: ForesightItemEntity[],
    rounds: ForesightRoundEntity[],
    round: ForesightRoundEntity | null,
    previous: ForesightRoundEntity | null,
    panellistId: string,
  ): Promise<Map<string, { group: ItemStatistics | null; arguments: string[] }>> {
    const out = new Map<string, { group: ItemStatistics | null; arguments: string[] }>();
    if (!round) return out;
    const argumentsOf = async (roundId: string, excludeSelf: boolean) => {
      const rows: { item_id: string; argument: string }[] = await em.query(
        `SELECT r.item_id, r.argument FROM foresight_response r JOIN foresight_panellist p ON p.id = r.panellist_id
          WHERE r.round_id = $1 AND p.revoked_at IS NULL AND r.argument IS NOT NULL AND btrim(r.argument) <> ''
            AND ($2::uuid IS NULL OR r.panellist_id <> $2::uuid)`,
        [roundId, excludeSelf ? panellistId : null],
      );
      const by = new Map<string, string[]>();
      for (const r of rows) by.set(r.item_id, [...(by.get(r.item_id) ?? []), r.argument]);
      for (const list of by.values()) list.sort((a, b) => a.localeCompare(b));
      return by;
    };
    if (exercise.method === 'REAL_TIME') {
      const live = await this.foresight.liveStatistics(em, exercise, items, rounds, round);
      const others: { item_id: string; n: number }[] = await em.query(
        `SELECT r.item_id, count(*)::int AS n FROM foresight_response r JOIN foresight_panellist p ON p.id = r.panellist_id
          WHERE r.round_id = $1 AND p.revoked_at IS NULL AND r.panellist_id <> $2 GROUP BY r.item_id`,
        [round.id, panellistId],
      );
      const args = await argumentsOf(round.id, true);
      for (const i of items) {
        const enough = (others.find((o) => o.item_id === i.id)?.n ?? 0) >= MIN_LIVE_GROUP;
        out.set(i.id, { group: enough ? (live.get(i.id) ?? null) : null, arguments: enough ? (args.get(i.id) ?? []) : [] });
      }
      return out;
    }
    // ROUNDS: round k+1 shows round k. A closed last round shows its own frozen statistics.
    const shown = round.closedAt ? round : previous;
    if (!shown) return out;
    const frozen = await em.getRepository(ForesightItemStatisticsEntity).findBy({ roundId: shown.id });
    const args = await argumentsOf(shown.id, false);
    for (const i of items) {
      const f = frozen.find((s) => s.itemId === i.id);
      out.set(i.id, { group: f && f.n > 0 ? statisticsFromEntity(f, shown.number) : null, arguments: args.get(i.id) ?? [] });
    }
    return out;
  }

  /**
   * Saves the token holder's answers in the open round (any number of visits; an answer can change
   * while the round is open). An answer outside the group's IQR needs an argument.
   */
  async submit(token: string | null | undefined, input: SubmitForesightAnswersInput, locale: string): Promise<PanelSession> {
    const me = await this.resolve(token);
    const session = await inTransaction(this.ds, undefined, async (em) => {
      const { panellist, exercise } = me;
      // Serialise with closeRound: an answer is in the frozen statistics or refused, never lost.
      await em.query(`SELECT id FROM foresight_exercise WHERE id = $1 FOR SHARE`, [exercise.id]);
      const openRound = await this.foresight.openRoundOf(exercise.id, em);
      if (!openRound) throw foresightError('CONFLICT', 'ROUND_CLOSED', 'The round is closed; answers are no longer taken');
      const items = await em.getRepository(ForesightItemEntity).findBy({ exerciseId: exercise.id });
      const rounds = await em.getRepository(ForesightRoundEntity).find({ where: { exerciseId: exercise.id }, order: { number: 'ASC' } });
      const previous = rounds.find((r) => r.number === openRound.number - 1) ?? null;
      const feedback = await this.feedback(em, exercise, items, rounds, openRound, previous, panellist.id);
      const errors = new FieldErrors();
      input.answers.forEach((a, k) => {
        const item = items.find((i) => i.id === a.itemId);
        if (!item) return void errors.add(`answers[${k}].itemId`, 'UNKNOWN_ITEM', 'Not an item of this exercise');
        if (!Number.isInteger(a.value) || a.value < item.scaleMin || a.value > item.scaleMax) {
          return void errors.add(`answers[${k}].value`, 'OUT_OF_SCALE', `Answer with a whole number from ${item.scaleMin} to ${item.scaleMax}`);
        }
        const group = feedback.get(item.id)?.group;
        if (group && group.q1 !== null && group.q3 !== null && outsideInterquartileRange(a.value, { q1: group.q1, q3: group.q3 }) && !a.argument?.trim()) {
          errors.add(`answers[${k}].argument`, 'REASON_REQUIRED', "Your answer lies outside the group's interquartile range: please give your reason");
        }
      });
      errors.throwIfAny();
      for (const a of input.answers) {
        await em
          .createQueryBuilder()
          .insert()
          .into(ForesightResponseEntity)
          .values({ roundId: openRound.id, itemId: a.itemId, panellistId: panellist.id, value: a.value, confidence: a.confidence ?? null, argument: a.argument?.trim() || null })
          .orUpdate(['value', 'confidence', 'argument', 'updated_at'], ['round_id', 'item_id', 'panellist_id'])
          .execute();
      }
      return this.build(em, me, locale);
    });
    await this.foresight.emit({ exerciseId: me.exercise.id, kind: 'ANSWERS' });
    return session;
  }

  async profile(token: string | null | undefined, input: PanellistProfileInput, locale: string): Promise<PanelSession> {
    const me = await this.resolve(token);
    return inTransaction(this.ds, undefined, async (em) => {
      if (input.stakeholderType !== undefined) me.panellist.stakeholderType = input.stakeholderType;
      if (input.expertise !== undefined) me.panellist.expertise = input.expertise;
      await em.getRepository(ForesightPanellistEntity).save(me.panellist);
      return this.build(em, me, locale);
    });
  }

  async comment(token: string | null | undefined, input: ForesightCommentInput): Promise<ForesightComment> {
    const me = await this.resolve(token);
    const c = await inTransaction(this.ds, undefined, async (em) => {
      if (me.exercise.status === 'FINISHED') throw foresightError('CONFLICT', 'EXERCISE_FINISHED', 'The exercise is finished');
      const statement = await em.getRepository(ForesightStatementEntity).findOneBy({ id: input.statementId, exerciseId: me.exercise.id });
      if (!statement) throw foresightError('BAD_USER_INPUT', 'UNKNOWN_REFERENCE', 'statementId: not a statement of this exercise');
      if (input.parentId && !(await em.getRepository(ForesightCommentEntity).existsBy({ id: input.parentId, statementId: statement.id }))) {
        throw foresightError('BAD_USER_INPUT', 'UNKNOWN_REFERENCE', 'parentId: not a comment on this statement');
      }
      return em.getRepository(ForesightCommentEntity).save(
        em.create(ForesightCommentEntity, { exerciseId: me.exercise.id, statementId: statement.id, parentId: input.parentId ?? null, panellistId: me.panellist.id, body: input.body.trim(), status: 'VISIBLE' }),
      );
    });
    await this.foresight.emit({ exerciseId: me.exercise.id, kind: 'COMMENTS' });
    return toComment(c, me.panellist.id);
  }
}
