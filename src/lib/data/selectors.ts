import type { Selector } from '../schema/selector.ts';
import type { Engine, Mode } from '../schema/vocabulary.ts';

/**
 * The least a selector reads of a scenario: its pair and which tools it offers in which mode. The
 * full dataset's entries and the advisor's trimmed data both have this shape, so one rule serves
 * pages, the validator, the advisor and the browser without casts.
 */
export interface SelectableScenario {
  id: string;
  data: { source: string; target: string; offerings: readonly { tool: string; mode: Mode }[] };
}

/** The least a selector reads of the platforms: each one's engine. */
export interface SelectorContext {
  platforms: Record<string, { data: { engine: Engine } } | undefined>;
}

/**
 * Whether a selector covers a scenario. `tools` and `modes` narrow to the scenario's offerings:
 * a selector for tool X matches a scenario only if X is offered there.
 */
export function selectorMatchesScenario(selector: Selector, scenario: SelectableScenario, context: SelectorContext): boolean {
  const { source, target } = scenario.data;
  if (selector.scenarios && !selector.scenarios.includes(scenario.id)) return false;
  if (selector.sources && !selector.sources.includes(source)) return false;
  if (selector.targets && !selector.targets.includes(target)) return false;
  if (selector.engines) {
    const engine = context.platforms[source]?.data.engine;
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

/** Whether a selector covers one offering (tool and mode) of a scenario. */
export function selectorMatchesScenarioOffering(
  selector: Selector,
  scenario: SelectableScenario,
  offering: { tool: string; mode: Mode },
  context: SelectorContext,
): boolean {
  return selectorMatchesScenario(selector, scenario, context) && selectorMatchesOffering(selector, offering);
}
