/**
 * The policy-learning cycle, the project's reflective policy-making mechanism (DOMAIN.md 5):
 * ANALYSIS -> BENCHMARKING -> PEER_LEARNING -> ACTION_PLAN -> PILOT -> EVALUATION -> TRANSFER
 * -> a new cycle at ANALYSIS, with reflection back-steps. `transition(cycle, event)` is pure: the
 * API and both apps call it so they enforce the same guards. Time and actor come in the event
 * (no clock is read here).
 */

export const LEARNING_STAGES = ['ANALYSIS', 'BENCHMARKING', 'PEER_LEARNING', 'ACTION_PLAN', 'PILOT', 'EVALUATION', 'TRANSFER'] as const;
export type LearningStage = (typeof LEARNING_STAGES)[number];

export interface MeasureIndicator {
  readonly name: string;
  readonly kind: 'OUTPUT' | 'RESULT';
  readonly baseline: number | null;
  readonly target: number | null;
}

export interface Measure {
  readonly id: string;
  readonly title: string;
  readonly indicators: readonly MeasureIndicator[];
}

/** What the cycle has established so far; guards read it. */
export interface LearningCycleFacts {
  readonly analysis: { readonly summary: string; readonly missingData: readonly string[]; readonly barriers: readonly string[] } | null;
  readonly referenceRegions: readonly string[];
  readonly gaps: readonly string[];
  readonly peerLearning: { readonly peerReviewId: string | null; readonly practices: readonly string[] } | null;
  readonly measures: readonly Measure[];
  /** pilot action id -> measure id it tests. */
  readonly pilots: readonly { readonly pilotId: string; readonly measureId: string }[];
  readonly evaluation: { readonly findings: string; readonly kpiResults: readonly { readonly kpi: string; readonly achievement: number }[] } | null;
  readonly publishedPracticeId: string | null;
}

export interface LearningHistoryEntry {
  readonly iteration: number;
  readonly event: LearningEventType;
  readonly from: LearningStage;
  readonly to: LearningStage;
  readonly actor: string;
  /** ISO 8601 time given by the caller. */
  readonly at: string;
  readonly reason: string | null;
}

export interface LearningCycle {
  readonly id: string;
  /** Region (or pilot) the cycle belongs to. */
  readonly subject: string;
  /** 1 for the first cycle, +1 each time TRANSFER starts a new one. */
  readonly iteration: number;
  readonly stage: LearningStage;
  readonly facts: LearningCycleFacts;
  readonly history: readonly LearningHistoryEntry[];
}

interface EventMeta {
  readonly actor: string;
  readonly at: string;
  readonly reason?: string;
}

/** Events that record facts; they keep the stage. */
export type LearningFactEvent =
  | (EventMeta & { type: 'RECORD_ANALYSIS'; summary: string; missingData: readonly string[]; barriers: readonly string[] })
  | (EventMeta & { type: 'CHOOSE_REFERENCE_REGIONS'; regions: readonly string[] })
  | (EventMeta & { type: 'RECORD_GAPS'; gaps: readonly string[] })
  | (EventMeta & { type: 'RECORD_PEER_LEARNING'; peerReviewId: string | null; practices: readonly string[] })
  | (EventMeta & { type: 'SET_MEASURE'; measure: Measure })
  | (EventMeta & { type: 'LINK_PILOT'; pilotId: string; measureId: string })
  | (EventMeta & { type: 'RECORD_EVALUATION'; findings: string; kpiResults: readonly { kpi: string; achievement: number }[] })
  | (EventMeta & { type: 'PUBLISH_PRACTICE'; practiceId: string });

/** Events that move the cycle. */
export type LearningMoveEvent =
  | (EventMeta & { type: 'START_BENCHMARKING' })
  | (EventMeta & { type: 'START_PEER_LEARNING' })
  | (EventMeta & { type: 'DRAFT_ACTION_PLAN' })
  | (EventMeta & { type: 'START_PILOT' })
  | (EventMeta & { type: 'START_EVALUATION' })
  | (EventMeta & { type: 'START_TRANSFER' })
  | (EventMeta & { type: 'START_NEW_CYCLE' })
  | (EventMeta & { type: 'REFLECT'; to: LearningStage });

export type LearningEvent = LearningFactEvent | LearningMoveEvent;
export type LearningEventType = LearningEvent['type'];

