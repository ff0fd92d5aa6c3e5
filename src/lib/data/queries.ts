import type { ConsiderationData } from '../schema/consideration.ts';
import type { LifecycleEventData } from '../schema/lifecycle.ts';
import type { OfferingData, ScenarioData, StatusEntry } from '../schema/scenario.ts';
import type { PlatformData } from '../schema/platform.ts';
import { bySeverity, byStatusRank, ENGINE_IDS, LIFECYCLE_EVENTS, STATUSES, type Engine, type Mode } from '../schema/vocabulary.ts';
import type { Dataset, Entry } from './dataset.ts';
import { selectorMatchesOffering, selectorMatchesScenario, type SelectableScenario, type SelectorContext } from './selectors.ts';

/**
 * An offering's status as the newest entry of its history. History dates never lie after the
 * build's date (check-plausibility.ts), so on pages this is the status as of the build.
 */
export function currentStatus(offering: OfferingData): StatusEntry {
  return offering.history[offering.history.length - 1];
}

/**
 * The status the documents gave as of a date: the newest entry dated on or before it, or
 * undefined when no document had stated one yet. The advisor's `--today` judges with this.
 */
export function statusAsOf(offering: OfferingData, date: string): StatusEntry | undefined {
  let found: StatusEntry | undefined;
  for (const entry of offering.history) if (entry.date <= date) found = entry;
  return found;
}

/**
 * Where the run of the last entry's status begins in a history: the first entry that stated it,
 * with the confirmations after it skipped. The one home of "since".
 */
export function currentRunStart(history: readonly StatusEntry[]): number {
  let start = history.length - 1;
  while (start > 0 && history[start - 1].status === history[history.length - 1].status) start -= 1;
  return start;
}

/**
 * The date the offering first reached the status it has as of `date` (the "since" shown on
 * pages): the first document that stated it, skipping the confirmations after it.
 */
export function statusSince(offering: OfferingData, date?: string): string {
  const history = date === undefined ? offering.history : offering.history.filter((entry) => entry.date <= date);
  if (history.length === 0) return offering.history[0].date;
  return history[currentRunStart(history)].date;
}

/** Whether a history entry repeats the status of the entry before it (a re-confirmation, not news). */
export function repeatsPrevious(history: readonly StatusEntry[], index: number): boolean {
  return index > 0 && history[index - 1].status === history[index].status;
}

export function isSupportedNow(offering: OfferingData): boolean {
  return STATUSES[currentStatus(offering).status].supported;
}

export function offeringsFor(scenario: ScenarioData, mode: Mode): OfferingData[] {
  return scenario.offerings.filter((offering) => offering.mode === mode);
}

/**
 * The offering that speaks for a scenario in a mode, on the matrix, scenario pages and lists: the
 * best current status among its offerings (GA beats preview beats not supported), and among equal
 * statuses the tool the documents prefer for it, then the order authors wrote.
 */
export function bestOffering(dataset: Dataset, scenario: Entry<ScenarioData>, mode: Mode): OfferingData | undefined {
  const preferred = (offering: OfferingData) => isPreferredOffering(dataset, scenario, offering);
  return offeringsFor(scenario.data, mode).sort(
    (a, b) => byStatusRank(currentStatus(a).status, currentStatus(b).status) || Number(preferred(b)) - Number(preferred(a)),
  )[0];
}

/** Footnote id → its number, in the order a reader meets them in these offerings. */
export function numberFootnotes(offerings: Iterable<{ footnotes: readonly string[] }>): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const offering of offerings) {
    for (const id of offering.footnotes) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  }
  return numbers;
}

/** Whether the documents recommend this offering's tool for the scenario (tools' `preferredFor`). */
export function isPreferredOffering(dataset: Dataset, scenario: Entry<ScenarioData>, offering: OfferingData): boolean {
  const preference = dataset.tools[offering.tool]?.data.preferredFor;
  return Boolean(preference && selectorMatchesScenario(preference.appliesTo, scenario, dataset) && selectorMatchesOffering(preference.appliesTo, offering));
}

/** Which use of a platform or tool an event is judged for: one offering of one scenario. */
export interface LifecycleScope {
  dataset: SelectorContext;
  scenario: SelectableScenario;
  offering?: { tool: string; mode: Mode };
}

