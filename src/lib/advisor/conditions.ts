import type { Condition } from '../schema/condition.ts';
import type { AnswerValues } from './types.ts';

/**
 * Whether the answers satisfy a condition. A leaf whose question is unanswered is false, so a
 * rule never fires on a guess; `not` of such a leaf is therefore true, which is what an author
 * writing "not X" over an optional question should expect to read about.
 */
export function evaluateCondition(condition: Condition, answers: AnswerValues): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, answers));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, answers));
  if ('not' in condition) return !evaluateCondition(condition.not, answers);
  if (!Object.hasOwn(answers, condition.question)) return false;
  const answer = answers[condition.question];
  if ('equals' in condition) return answer === condition.equals;
  if ('in' in condition) return condition.in.includes(answer);
  if (typeof answer !== 'number') return false;
  if ('below' in condition) return answer < condition.below;
  return answer >= condition.atLeast;
}

/** The question ids a condition reads, in the order it reads them. */
export function conditionQuestions(condition: Condition): string[] {
  if ('all' in condition) return [...new Set(condition.all.flatMap(conditionQuestions))];
  if ('any' in condition) return [...new Set(condition.any.flatMap(conditionQuestions))];
  if ('not' in condition) return conditionQuestions(condition.not);
  return [condition.question];
}
