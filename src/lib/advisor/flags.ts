import { selectorMatchesOffering } from '../data/selectors.ts';
import { bySeverity, type Mode } from '../schema/vocabulary.ts';
import type { ScenarioLike } from './applies.ts';
import { docRefs } from './cite.ts';
import { evaluateCondition } from './conditions.ts';
import { preparedFor } from './prepared.ts';
import type { AdvisorData, AnswerValues, Flag } from './types.ts';

type OfferingKey = { tool: string; mode: Mode };

/**
 * Every limitation and prerequisite that applies: its selector covers the scenario and at least
 * one of the offerings still in play, and its `when` condition (if any) matches the answers.
 * Flags name the mode or tools they concern when that is narrower than the whole scenario, and
 * say whether they concern the recommended offering.
 */
export function matchConsiderations(
  data: AdvisorData,
  scenario: ScenarioLike,
  answers: AnswerValues,
  candidates: readonly OfferingKey[],
  recommended: OfferingKey | undefined,
): { flags: Flag[]; checklist: Flag[] } {
  const allModes = new Set(candidates.map((c) => c.mode));
  const allTools = new Set(candidates.map((c) => c.tool));
  const flags: Flag[] = [];
  const prepared = preparedFor(data);
  // Those whose selector covers the scenario, in the dataset's order (prepared.ts).
  for (const entry of prepared.scenario(scenario).covering) {
    const c = entry.data;
    if (c.when && !evaluateCondition(c.when, answers)) continue;
    const matched = candidates.filter((o) => selectorMatchesOffering(c.appliesTo, o));
    if (matched.length === 0) continue;
    const modes = [...new Set(matched.map((o) => o.mode))];
    const tools = [...new Set(matched.map((o) => o.tool))];
    const flag: Flag = {
      id: entry.id,
      kind: c.kind,
      severity: c.severity,
      title: c.title,
      summary: c.summary,
      recommended: recommended ? matched.some((o) => o.tool === recommended.tool && o.mode === recommended.mode) : true,
      cite: [{ kind: 'consideration', id: entry.id }, ...docRefs(c.cite ?? [])],
    };
    if (allModes.size > 1 && modes.length === 1) flag.mode = modes[0];
    if (tools.length < allTools.size) flag.tools = tools.sort();
    flags.push(flag);
  }
  // Titles by their place in localeCompare's order, worked out once per dataset: the same order, without collating on every call.
  const title = (f: Flag) => prepared.titleRank.get(f.id) ?? 0;
  flags.sort((a, b) => bySeverity(a.severity, b.severity) || Number(b.recommended) - Number(a.recommended) || title(a) - title(b));
  return {
    flags: flags.filter((f) => f.kind === 'limitation'),
    checklist: flags.filter((f) => f.kind === 'prerequisite' && f.recommended),
  };
}