export type LearningGuard =
  | 'STAGE'
  | 'EVENT_VALID'
  | 'ANALYSIS_RECORDED'
  | 'REFERENCE_REGIONS_CHOSEN'
  | 'GAPS_IDENTIFIED'
  | 'PRACTICES_SELECTED'
  | 'MEASURES_DEFINED'
  | 'MEASURES_HAVE_BASELINE_AND_TARGET'
  | 'PILOT_LINKED'
  | 'EVALUATION_RECORDED'
  | 'PRACTICE_PUBLISHED'
  | 'REFLECTION_ALLOWED'
  | 'REASON_GIVEN';

export type RefusalCode = 'EVENT_NOT_ALLOWED' | 'INVALID_EVENT' | 'GUARD_FAILED';

export interface LearningRefusal {
  code: RefusalCode;
  guard: LearningGuard;
  message: string;
}

export type TransitionResult = { ok: true; cycle: LearningCycle } | { ok: false; refusal: LearningRefusal };

const EMPTY_FACTS: LearningCycleFacts = {
  analysis: null,
  referenceRegions: [],
  gaps: [],
  peerLearning: null,
  measures: [],
  pilots: [],
  evaluation: null,
  publishedPracticeId: null,
};

/** A new cycle at ANALYSIS. */
export function createLearningCycle(init: { id: string; subject: string }): LearningCycle {
  return { id: init.id, subject: init.subject, iteration: 1, stage: 'ANALYSIS', facts: EMPTY_FACTS, history: [] };
}

/** Forward moves: event -> [from, to]. */
const FORWARD: Readonly<Record<Exclude<LearningMoveEvent['type'], 'REFLECT'>, readonly [LearningStage, LearningStage]>> = {
  START_BENCHMARKING: ['ANALYSIS', 'BENCHMARKING'],
  START_PEER_LEARNING: ['BENCHMARKING', 'PEER_LEARNING'],
  DRAFT_ACTION_PLAN: ['PEER_LEARNING', 'ACTION_PLAN'],
  START_PILOT: ['ACTION_PLAN', 'PILOT'],
  START_EVALUATION: ['PILOT', 'EVALUATION'],
  START_TRANSFER: ['EVALUATION', 'TRANSFER'],
  START_NEW_CYCLE: ['TRANSFER', 'ANALYSIS'],
};

/** Reflection back-steps a stage may take (DOMAIN.md 5: e.g. EVALUATION -> ACTION_PLAN). */
export const REFLECTION_STEPS: Readonly<Record<LearningStage, readonly LearningStage[]>> = {
  ANALYSIS: [],
  BENCHMARKING: ['ANALYSIS'],
  PEER_LEARNING: ['BENCHMARKING'],
  ACTION_PLAN: ['PEER_LEARNING', 'BENCHMARKING'],
  PILOT: ['ACTION_PLAN'],
  EVALUATION: ['ACTION_PLAN', 'PILOT'],
  TRANSFER: ['EVALUATION'],
};

/** Stages in which each fact may be recorded (its own stage, and later ones for corrections). */
const FACT_STAGES: Readonly<Record<LearningFactEvent['type'], readonly LearningStage[]>> = {
  RECORD_ANALYSIS: ['ANALYSIS'],
  CHOOSE_REFERENCE_REGIONS: ['ANALYSIS', 'BENCHMARKING'],
  RECORD_GAPS: ['BENCHMARKING'],
  RECORD_PEER_LEARNING: ['PEER_LEARNING'],
  SET_MEASURE: ['ACTION_PLAN'],
  LINK_PILOT: ['PILOT'],
  RECORD_EVALUATION: ['EVALUATION'],
  PUBLISH_PRACTICE: ['TRANSFER'],
};

interface GuardCheck {
  guard: LearningGuard;
  passes: (c: LearningCycle) => boolean;
  message: string;
}

const g = (guard: LearningGuard, passes: (c: LearningCycle) => boolean, message: string): GuardCheck => ({ guard, passes, message });

const hasBaselineAndTarget = (m: Measure) =>
  m.indicators.length > 0 && m.indicators.every((i) => i.baseline !== null && i.target !== null && i.baseline !== i.target);

