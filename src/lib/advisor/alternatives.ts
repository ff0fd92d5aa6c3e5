import { currentStatus, isRetired, STATUS_RANK } from '../data/queries.ts';
import { STATUSES, type Mode, type Status } from '../schema/vocabulary.ts';
import { successorOf } from './lifecycle.ts';
import type { AdvisorData, Alternative } from './types.ts';

/**
 * Each mode's best status today among offerings whose tool has not retired, leaving out previews
 * when the visitor does not accept them (an alternative must be one they could actually use).
 */
function usableModes(data: AdvisorData, scenarioId: string, today: string, allowPreview: boolean): Alternative['modes'] {
  const best = new Map<Mode, { mode: Mode; status: Status; tool: string }>();
  for (const offering of data.scenarios[scenarioId].data.offerings) {
    const status = currentStatus(offering).status;
    if (!STATUSES[status].supported || isRetired(data.tools[offering.tool], today)) continue;
    if (STATUSES[status].preview && !allowPreview) continue;
    const seen = best.get(offering.mode);
    if (!seen || STATUS_RANK[status] < STATUS_RANK[seen.status]) best.set(offering.mode, { mode: offering.mode, status, tool: offering.tool });
  }
  return [...best.values()].sort((a, b) => a.mode.localeCompare(b.mode));
}

export function platformName(data: AdvisorData, id: string): string {
  return data.platforms[id]?.data.name ?? id;
}

/**
 * Supported pairs to offer instead of one that is not: the successor of a retired target first,
 * then other targets for the same source, then other sources for the same target.
 */
export function alternativesFor(data: AdvisorData, source: string, target: string, today: string, allowPreview: boolean): Alternative[] {
  const successor = successorOf(data.platforms[target]);
  const found: Alternative[] = [];
  for (const scenario of Object.values(data.scenarios)) {
    const s = scenario.data;
    if (s.source === source && s.target === target) continue;
    if (isRetired(data.platforms[s.target], today)) continue;
    let relation: Alternative['relation'] | undefined;
    if (s.source === source && s.target === successor) relation = 'successor';
    else if (s.source === source) relation = 'same-source';
    else if (s.target === target) relation = 'same-target';
    if (!relation) continue;
    const modes = usableModes(data, scenario.id, today, allowPreview);
    if (modes.length === 0) continue;
    found.push({
      scenario: scenario.id,
      source: s.source,
      target: s.target,
      title: `${platformName(data, s.source)} → ${platformName(data, s.target)}`,
      relation,
      modes,
    });
  }
  const rank = { successor: 0, 'same-source': 1, 'same-target': 2 } as const;
  return found.sort((a, b) => rank[a.relation] - rank[b.relation] || a.title.localeCompare(b.title));
}
