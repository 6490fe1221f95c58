import { isAnswerCorrect, quizKeyProblems, scoreQuiz, type QuizKeyQuestion } from './quiz';

const key: QuizKeyQuestion[] = [
  { id: 'q1', kind: 'SINGLE', optionIds: ['a', 'b', 'c'], correctOptionIds: ['b'] },
  { id: 'q2', kind: 'MULTIPLE', optionIds: ['a', 'b', 'c', 'd'], correctOptionIds: ['a', 'c'] },
  { id: 'q3', kind: 'ORDERING', optionIds: ['x', 'y', 'z'], correctOptionIds: ['z', 'x', 'y'] },
];

describe('quiz scoring', () => {
  it.each<[QuizKeyQuestion, string[] | undefined, boolean]>([
    [key[0]!, ['b'], true],
    [key[0]!, ['a'], false],
    [key[0]!, ['b', 'a'], false],
    [key[0]!, undefined, false],
    [key[1]!, ['c', 'a'], true],
    [key[1]!, ['a'], false],
    [key[1]!, ['a', 'c', 'd'], false],
    [key[1]!, ['a', 'a'], false],
    [key[2]!, ['z', 'x', 'y'], true],
    [key[2]!, ['x', 'y', 'z'], false],
    [key[2]!, ['z', 'x'], false],
  ])('%j answered %j -> %s', (q, chosen, ok) => {
    expect(isAnswerCorrect(q, chosen)).toBe(ok);
  });

  it('scores, rounds the percent down and applies the pass mark', () => {
    const s = scoreQuiz(key, [{ questionId: 'q1', optionIds: ['b'] }, { questionId: 'q3', optionIds: ['z', 'x', 'y'] }], 66);
    expect(s).toEqual({
      correct: 2,
      total: 3,
      percent: 66,
      passed: true,
      outcomes: [
        { questionId: 'q1', correct: true },
        { questionId: 'q2', correct: false },
        { questionId: 'q3', correct: true },
      ],
    });
    expect(scoreQuiz(key, [{ questionId: 'q1', optionIds: ['b'] }, { questionId: 'q3', optionIds: ['z', 'x', 'y'] }], 67).passed).toBe(false);
  });

  it.each([
    [[{ questionId: 'nope', optionIds: ['a'] }], 'INVALID_ARGUMENT'],
    [[{ questionId: 'q1', optionIds: ['zz'] }], 'INVALID_ARGUMENT'],
    [[{ questionId: 'q1', optionIds: ['a'] }, { questionId: 'q1', optionIds: ['b'] }], 'INVALID_ARGUMENT'],
  ])('refuses %j', (answers, code) => {
    expect(() => scoreQuiz(key, answers, 80)).toThrow(expect.objectContaining({ code }));
  });

  it('checks question keys', () => {
    expect(quizKeyProblems({ kind: 'SINGLE', optionIds: ['a', 'b'], correctOptionIds: ['a', 'b'] })).toEqual(['SINGLE_NEEDS_ONE_ANSWER']);
    expect(quizKeyProblems({ kind: 'ORDERING', optionIds: ['a', 'b'], correctOptionIds: ['a'] })).toEqual(['ORDERING_NEEDS_EVERY_OPTION']);
    expect(quizKeyProblems({ kind: 'MULTIPLE', optionIds: ['a'], correctOptionIds: ['q'] })).toEqual(['TOO_FEW_OPTIONS', 'UNKNOWN_CORRECT_OPTION']);
    expect(quizKeyProblems(key[1]!)).toEqual([]);
  });
});