/** The guards of each forward move, checked in order; the first that fails is reported. */
const GUARDS: Readonly<Record<keyof typeof FORWARD, readonly GuardCheck[]>> = {
  START_BENCHMARKING: [
    g('ANALYSIS_RECORDED', (c) => c.facts.analysis !== null, 'record the regional analysis (missing data and barriers named) first'),
    g('REFERENCE_REGIONS_CHOSEN', (c) => c.facts.referenceRegions.length > 0, 'choose the reference regions before benchmarking'),
  ],
  START_PEER_LEARNING: [g('GAPS_IDENTIFIED', (c) => c.facts.gaps.length > 0, 'benchmarking must name at least one gap')],
  DRAFT_ACTION_PLAN: [
    g('PRACTICES_SELECTED', (c) => c.facts.peerLearning !== null && (c.facts.peerLearning.practices.length > 0 || c.facts.peerLearning.peerReviewId !== null), 'select practices or record a peer review first'),
  ],
  START_PILOT: [
    g('MEASURES_DEFINED', (c) => c.facts.measures.length > 0, 'the action plan needs at least one measure'),
    g('MEASURES_HAVE_BASELINE_AND_TARGET', (c) => c.facts.measures.every(hasBaselineAndTarget), 'every measure needs indicators with a baseline and a (different) target'),
  ],
  START_EVALUATION: [g('PILOT_LINKED', (c) => c.facts.pilots.length > 0, 'link a pilot action to a measure first')],
  START_TRANSFER: [g('EVALUATION_RECORDED', (c) => c.facts.evaluation !== null, 'no transfer without an evaluation')],
  START_NEW_CYCLE: [g('PRACTICE_PUBLISHED', (c) => c.facts.publishedPracticeId !== null, 'publish the lessons as a practice first')],
};

function refuse(code: RefusalCode, guard: LearningGuard, message: string): TransitionResult {
  return { ok: false, refusal: { code, guard, message } };
}

function nonEmpty(s: string | undefined): boolean {
  return typeof s === 'string' && s.trim().length > 0;
}

function recorded(cycle: LearningCycle, event: LearningEvent, to: LearningStage, facts: LearningCycleFacts, iteration = cycle.iteration): LearningCycle {
  const entry: LearningHistoryEntry = {
    iteration: cycle.iteration,
    event: event.type,
    from: cycle.stage,
    to,
    actor: event.actor,
    at: event.at,
    reason: nonEmpty(event.reason) ? (event.reason as string) : null,
  };
  return { ...cycle, iteration, stage: to, facts, history: [...cycle.history, entry] };
}

function applyFact(facts: LearningCycleFacts, e: LearningFactEvent): LearningCycleFacts | string {
  switch (e.type) {
    case 'RECORD_ANALYSIS':
      if (!nonEmpty(e.summary)) return 'the analysis needs a summary';
      return { ...facts, analysis: { summary: e.summary, missingData: [...e.missingData], barriers: [...e.barriers] } };
    case 'CHOOSE_REFERENCE_REGIONS':
      return { ...facts, referenceRegions: [...new Set(e.regions)] };
    case 'RECORD_GAPS':
      return { ...facts, gaps: [...new Set(e.gaps)] };
    case 'RECORD_PEER_LEARNING':
      return { ...facts, peerLearning: { peerReviewId: e.peerReviewId, practices: [...e.practices] } };
    case 'SET_MEASURE': {
      if (!nonEmpty(e.measure.id)) return 'a measure needs an id';
      for (const i of e.measure.indicators) {
        if ((i.baseline !== null && !Number.isFinite(i.baseline)) || (i.target !== null && !Number.isFinite(i.target))) return `indicator ${i.name}: baseline and target must be finite`;
      }
      const others = facts.measures.filter((m) => m.id !== e.measure.id);
      return { ...facts, measures: [...others, e.measure] };
    }
    case 'LINK_PILOT':
      if (!facts.measures.some((m) => m.id === e.measureId)) return `no measure ${e.measureId} in the action plan`;
      return { ...facts, pilots: [...facts.pilots.filter((p) => p.pilotId !== e.pilotId), { pilotId: e.pilotId, measureId: e.measureId }] };
    case 'RECORD_EVALUATION':
      if (!nonEmpty(e.findings)) return 'an evaluation needs findings';
      if (e.kpiResults.some((k) => !Number.isFinite(k.achievement))) return 'KPI achievements must be finite';
      return { ...facts, evaluation: { findings: e.findings, kpiResults: e.kpiResults.map((k) => ({ ...k })) } };
    case 'PUBLISH_PRACTICE':
      if (!nonEmpty(e.practiceId)) return 'a practice id is required';
      return { ...facts, publishedPracticeId: e.practiceId };
  }
}

