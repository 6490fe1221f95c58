import fc from 'fast-check';
import {
  LEARNING_STAGES,
  availableTransitions,
  createLearningCycle,
  transition,
  type LearningCycle,
  type LearningEvent,
  type TransitionResult,
} from './learning-cycle';

const meta = { actor: 'ana@marche', at: '2026-01-10T09:00:00Z' };

function run(cycle: LearningCycle, ...events: LearningEvent[]): LearningCycle {
  return events.reduce((c, e) => {
    const r = transition(c, e);
    if (!r.ok) throw new Error(`${e.type} refused: ${r.refusal.guard} ${r.refusal.message}`);
    return r.cycle;
  }, cycle);
}

function refusal(r: TransitionResult) {
  if (r.ok) throw new Error('expected a refusal');
  return r.refusal;
}

const fresh = createLearningCycle({ id: 'c1', subject: 'ITI3' });
const analysed = run(
  fresh,
  { ...meta, type: 'RECORD_ANALYSIS', summary: 'strong mechatronics, weak venture capital', missingData: ['BERD 2021'], barriers: ['fragmented funding'] },
  { ...meta, type: 'CHOOSE_REFERENCE_REGIONS', regions: ['ES21', 'DE14'] },
);
const benchmarking = run(analysed, { ...meta, type: 'START_BENCHMARKING' });
const peer = run(benchmarking, { ...meta, type: 'RECORD_GAPS', gaps: ['venture capital'] }, { ...meta, type: 'START_PEER_LEARNING' });
const plan = run(peer, { ...meta, type: 'RECORD_PEER_LEARNING', peerReviewId: 'pr-1', practices: ['p-7'] }, { ...meta, type: 'DRAFT_ACTION_PLAN' });
const measureOk = { id: 'm1', title: 'Seed fund', indicators: [{ name: 'firms funded', kind: 'OUTPUT' as const, baseline: 0, target: 20 }] };
const pilot = run(plan, { ...meta, type: 'SET_MEASURE', measure: measureOk }, { ...meta, type: 'START_PILOT' });
const evaluation = run(pilot, { ...meta, type: 'LINK_PILOT', pilotId: 'pa-1', measureId: 'm1' }, { ...meta, type: 'START_EVALUATION' });
const transfer = run(evaluation, { ...meta, type: 'RECORD_EVALUATION', findings: 'on track', kpiResults: [{ kpi: 'firms funded', achievement: 0.95 }] }, { ...meta, type: 'START_TRANSFER' });

