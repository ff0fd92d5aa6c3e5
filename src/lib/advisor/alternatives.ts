import { isRetired } from '../data/queries.ts';
import { MODE_IDS } from '../schema/vocabulary.ts';
import { docRefs } from './cite.ts';
import { successorOf } from './lifecycle.ts';
import { bestAvailable, judgeOfferings, scopeOf } from './offerings.ts';
import { pick, relevantQuestions } from './relevance.ts';
import { preparedFor } from './prepared.ts';
import type { AdvisorData, Alternative, AnswerValues } from './types.ts';

export function platformName(data: AdvisorData, id: string): string {
  return data.platforms[id]?.data.name ?? id;
}

/**
 * Other targets for the visitor's source that their answers leave open: each candidate pair is
 * judged like the pair they asked about, with the answers that concern it, so an alternative
 * that the same answer blocks (SQL Server 2005 blocks every DMS SQL Server target) or that needs
 * a preview they did not allow is not offered. The successor of a retired target comes first.
 * Never another source: a visitor cannot swap the database they have.
 */
export function alternativesFor(
  data: AdvisorData,
  source: string,
  target: string,
  answers: AnswerValues,
  context: { today: string; allowPreview: boolean },
): Alternative[] {
  const successor = successorOf(data.platforms[target]);
  const found: Alternative[] = [];
  for (const scenario of preparedFor(data).scenariosFrom(source)) {
    const s = scenario.data;
    if (s.target === target) continue;
    if (isRetired(data.platforms[s.target], context.today, scopeOf(data, scenario))) continue;
    const theirs = pick(answers, relevantQuestions(data, { source, target: s.target }, answers));
    const judged = judgeOfferings(data, scenario, theirs, context);
    const modes = MODE_IDS.flatMap((mode) => {
      const best = bestAvailable(judged, mode);
      return best ? [{ mode, status: best.view.status, tool: best.view.tool, toolName: best.view.toolName, cite: docRefs(best.entry.cite) }] : [];
    });
    if (modes.length === 0) continue;
    found.push({
      scenario: scenario.id,
      source: s.source,
      target: s.target,
      title: `${platformName(data, s.source)} → ${platformName(data, s.target)}`,
      relation: s.target === successor ? 'successor' : 'same-source',
      modes,
    });
  }
  const rank = { successor: 0, 'same-source': 1 } as const;
  return found.sort((a, b) => rank[a.relation] - rank[b.relation] || a.title.localeCompare(b.title));
}
