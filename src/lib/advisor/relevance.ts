import { scenarioId } from '../data/dataset.ts';
import { pairScenario, selectorCovers, type ScenarioLike } from './applies.ts';
import { evaluateCondition } from './conditions.ts';
import type { AdvisorData, AnswerValues } from './types.ts';

/** Questions in the order the wizard asks them. */
export function orderedQuestionIds(data: AdvisorData): string[] {
  return Object.keys(data.questions).sort((a, b) => data.questions[a].data.order - data.questions[b].data.order || a.localeCompare(b));
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
  const scenario = pair.source && pair.target ? scenarioFor(data, pair.source, pair.target) : undefined;
  let relevant = orderedQuestionIds(data).filter((id) => {
    const askFor = data.questions[id].data.askFor;
    return !askFor || (scenario !== undefined && selectorCovers(askFor, scenario, data));
  });
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

/** The answers to the given questions only. */
export function pick(answers: AnswerValues, ids: readonly string[]): AnswerValues {
  const kept: AnswerValues = {};
  for (const id of ids) if (Object.hasOwn(answers, id)) kept[id] = answers[id];
  return kept;
}
