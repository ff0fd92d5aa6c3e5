import type { Dataset, Entry } from '../data/dataset.ts';
import { selectorMatchesOffering, selectorMatchesScenario } from '../data/selectors.ts';
import type { Selector } from '../schema/selector.ts';
import type { ScenarioData } from '../schema/scenario.ts';
import type { Mode } from '../schema/vocabulary.ts';
import type { AdvisorData } from './types.ts';

export type ScenarioLike = { id: string; data: Omit<ScenarioData, 'reviewed' | 'related'> };

/**
 * Whether a selector covers a scenario, by the site's one rule in data/selectors.ts. That rule
 * reads only the scenario's id and data and `platforms[…].data.engine`, all of which the trimmed
 * advisor data keeps; a unit test checks trimmed and full data agree for every pair.
 */
export function selectorCovers(selector: Selector, scenario: ScenarioLike, data: AdvisorData): boolean {
  return selectorMatchesScenario(selector, scenario as Entry<ScenarioData>, data as unknown as Dataset);
}

/** Whether a selector covers one offering (tool and mode) of a scenario it already covers. */
export function selectorCoversOffering(selector: Selector, scenario: ScenarioLike, offering: { tool: string; mode: Mode }, data: AdvisorData): boolean {
  return selectorCovers(selector, scenario, data) && selectorMatchesOffering(selector, offering);
}

/** A stand-in for a pair with no scenario file, so questions can still be matched by engine and target. */
export function pairScenario(id: string, source: string, target: string): ScenarioLike {
  return { id, data: { source, target, offerings: [] } };
}
