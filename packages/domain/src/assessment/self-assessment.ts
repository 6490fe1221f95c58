import { DomainError } from '../errors';

/** The six steps of the RIS3 Guide (Foray et al., 2012), the spokes of the assessment wheel. */
export const RIS3_STEPS = ['ANALYSIS', 'GOVERNANCE', 'VISION', 'PRIORITIES', 'POLICY_MIX', 'MONITORING'] as const;
export type Ris3Step = (typeof RIS3_STEPS)[number];

/**
 * Three criteria per step, after the S3 Platform's RIS3 self-assessment wheel. Each is scored
 * 0 (no information) to 5 (excellent).
 */
export const RIS3_CRITERIA: Readonly<Record<Ris3Step, readonly [string, string, string]>> = {
  ANALYSIS: ['REGIONAL_ASSETS', 'OUTWARD_DIMENSION', 'ENTREPRENEURIAL_DYNAMICS'],
  GOVERNANCE: ['STRUCTURE', 'BROAD_PARTICIPATION', 'MANAGEMENT'],
  VISION: ['BROAD_VIEW_OF_INNOVATION', 'SHARED_VISION', 'TRANSFORMATION'],
  PRIORITIES: ['CRITICAL_MASS', 'ENTREPRENEURIAL_DISCOVERY', 'INCLUSIVENESS'],
  POLICY_MIX: ['ROADMAP', 'BALANCE', 'FRAMEWORK_CONDITIONS'],
  MONITORING: ['OUTPUT_AND_RESULT_INDICATORS', 'EVALUATION', 'UPDATE_MECHANISM'],
};

/** step -> criterion -> score 0..5 (a criterion left out is "not assessed", unlike 0). */
export type SelfAssessment = Readonly<Partial<Record<Ris3Step, Readonly<Record<string, number>>>>>;

export interface StepSummary {
  step: Ris3Step;
  /** Mean of the scored criteria, null if none. */
  mean: number | null;
  min: number | null;
  max: number | null;
  scored: number;
  /** Criteria scored 0, "no information". */
  noInformation: number;
}

export interface SelfAssessmentSummary {
  steps: StepSummary[];
  /** Mean over all scored criteria (the wheel's overall level), null if nothing scored. */
  overall: number | null;
  /** Share of the 18 criteria scored. */
  completeness: number;
}

function validate(a: SelfAssessment): void {
  for (const [step, criteria] of Object.entries(a)) {
    if (!(RIS3_STEPS as readonly string[]).includes(step)) throw new DomainError('INVALID_ARGUMENT', `unknown RIS3 step ${step}`);
    const allowed = RIS3_CRITERIA[step as Ris3Step];
    for (const [c, score] of Object.entries(criteria ?? {})) {
      if (!allowed.includes(c)) throw new DomainError('INVALID_ARGUMENT', `unknown criterion ${c} of step ${step}`);
      if (!Number.isInteger(score) || score < 0 || score > 5) {
        throw new DomainError('OUT_OF_RANGE', `${step}/${c}: a score is an integer 0..5, got ${score}`);
      }
    }
  }
}

/**
 * Summary of a RIS3 self-assessment wheel (RIS3 Guide, S3 Platform; DOMAIN.md 4.9): per step the
 * mean, min and max of the criteria scored (0..5), how many were scored and how many carry 0
 * ("no information", which counts as a score of 0); overall mean and completeness.
 */
export function summariseSelfAssessment(a: SelfAssessment): SelfAssessmentSummary {
  validate(a);
  let total = 0;
  let count = 0;
  const steps = RIS3_STEPS.map((step): StepSummary => {
    const scores = Object.values(a[step] ?? {});
    total += scores.reduce((x, y) => x + y, 0);
    count += scores.length;
    return {
      step,
      mean: scores.length ? scores.reduce((x, y) => x + y, 0) / scores.length : null,
      min: scores.length ? Math.min(...scores) : null,
      max: scores.length ? Math.max(...scores) : null,
      scored: scores.length,
      noInformation: scores.filter((s) => s === 0).length,
    };
  });
  return { steps, overall: count ? total / count : null, completeness: count / (RIS3_STEPS.length * 3) };
}

export interface StepComparison {
  step: Ris3Step;
  own: number | null;
  peerMean: number | null;
  peerMedian: number | null;
  peerCount: number;
  /** own - peerMean. */
  gap: number | null;
}

/**
 * The wheel against peers' wheels (DOMAIN.md 4.9): per step the own step mean, the peers' mean
 * and median step mean (peers without scores on a step are left out) and the gap.
 */
export function compareSelfAssessment(own: SelfAssessment, peers: readonly SelfAssessment[]): StepComparison[] {
  const o = summariseSelfAssessment(own);
  const ps = peers.map(summariseSelfAssessment);
  return RIS3_STEPS.map((step, k) => {
    const values = ps.map((p) => p.steps[k]!.mean).filter((m): m is number => m !== null).sort((x, y) => x - y);
    const mean = values.length ? values.reduce((x, y) => x + y, 0) / values.length : null;
    const mid = values.length >> 1;
    const median = values.length ? (values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2) : null;
    const ownMean = o.steps[k]!.mean;
    return { step, own: ownMean, peerMean: mean, peerMedian: median, peerCount: values.length, gap: ownMean !== null && mean !== null ? ownMean - mean : null };
  });
}

/** Change of each step mean between an earlier and a later assessment (null where either lacks it). */
export function selfAssessmentChange(earlier: SelfAssessment, later: SelfAssessment): { step: Ris3Step; before: number | null; after: number | null; change: number | null }[] {
  const a = summariseSelfAssessment(earlier);
  const b = summariseSelfAssessment(later);
  return RIS3_STEPS.map((step, k) => {
    const before = a.steps[k]!.mean;
    const after = b.steps[k]!.mean;
    return { step, before, after, change: before !== null && after !== null ? after - before : null };
  });
}
