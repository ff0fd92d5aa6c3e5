import { scenarioId } from '../data/dataset.ts';
import { selectorMatchesScenario, selectorMatchesScenarioOffering } from '../data/selectors.ts';
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
  return selectorMatchesScenario(selector, scenario, data);
}

/** Whether a selector covers one offering (tool and mode) of a scenario it already covers. */
export function selectorCoversOffering(selector: Selector, scenario: ScenarioLike, offering: { tool: string; mode: Mode }, data: AdvisorData): boolean {
  return selectorMatchesScenarioOffering(selector, scenario, offering, data);
}

/** A stand-in for a pair with no scenario file, so questions can still be matched by engine and target. */
export function pairScenario(id: string, source: string, target: string): ScenarioLike {
  return { id, data: { source, target, offerings: [] } };
}

/**
 * Whether a source and target name the same platform with no scenario describing such a move.
 * A same-platform move is fine where content has one (Single Server to another Single Server);
 * anywhere else it is a mistake, and the wizard, the URL reader and the CLI all refuse it by this rule.
 */
export function isUndescribedSamePlatformMove(data: Pick<AdvisorData, 'scenarios'>, source: string | undefined, target: string | undefined): target is string {
  return Boolean(source) && source === target && !Object.hasOwn(data.scenarios, scenarioId(source ?? '', target ?? ''));
}
