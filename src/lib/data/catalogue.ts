import type { DocumentData } from '../schema/document.ts';
import type { PlatformData } from '../schema/platform.ts';
import type { Selector } from '../schema/selector.ts';
import type { ScenarioData } from '../schema/scenario.ts';
import { ENGINE_IDS, type Engine } from '../schema/vocabulary.ts';
import type { Dataset, Entry } from './dataset.ts';
import { scenarioTitle } from './queries.ts';
import { selectorMatchesScenario } from './selectors.ts';

/*
 * Lists a page asks for: which scenarios, platforms and documents, in which order. Pages and
 * components render these and decide nothing themselves.
 */

/** Scenarios (all of them unless given) sorted by title ("Source → Target"). */
export function scenariosByTitle(dataset: Dataset, scenarios: Iterable<Entry<ScenarioData>> = Object.values(dataset.scenarios)): Entry<ScenarioData>[] {
  const titled = [...scenarios].map((s) => ({ s, title: scenarioTitle(dataset, s.data) }));
  return titled.sort((a, b) => a.title.localeCompare(b.title)).map(({ s }) => s);
}

/** Each target of the given scenarios once, by name, with its scenarios in the order given. */
export function scenariosByTarget(dataset: Dataset, scenarios: readonly Entry<ScenarioData>[]): { target: string; scenarios: Entry<ScenarioData>[] }[] {
  const groups = new Map<string, Entry<ScenarioData>[]>();
  for (const s of scenarios) groups.set(s.data.target, [...(groups.get(s.data.target) ?? []), s]);
  return [...groups]
    .map(([target, list]) => ({ target, scenarios: list }))
    .sort((a, b) => dataset.platforms[a.target].data.name.localeCompare(dataset.platforms[b.target].data.name));
}

/**
 * The platforms on one side (source or target) of some scenario, grouped by engine in the
 * vocabulary's order and sorted by name within each: the wizard's pickers offer these.
 */
export function platformsByEngine(dataset: Dataset, side: 'source' | 'target'): { engine: Engine; platforms: Entry<PlatformData>[] }[] {
  const ids = new Set(Object.values(dataset.scenarios).map((s) => s.data[side]));
  const platforms = [...ids].flatMap((id) => (dataset.platforms[id] ? [dataset.platforms[id]] : []));
  return ENGINE_IDS.map((engine) => ({
    engine,
    platforms: platforms.filter((p) => p.data.engine === engine).sort((a, b) => a.data.name.localeCompare(b.data.name)),
  })).filter((group) => group.platforms.length > 0);
}

/** The first and last years of the documents the content cites, for "documents from 2018–2026". */
export function documentYears(dataset: Dataset): { first: string; last: string } | undefined {
  const years = Object.values(dataset.documents).map((d) => d.data.date.slice(0, 4)).sort();
  return years.length === 0 ? undefined : { first: years[0], last: years[years.length - 1] };
}

export function scenariosFrom(dataset: Dataset, platform: string): Entry<ScenarioData>[] {
  return Object.values(dataset.scenarios).filter((s) => s.data.source === platform);
}

export function scenariosTo(dataset: Dataset, platform: string): Entry<ScenarioData>[] {
  return Object.values(dataset.scenarios).filter((s) => s.data.target === platform);
}

/** The scenarios a limitation's or event's selector covers. */
export function scenariosCoveredBy(dataset: Dataset, selector: Selector): Entry<ScenarioData>[] {
  return Object.values(dataset.scenarios).filter((s) => selectorMatchesScenario(selector, s, dataset));
}

/** The scenarios with at least one offering by this tool. */
export function scenariosWithTool(dataset: Dataset, tool: string): Entry<ScenarioData>[] {
  return Object.values(dataset.scenarios).filter((s) => s.data.offerings.some((o) => o.tool === tool));
}

/** Every document, newest first. */
export function documentsNewestFirst(dataset: Dataset): Entry<DocumentData>[] {
  return Object.values(dataset.documents).sort((a, b) => b.data.date.localeCompare(a.data.date));
}