describe('learning cycle: the happy path', () => {
  it('walks every stage and starts a new cycle at ANALYSIS', () => {
    expect([fresh, benchmarking, peer, plan, pilot, evaluation, transfer].map((c) => c.stage)).toEqual([...LEARNING_STAGES]);
    const next = run(transfer, { ...meta, type: 'PUBLISH_PRACTICE', practiceId: 'gp-42' }, { ...meta, type: 'START_NEW_CYCLE' });
    expect(next.stage).toBe('ANALYSIS');
    expect(next.iteration).toBe(2);
    expect(next.facts.analysis).toBeNull();
    expect(next.history.length).toBe(transfer.history.length + 2);
  });

  it('records who, when and why; input cycles are not mutated', () => {
    const r = transition(evaluation, { actor: 'bo', at: '2026-03-01T10:00:00Z', reason: 'targets unrealistic', type: 'REFLECT', to: 'ACTION_PLAN' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.cycle.stage).toBe('ACTION_PLAN');
    expect(r.cycle.history.at(-1)).toEqual({ iteration: 1, event: 'REFLECT', from: 'EVALUATION', to: 'ACTION_PLAN', actor: 'bo', at: '2026-03-01T10:00:00Z', reason: 'targets unrealistic' });
    expect(evaluation.stage).toBe('EVALUATION');
  });
});

describe('learning cycle: guards', () => {
  const noAnalysis = run(fresh, { ...meta, type: 'CHOOSE_REFERENCE_REGIONS', regions: ['ES21'] });
  const noRegions = run(fresh, { ...meta, type: 'RECORD_ANALYSIS', summary: 's', missingData: [], barriers: [] });
  const planNoTarget = run(plan, { ...meta, type: 'SET_MEASURE', measure: { ...measureOk, indicators: [{ name: 'x', kind: 'RESULT', baseline: 3, target: null }] } });
  const planEqual = run(plan, { ...meta, type: 'SET_MEASURE', measure: { ...measureOk, indicators: [{ name: 'x', kind: 'RESULT', baseline: 3, target: 3 }] } });

  it.each<[string, LearningCycle, LearningEvent, string, string]>([
    ['benchmarking without analysis', noAnalysis, { ...meta, type: 'START_BENCHMARKING' }, 'GUARD_FAILED', 'ANALYSIS_RECORDED'],
    ['benchmarking without reference regions', noRegions, { ...meta, type: 'START_BENCHMARKING' }, 'GUARD_FAILED', 'REFERENCE_REGIONS_CHOSEN'],
    ['peer learning without gaps', benchmarking, { ...meta, type: 'START_PEER_LEARNING' }, 'GUARD_FAILED', 'GAPS_IDENTIFIED'],
    ['action plan without practices', peer, { ...meta, type: 'DRAFT_ACTION_PLAN' }, 'GUARD_FAILED', 'PRACTICES_SELECTED'],
    ['pilot without measures', plan, { ...meta, type: 'START_PILOT' }, 'GUARD_FAILED', 'MEASURES_DEFINED'],
    ['pilot without a target', planNoTarget, { ...meta, type: 'START_PILOT' }, 'GUARD_FAILED', 'MEASURES_HAVE_BASELINE_AND_TARGET'],
    ['pilot with target == baseline', planEqual, { ...meta, type: 'START_PILOT' }, 'GUARD_FAILED', 'MEASURES_HAVE_BASELINE_AND_TARGET'],
    ['evaluation without a pilot', pilot, { ...meta, type: 'START_EVALUATION' }, 'GUARD_FAILED', 'PILOT_LINKED'],
    ['transfer without evaluation', evaluation, { ...meta, type: 'START_TRANSFER' }, 'GUARD_FAILED', 'EVALUATION_RECORDED'],
    ['new cycle without a practice', transfer, { ...meta, type: 'START_NEW_CYCLE' }, 'GUARD_FAILED', 'PRACTICE_PUBLISHED'],
    ['skipping a stage', fresh, { ...meta, type: 'START_PILOT' }, 'EVENT_NOT_ALLOWED', 'STAGE'],
    ['fact in the wrong stage', fresh, { ...meta, type: 'RECORD_GAPS', gaps: ['x'] }, 'EVENT_NOT_ALLOWED', 'STAGE'],
    ['reflection not allowed', pilot, { ...meta, reason: 'r', type: 'REFLECT', to: 'ANALYSIS' }, 'GUARD_FAILED', 'REFLECTION_ALLOWED'],
    ['reflection without reason', evaluation, { ...meta, type: 'REFLECT', to: 'ACTION_PLAN' }, 'GUARD_FAILED', 'REASON_GIVEN'],
    ['no actor', fresh, { actor: '', at: meta.at, type: 'START_BENCHMARKING' }, 'INVALID_EVENT', 'EVENT_VALID'],
    ['pilot for an unknown measure', pilot, { ...meta, type: 'LINK_PILOT', pilotId: 'p', measureId: 'nope' }, 'INVALID_EVENT', 'EVENT_VALID'],
    ['empty analysis', fresh, { ...meta, type: 'RECORD_ANALYSIS', summary: ' ', missingData: [], barriers: [] }, 'INVALID_EVENT', 'EVENT_VALID'],
  ])('%s', (_n, cycle, event, code, guard) => {
    const r = refusal(transition(cycle, event));
    expect(r.code).toBe(code);
    expect(r.guard).toBe(guard);
    expect(r.message.length).toBeGreaterThan(0);
  });
});

describe('availableTransitions', () => {
  it('lists the forward move with its failing guards and the reflection steps', () => {
    expect(availableTransitions(fresh)).toEqual([
      {
        event: 'START_BENCHMARKING',
        to: 'BENCHMARKING',
        allowed: false,
        failedGuards: [
          { guard: 'ANALYSIS_RECORDED', message: expect.any(String) },
          { guard: 'REFERENCE_REGIONS_CHOSEN', message: expect.any(String) },
        ],
        needsReason: false,
      },
    ]);
    const fromEvaluation = availableTransitions(run(evaluation, { ...meta, type: 'RECORD_EVALUATION', findings: 'f', kpiResults: [] }));
    expect(fromEvaluation.map((t) => [t.event, t.to, t.allowed])).toEqual([
      ['START_TRANSFER', 'TRANSFER', true],
      ['REFLECT', 'ACTION_PLAN', true],
      ['REFLECT', 'PILOT', true],
    ]);
  });

  it('property: an allowed listed move is accepted by transition, a disallowed one is refused by its first failing guard', () => {
    const cycles = [fresh, analysed, benchmarking, peer, plan, pilot, evaluation, transfer];
    fc.assert(
      fc.property(fc.constantFrom(...cycles), (cycle) => {
        for (const t of availableTransitions(cycle)) {
          const event = (t.event === 'REFLECT' ? { ...meta, reason: 'why', type: 'REFLECT', to: t.to } : { ...meta, type: t.event }) as LearningEvent;
          const r = transition(cycle, event);
          expect(r.ok).toBe(t.allowed);
          if (r.ok) expect(r.cycle.stage).toBe(t.to);
          else expect(r.refusal.guard).toBe(t.failedGuards[0]!.guard);
        }
      }),
    );
  });
});
