import type { Mode } from '../schema/vocabulary.ts';
import type { ScenarioLike } from './applies.ts';
import { conditionQuestions } from './conditions.ts';
import { preparedFor } from './prepared.ts';
import type { AdvisorData, Unknown } from './types.ts';

type Judged = { tool: string; mode: Mode; blockers: string[]; excluded?: string };

/**
 * What the documents leave open about an offering, given the answers. When an answer rules a
 * sibling offering of the same mode out (keyless tables block the PostgreSQL migration service's
 * online mode), and no limitation or prerequisite of this offering's tool says anything about that
 * question, the documents are silent on whether this tool copes: falling back to it is not
 * documented for the visitor's case. One entry per blocker and question.
 */
export function findUnknowns(data: AdvisorData, scenario: ScenarioLike, offering: Judged, siblings: readonly Judged[]): Unknown[] {
  // The questions this tool's own conditional limitations and prerequisites read (prepared.ts).
  const readByThisTool = preparedFor(data).scenario(scenario).offering(offering).readQuestions;
  const unknowns: Unknown[] = [];
  for (const sibling of siblings) {
    if (sibling.mode !== offering.mode || sibling.tool === offering.tool || sibling.excluded !== 'blocked') continue;
    for (const blocker of sibling.blockers) {
      const when = data.considerations[blocker]?.data.when;
      if (!when) continue;
      for (const question of conditionQuestions(when)) {
        if (readByThisTool.has(question) || unknowns.some((u) => u.blocker === blocker && u.question === question)) continue;
        unknowns.push({ blocker, question, blockedTool: sibling.tool });
      }
    }
  }
  return unknowns;
}
