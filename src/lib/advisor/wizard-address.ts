import { toDecimal } from './decimal.ts';
import { relevantQuestions } from './relevance.ts';
import type { AdvisorData, AnswerValues } from './types.ts';

/**
 * The wizard address for a pair and its answers: source, target, then the answers to the
 * questions relevant to that pair in asking order. Answers to questions that no longer apply are
 * left out, so a shared link holds only what the result used. Numbers are written as plain
 * decimals, the only form `parseQuery` reads.
 */
export function toQuery(data: AdvisorData, input: { source?: string; target?: string; answers: AnswerValues }): string {
  const params = new URLSearchParams();
  if (input.source) params.set('source', input.source);
  if (input.target) params.set('target', input.target);
  for (const id of relevantQuestions(data, input, input.answers)) {
    if (!Object.hasOwn(input.answers, id)) continue;
    const value = input.answers[id];
    params.set(id, typeof value === 'number' ? toDecimal(value) : String(value));
  }
  return params.toString();
}
