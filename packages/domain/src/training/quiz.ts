import { DomainError } from '../errors';

/** The kinds of quiz question the training package uses. */
export const QUESTION_KINDS = ['SINGLE', 'MULTIPLE', 'ORDERING'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface QuizKeyQuestion {
  id: string;
  kind: QuestionKind;
  /** Every option id, in the order shown. */
  optionIds: readonly string[];
  /** SINGLE: one id; MULTIPLE: the set of right ids; ORDERING: every id in the right order. */
  correctOptionIds: readonly string[];
}

export interface QuizAnswer {
  questionId: string;
  optionIds: readonly string[];
}

export interface QuizScore {
  correct: number;
  total: number;
  /** Rounded down to a whole percent, so a pass is never rounded into being. */
  percent: number;
  passed: boolean;
  outcomes: { questionId: string; correct: boolean }[];
}

/**
 * Whether one answer is right: SINGLE and MULTIPLE need exactly the set of right options (no
 * partial credit, a missing or an extra choice is wrong); ORDERING needs every option in the
 * right order. An unanswered question is wrong.
 */
export function isAnswerCorrect(q: QuizKeyQuestion, chosen: readonly string[] | undefined): boolean {
  if (!chosen || chosen.length === 0) return false;
  if (q.kind === 'ORDERING') return chosen.length === q.correctOptionIds.length && chosen.every((id, i) => id === q.correctOptionIds[i]);
  const set = new Set(chosen);
  if (set.size !== chosen.length) return false;
  if (q.kind === 'SINGLE' && chosen.length !== 1) return false;
  return set.size === q.correctOptionIds.length && q.correctOptionIds.every((id) => set.has(id));
}

/**
 * Scores a submitted quiz against its key: one point per right answer, percent = floor(100 *
 * correct / total), passed when percent >= passMark. Answers to unknown questions, or naming
 * options a question does not have, are refused (INVALID_ARGUMENT).
 */
export function scoreQuiz(key: readonly QuizKeyQuestion[], answers: readonly QuizAnswer[], passMark: number): QuizScore {
  if (!Number.isInteger(passMark) || passMark < 0 || passMark > 100) throw new DomainError('OUT_OF_RANGE', 'the pass mark is a whole percent 0..100');
  const byId = new Map(key.map((q) => [q.id, q]));
  const given = new Map<string, readonly string[]>();
  for (const a of answers) {
    const q = byId.get(a.questionId);
    if (!q) throw new DomainError('INVALID_ARGUMENT', `unknown question ${a.questionId}`);
    if (given.has(a.questionId)) throw new DomainError('INVALID_ARGUMENT', `question ${a.questionId} answered twice`);
    if (a.optionIds.some((id) => !q.optionIds.includes(id))) throw new DomainError('INVALID_ARGUMENT', `unknown option for question ${a.questionId}`);
    given.set(a.questionId, a.optionIds);
  }
  const outcomes = key.map((q) => ({ questionId: q.id, correct: isAnswerCorrect(q, given.get(q.id)) }));
  const correct = outcomes.filter((o) => o.correct).length;
  const total = key.length;
  const percent = total === 0 ? 0 : Math.floor((100 * correct) / total);
  return { correct, total, percent, passed: total > 0 && percent >= passMark, outcomes };
}

/** Checks a question's key is usable: enough options, right ids, the right count per kind. */
export function quizKeyProblems(q: { kind: QuestionKind; optionIds: readonly string[]; correctOptionIds: readonly string[] }): string[] {
  const problems: string[] = [];
  const ids = new Set(q.optionIds);
  if (q.optionIds.length < 2) problems.push('TOO_FEW_OPTIONS');
  if (ids.size !== q.optionIds.length) problems.push('DUPLICATE_OPTIONS');
  if (q.correctOptionIds.some((id) => !ids.has(id))) problems.push('UNKNOWN_CORRECT_OPTION');
  if (q.kind === 'SINGLE' && q.correctOptionIds.length !== 1) problems.push('SINGLE_NEEDS_ONE_ANSWER');
  if (q.kind === 'MULTIPLE' && q.correctOptionIds.length < 1) problems.push('MULTIPLE_NEEDS_AN_ANSWER');
  if (q.kind === 'ORDERING' && (q.correctOptionIds.length !== q.optionIds.length || new Set(q.correctOptionIds).size !== q.optionIds.length)) {
    problems.push('ORDERING_NEEDS_EVERY_OPTION');
  }
  return problems;
}