/**
 * Whether a lifecycle event concerns this use. An event without `appliesTo` concerns every use;
 * one with it (DMS (classic) retired for SQL Server scenarios only) concerns the scenarios and
 * offerings its selector covers. Without a scope only unscoped events count, so a tool is never
 * called retired everywhere because of one engine.
 */
export function eventAppliesTo(event: LifecycleEventData, scope?: LifecycleScope): boolean {
  if (!event.appliesTo) return true;
  if (!scope) return false;
  if (!selectorMatchesScenario(event.appliesTo, scope.scenario, scope.dataset)) return false;
  return !scope.offering || selectorMatchesOffering(event.appliesTo, scope.offering);
}

type WithLifecycle = { data: { lifecycle: LifecycleEventData[] } } | undefined;

/**
 * The event that ends a platform or tool for this use (a retirement, or the end of the product it
 * ran inside), dated or not yet due, if it has one.
 */
export function retirement(entry: WithLifecycle, scope?: LifecycleScope): LifecycleEventData | undefined {
  return entry?.data.lifecycle.find((event) => LIFECYCLE_EVENTS[event.event].ends && eventAppliesTo(event, scope));
}

/** Whether a dated event has happened as of `today` (on that day counts). The one home of "past or future". */
export function hasHappened(event: { date: string }, today: string): boolean {
  return event.date <= today;
}

/** Whether it has ended, for this use, on or before `today`. The one home of "is it retired". */
export function isRetired(entry: WithLifecycle, today: string, scope?: LifecycleScope): boolean {
  const event = retirement(entry, scope);
  return Boolean(event && hasHappened(event, today));
}

/** Lifecycle events of this use dated on or before `date`, oldest first: what was known then. */
export function lifecycleEventsKnownOn(entry: WithLifecycle, date: string, scope?: LifecycleScope): LifecycleEventData[] {
  return (entry?.data.lifecycle ?? [])
    .filter((event) => hasHappened(event, date) && eventAppliesTo(event, scope))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The name a narrow place shows (a table cell, a tag): the short name, else the full one. */
export function shortName(entry: { data: { name: string; short?: string } }): string {
  return entry.data.short ?? entry.data.name;
}

export function scenarioTitle(dataset: Dataset, scenario: ScenarioData): string {
  return `${dataset.platforms[scenario.source].data.name} → ${dataset.platforms[scenario.target].data.name}`;
}

/** Most severe first, then by title: the order every list of limitations takes. */
export function byConsiderationOrder(a: Entry<ConsiderationData>, b: Entry<ConsiderationData>): number {
  return bySeverity(a.data.severity, b.data.severity) || a.data.title.localeCompare(b.data.title);
}

/** Limitations and prerequisites whose selector covers this scenario, most severe first. */
export function considerationsFor(dataset: Dataset, scenario: Entry<ScenarioData>): Entry<ConsiderationData>[] {
  return Object.values(dataset.considerations)
    .filter((entry) => selectorMatchesScenario(entry.data.appliesTo, scenario, dataset))
    .sort(byConsiderationOrder);
}

/** The considerations that apply to one offering (its tool and mode) of a scenario. */
export function considerationsForOffering(
  dataset: Dataset,
  scenario: Entry<ScenarioData>,
  offering: { tool: string; mode: Mode },
): Entry<ConsiderationData>[] {
  return considerationsFor(dataset, scenario).filter((entry) => selectorMatchesOffering(entry.data.appliesTo, offering));
}

/** Scenarios (all of them unless given) sorted by title ("Source → Target"). */
export function scenariosByTitle(dataset: Dataset, scenarios: Iterable<Entry<ScenarioData>> = Object.values(dataset.scenarios)): Entry<ScenarioData>[] {
  const titled = [...scenarios].map((s) => ({ s, title: scenarioTitle(dataset, s.data) }));
  return titled.sort((a, b) => a.title.localeCompare(b.title)).map(({ s }) => s);
}

/** Each target of the given scenarios once, by name, with its scenarios in the order given. */
export function groupByTarget(dataset: Dataset, scenarios: readonly Entry<ScenarioData>[]): { target: string; scenarios: Entry<ScenarioData>[] }[] {
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
