import type { ConsiderationData } from '../schema/consideration.ts';
import type { LifecycleEventData } from '../schema/lifecycle.ts';
import type { PlatformData } from '../schema/platform.ts';
import type { ScenarioData } from '../schema/scenario.ts';
import type { ToolData } from '../schema/tool.ts';
import { CONSIDERATION_KINDS, ENGINE_IDS, LIFECYCLE_EVENTS, type ConsiderationKind, type Engine } from '../schema/vocabulary.ts';
import { scenariosByTitle, scenariosCoveredBy, scenariosFrom, scenariosTo, scenariosWithTool } from './catalogue.ts';
import type { Dataset, Entry } from './dataset.ts';
import { byConsiderationOrder, endingEvents, hasHappened } from './queries.ts';
import { endingWord } from './lifecycle-words.ts';

const CONSIDERATION_KIND_IDS = Object.keys(CONSIDERATION_KINDS) as ConsiderationKind[];

/*
 * What the index pages (/scenarios/, /platforms/, /tools/, /limitations/) list, in which groups
 * and order, with their counts. Pages render these and decide nothing themselves.
 */

/** Where a platform or tool stands in its life, in one word and a date, for a list. */
export interface LifecycleState {
  /** "Retired", "Retires", "Ended", "Ends" (lifecycle-words.ts), or an event's label ("Deprecated"). */
  word: string;
  event: LifecycleEventData;
  /** Whether it has ended (for the uses the event covers) as of the day asked about. */
  ended: boolean;
}

/**
 * The state a list shows beside a platform or tool: its ending event if it has one (dated or due),
 * else the latest deprecation or block on new instances that has happened; undefined when neither.
 * A scoped event (DMS (classic) for SQL Server only) comes back with its `appliesTo`, to be said.
 */
export function lifecycleState(entry: { data: { lifecycle: LifecycleEventData[] } }, today: string): LifecycleState | undefined {
  const ending = endingEvents(entry).sort((a, b) => a.date.localeCompare(b.date))[0];
  if (ending) return { word: endingWord(ending, today), event: ending, ended: hasHappened(ending, today) };
  const notice = entry.data.lifecycle
    .filter((event) => (event.event === 'deprecated' || event.event === 'creation-blocked') && hasHappened(event, today))
    .sort((a, b) => b.date.localeCompare(a.date))[0];
  return notice && { word: LIFECYCLE_EVENTS[notice.event].label, event: notice, ended: false };
}

/** Scenarios grouped by their source's engine, in the vocabulary's order, by title within each. */
export function scenariosByEngine(dataset: Dataset): { engine: Engine; scenarios: Entry<ScenarioData>[] }[] {
  const all = scenariosByTitle(dataset);
  return ENGINE_IDS.map((engine) => ({
    engine,
    scenarios: all.filter((s) => dataset.platforms[s.data.source]?.data.engine === engine),
  })).filter((group) => group.scenarios.length > 0);
}

export interface PlatformRow {
  platform: Entry<PlatformData>;
  /** How many scenarios start from it, and how many end on it. */
  asSource: number;
  asTarget: number;
  state?: LifecycleState;
}

/** Every platform, grouped by engine in the vocabulary's order, by name within each. */
export function platformsIndex(dataset: Dataset, today: string): { engine: Engine; platforms: PlatformRow[] }[] {
  const platforms = Object.values(dataset.platforms).sort((a, b) => a.data.name.localeCompare(b.data.name));
  return ENGINE_IDS.map((engine) => ({
    engine,
    platforms: platforms
      .filter((p) => p.data.engine === engine)
      .map((platform) => ({
        platform,
        asSource: scenariosFrom(dataset, platform.id).length,
        asTarget: scenariosTo(dataset, platform.id).length,
        state: lifecycleState(platform, today),
      })),
  })).filter((group) => group.platforms.length > 0);
}

export interface ToolRow {
  tool: Entry<ToolData>;
  /** Scenarios with at least one offering by the tool. */
  scenarios: number;
  state?: LifecycleState;
}

/** Every tool by name, with how many scenarios it serves and where it stands in its life. */
export function toolsIndex(dataset: Dataset, today: string): ToolRow[] {
  return Object.values(dataset.tools)
    .sort((a, b) => a.data.name.localeCompare(b.data.name))
    .map((tool) => ({ tool, scenarios: scenariosWithTool(dataset, tool.id).length, state: lifecycleState(tool, today) }));
}

/** One engine's limitations and prerequisites, split by kind (limitations first), most severe first in each. */
export interface ConsiderationGroup {
  /** Undefined for those that cover no scenario yet. */
  engine: Engine | undefined;
  count: number;
  kinds: { kind: ConsiderationKind; items: Entry<ConsiderationData>[] }[];
}

/**
 * Limitations and prerequisites grouped by the engines of the sources they concern (through the
 * scenarios their selector covers), so a reader moving MySQL sees MySQL's. One that concerns
 * several engines is in each of their groups; a last group without an engine collects those that
 * cover no scenario yet. Engines in the vocabulary's order; empty groups and kinds are left out.
 */
export function considerationsByEngine(dataset: Dataset): ConsiderationGroup[] {
  const all = Object.values(dataset.considerations).sort(byConsiderationOrder);
  const enginesOf = new Map(
    all.map((item) => [item.id, new Set(scenariosCoveredBy(dataset, item.data.appliesTo).map((s) => dataset.platforms[s.data.source]?.data.engine))]),
  );
  const group = (engine: Engine | undefined, items: Entry<ConsiderationData>[]): ConsiderationGroup => ({
    engine,
    count: items.length,
    kinds: CONSIDERATION_KIND_IDS.map((kind) => ({ kind, items: items.filter((item) => item.data.kind === kind) })).filter((k) => k.items.length > 0),
  });
  return [
    ...ENGINE_IDS.map((engine) => group(engine, all.filter((item) => enginesOf.get(item.id)?.has(engine)))),
    group(undefined, all.filter((item) => enginesOf.get(item.id)?.size === 0)),
  ].filter((g) => g.count > 0);
}
