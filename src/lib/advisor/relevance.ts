import { scenarioId } from '../data/dataset.ts';
import { answerRecord } from './answer-record.ts';
import { pairScenario, type ScenarioLike } from './applies.ts';
import { evaluateCondition } from './conditions.ts';
import { preparedFor } from './prepared.ts';
import type { AdvisorData, AnswerValues } from './types.ts';

/** Questions in the order the wizard asks them. */
export function orderedQuestionIds(data: AdvisorData): string[] {
  return [...preparedFor(data).questionOrder];
}

/** Whether content describes a migration from `source` to `target`: the targets the wizard offers for a source. */
export const pairExists = (data: AdvisorData, source: string, target: string) => Object.hasOwn(data.scenarios, scenarioId(source, target));

/** The scenario for a pair, or a stand-in without offerings when no file describes it. */
export function scenarioFor(data: AdvisorData, source: string, target: string): ScenarioLike {
  const id = scenarioId(source, target);
  return Object.hasOwn(data.scenarios, id) ? data.scenarios[id] : pairScenario(id, source, target);
}

/**
 * The questions that matter for a pair given the answers so far, in asking order. `askFor` is
 * matched against the pair's scenario; `askWhen` against the answers to questions that are
 * themselves relevant, repeated until nothing changes, so an answer left over from another pair
 * never keeps a follow-up question alive. With no pair chosen, only questions asked of every pair.
 */
export function relevantQuestions(data: AdvisorData, pair: { source?: string; target?: string }, answers: AnswerValues): string[] {
  // A fresh list: it is handed to the caller, who may keep or change it.
  let relevant = [...questionsAskedOf(data, pair)];
  for (let round = 0; round <= relevant.length; round += 1) {
    const known = pick(answers, relevant);
    const next = relevant.filter((id) => {
      const askWhen = data.questions[id].data.askWhen;
      return !askWhen || evaluateCondition(askWhen, known);
    });
    if (next.length === relevant.length) break;
    relevant = next;
  }
  return relevant;
}

/**
 * Every question that can be asked of a pair, whatever the answers (`askFor` only; `askWhen`
 * narrows it further): an answer to any other question can never be relevant to the pair, so a
 * reader of many rows (fleet mode) need not even parse it. With no pair, those asked of every pair.
 */
export function questionsAskedOf(data: AdvisorData, pair: { source?: string; target?: string }): readonly string[] {
  const { source, target } = pair;
  const prepared = preparedFor(data);
  return source && target ? prepared.askedFor(source, target, () => scenarioFor(data, source, target)) : prepared.everyPair;
}

/** The answers to the given questions only. */
export function pick(answers: AnswerValues, ids: readonly string[]): AnswerValues {
  const kept = answerRecord();
  for (const id of ids) if (Object.hasOwn(answers, id)) kept[id] = answers[id];
  return kept;
}
