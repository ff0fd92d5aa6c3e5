import type { Selector } from '../schema/selector.ts';
import type { Dataset, Entry } from './dataset.ts';
import type { ScenarioData } from '../schema/scenario.ts';
import type { Mode } from '../schema/vocabulary.ts';

/**
 * Whether a selector covers a scenario. `tools` and `modes` narrow to the scenario's offerings:
 * a selector for tool X matches a scenario only if X is offered there.
 */
export function selectorMatchesScenario(selector: Selector, scenario: Entry<ScenarioData>, dataset: Dataset): boolean {
  const { source, target } = scenario.data;
  if (selector.scenarios && !selector.scenarios.includes(scenario.id)) return false;
  if (selector.sources && !selector.sources.includes(source)) return false;
  if (selector.targets && !selector.targets.includes(target)) return false;
  if (selector.engines) {
    const engine = dataset.platforms[source]?.data.engine;
    if (!engine || !selector.engines.includes(engine)) return false;
  }
  if (selector.tools || selector.modes) {
    return scenario.data.offerings.some((offering) => selectorMatchesOffering(selector, offering));
  }
  return true;
}

/** Whether a selector's tool and mode lists cover one offering. */
export function selectorMatchesOffering(selector: Selector, offering: { tool: string; mode: Mode }): boolean {
  return (!selector.tools || selector.tools.includes(offering.tool)) && (!selector.modes || selector.modes.includes(offering.mode));
}