/**
 * Applies one event to a cycle (DOMAIN.md 5). Fact events record what the stage established and
 * keep the stage; move events advance (guards checked in order, the first failing one is
 * reported), start a new iteration from TRANSFER (facts cleared, history kept), or step back on
 * reflection (REFLECT, allowed targets in REFLECTION_STEPS, a reason required). Every accepted
 * event is appended to the history with who, when and why. Never throws for a refused event.
 */
export function transition(cycle: LearningCycle, event: LearningEvent): TransitionResult {
  if (!nonEmpty(event.actor) || !nonEmpty(event.at)) return refuse('INVALID_EVENT', 'EVENT_VALID', 'an event needs an actor and a time');
  if (event.type in FACT_STAGES) {
    const e = event as LearningFactEvent;
    const stages = FACT_STAGES[e.type];
    if (!stages.includes(cycle.stage)) return refuse('EVENT_NOT_ALLOWED', 'STAGE', `${e.type} is possible in ${stages.join(', ')}, not ${cycle.stage}`);
    const facts = applyFact(cycle.facts, e);
    if (typeof facts === 'string') return refuse('INVALID_EVENT', 'EVENT_VALID', facts);
    return { ok: true, cycle: recorded(cycle, e, cycle.stage, facts) };
  }
  if (event.type === 'REFLECT') {
    if (!REFLECTION_STEPS[cycle.stage].includes(event.to)) {
      return refuse('GUARD_FAILED', 'REFLECTION_ALLOWED', `reflection cannot send ${cycle.stage} back to ${event.to}`);
    }
    if (!nonEmpty(event.reason)) return refuse('GUARD_FAILED', 'REASON_GIVEN', 'a reflection back-step needs a reason');
    return { ok: true, cycle: recorded(cycle, event, event.to, cycle.facts) };
  }
  const move = FORWARD[event.type as keyof typeof FORWARD];
  if (!move) return refuse('INVALID_EVENT', 'EVENT_VALID', `unknown event ${String((event as { type: unknown }).type)}`);
  if (move[0] !== cycle.stage) return refuse('EVENT_NOT_ALLOWED', 'STAGE', `${event.type} moves from ${move[0]}, the cycle is in ${cycle.stage}`);
  for (const check of GUARDS[event.type as keyof typeof FORWARD]) {
    if (!check.passes(cycle)) return refuse('GUARD_FAILED', check.guard, check.message);
  }
  if (event.type === 'START_NEW_CYCLE') return { ok: true, cycle: recorded(cycle, event, 'ANALYSIS', EMPTY_FACTS, cycle.iteration + 1) };
  return { ok: true, cycle: recorded(cycle, event, move[1], cycle.facts) };
}

export interface AvailableTransition {
  event: LearningMoveEvent['type'];
  to: LearningStage;
  allowed: boolean;
  /** Guards that currently fail, in order (empty when allowed). */
  failedGuards: { guard: LearningGuard; message: string }[];
  /** A reflection also needs a reason when it is sent. */
  needsReason: boolean;
}

/**
 * The stage moves possible from the cycle's stage: the forward move with whether its guards pass
 * (and which fail, and why), then each reflection back-step.
 */
export function availableTransitions(cycle: LearningCycle): AvailableTransition[] {
  const out: AvailableTransition[] = [];
  for (const [type, [from, to]] of Object.entries(FORWARD) as [keyof typeof FORWARD, readonly [LearningStage, LearningStage]][]) {
    if (from !== cycle.stage) continue;
    const failedGuards = GUARDS[type].filter((c) => !c.passes(cycle)).map((c) => ({ guard: c.guard, message: c.message }));
    out.push({ event: type, to, allowed: failedGuards.length === 0, failedGuards, needsReason: false });
  }
  for (const to of REFLECTION_STEPS[cycle.stage]) out.push({ event: 'REFLECT', to, allowed: true, failedGuards: [], needsReason: true });
  return out;
}
