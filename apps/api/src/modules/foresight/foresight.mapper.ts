import { evaluateConsensus, matchLocale } from '@polisee/domain';
import type {
  ForesightCommentEntity,
  ForesightDriverEntity,
  ForesightExerciseEntity,
  ForesightItemEntity,
  ForesightItemStatisticsEntity,
  ForesightPanellistEntity,
  ForesightRoundEntity,
  ForesightScenarioEntity,
  ForesightStatementEntity,
  StoredConsensusRule,
} from './foresight.entity';
import { effectiveRule, toDomainRule, type ComputedStatistics } from './foresight.statistics';
import {
  ConsensusRule,
  ForesightComment,
  ForesightDriver,
  ForesightExercise,
  ForesightInvitation,
  ForesightItem,
  ForesightRound,
  ForesightScenario,
  ForesightStatement,
  ItemStatistics,
} from './foresight.type';

/** The request's locale code as stored (`it-IT` reads `it`). */
const localeCode = (locale: string): string => matchLocale(locale) ?? 'en';

export function toRule(r: StoredConsensusRule): ConsensusRule {
  return Object.assign(new ConsensusRule(), {
    maxIqr: r.maxIqr ?? null,
    minTopShare: r.minTopShare ?? null,
    maxSd: r.maxSd ?? null,
    minResponses: r.minResponses ?? 1,
    combine: r.combine ?? 'ALL',
  });
}

/** The exercise's scalars; statements, rounds and scenarios come through field resolvers. */
export function toExercise(e: ForesightExerciseEntity, locale: string, opts: { regionCode: string | null; regionName: string | null; canManage: boolean }): ForesightExercise {
  const code = localeCode(locale);
  const tr = code !== e.language ? e.translations[code] : undefined;
  const translated = Boolean(tr?.title || tr?.topic);
  return Object.assign(new ForesightExercise(), {
    id: e.id,
    title: tr?.title || e.title,
    topic: tr?.topic || e.topic,
    language: e.language,
    availableLanguages: [e.language, ...Object.keys(e.translations).filter((l) => l !== e.language)],
    displayedLanguage: translated ? code : e.language,
    method: e.method,
    horizonYear: e.horizonYear,
    regionCode: opts.regionCode,
    regionName: opts.regionName,
    partnerId: e.partnerId,
    areas: e.areas,
    status: e.status,
    consensusRule: toRule(e.consensusRule),
    stabilityMaxChange: e.stabilityMaxChange,
    resultsPublishedAt: e.resultsPublishedAt,
    isDemo: e.isDemo,
    canManage: opts.canManage,
    entity: e,
  });
}

export function toItem(i: ForesightItemEntity, exerciseRule: StoredConsensusRule): ForesightItem {
  return Object.assign(new ForesightItem(), {
    id: i.id,
    position: i.position,
    kind: i.kind,
    scaleMin: i.scaleMin,
    scaleMax: i.scaleMax,
    topCategories: i.topCategories,
    consensusRule: toRule(effectiveRule(i, exerciseRule)),
    ownRule: i.consensusRule !== null,
    statementId: i.statementId,
  });
}

export function toStatement(s: ForesightStatementEntity, items: ForesightItemEntity[], exercise: ForesightExerciseEntity, locale: string): ForesightStatement {
  const code = localeCode(locale);
  const tr = code !== exercise.language ? s.translations[code] : undefined;
  return Object.assign(new ForesightStatement(), {
    id: s.id,
    position: s.position,
    theme: tr?.theme || s.theme,
    text: tr?.text || s.text,
    displayedLanguage: tr?.text ? code : exercise.language,
    indicatorCodes: s.indicatorCodes,
    items: items
      .filter((i) => i.statementId === s.id)
      .sort((a, b) => a.position - b.position)
      .map((i) => toItem(i, exercise.consensusRule)),
  });
}

export const toRound = (r: ForesightRoundEntity): ForesightRound =>
  Object.assign(new ForesightRound(), { id: r.id, number: r.number, openedAt: r.openedAt, closesAt: r.closesAt, closedAt: r.closedAt, isOpen: r.closedAt === null });

export function statisticsFromComputed(c: ComputedStatistics, roundNumber: number, frozen: boolean): ItemStatistics {
  return Object.assign(new ItemStatistics(), {
    roundNumber,
    frozen,
    n: c.n,
    median: c.median,
    q1: c.q1,
    q3: c.q3,
    iqr: c.iqr,
    mean: c.mean,
    sd: c.sd,
    topShare: c.topShare,
    distribution: c.distribution.map(([value, count]) => ({ value, count })),
    consensus: c.consensus,
    criteria: c.criteria,
    medianChange: c.medianChange,
    cvChange: c.cvChange,
    shareChanged: c.shareChanged,
    stable: c.stable,
  });
}

/** Frozen statistics as stored; the criteria are the stored rule applied to the stored figures. */
export function statisticsFromEntity(e: ForesightItemStatisticsEntity, roundNumber: number): ItemStatistics {
  const criteria =
    e.n > 0 && e.median !== null
      ? evaluateConsensus({ n: e.n, median: e.median, q1: e.q1!, q3: e.q3!, iqr: e.iqr!, mean: e.mean!, sd: e.sd!, topShare: e.topShare! }, toDomainRule(e.rule)).criteria
      : [];
  return statisticsFromComputed({ ...e, criteria }, roundNumber, true);
}

export const toDriver = (d: ForesightDriverEntity): ForesightDriver =>
  Object.assign(new ForesightDriver(), { id: d.id, statementId: d.statementId, position: d.position, name: d.name, description: d.description, projections: d.projections });

export function toScenario(s: ForesightScenarioEntity, drivers: ForesightDriverEntity[]): ForesightScenario {
  const choices = drivers
    .filter((d) => s.choices[d.id] !== undefined && d.projections[s.choices[d.id]!] !== undefined)
    .sort((a, b) => a.position - b.position)
    .map((d) => ({ driverId: d.id, driverName: d.name, projection: d.projections[s.choices[d.id]!]! }));
  return Object.assign(new ForesightScenario(), { id: s.id, position: s.position, title: s.title, narrative: s.narrative, choices });
}

export const toInvitation = (p: ForesightPanellistEntity): ForesightInvitation =>
  Object.assign(new ForesightInvitation(), { id: p.id, label: p.label, invitedByEmail: p.invitedByEmail, createdAt: p.createdAt, revokedAt: p.revokedAt });

/** A comment without its author; `mine` only for the panellist asking. */
export const toComment = (c: ForesightCommentEntity, viewerPanellistId: string | null): ForesightComment =>
  Object.assign(new ForesightComment(), {
    id: c.id,
    statementId: c.statementId,
    parentId: c.parentId,
    body: c.body,
    createdAt: c.createdAt,
    status: c.status,
    mine: viewerPanellistId !== null && c.panellistId === viewerPanellistId,
  });
