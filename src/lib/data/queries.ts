import type { ConsiderationData } from '../schema/consideration.ts';
import type { LifecycleEventData } from '../schema/lifecycle.ts';
import type { OfferingData, ScenarioData, StatusEntry } from '../schema/scenario.ts';
import { bySeverity, byStatusRank, LIFECYCLE_EVENTS, STATUSES, type ConsiderationKind, type Mode } from '../schema/vocabulary.ts';
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

/**
 * The name a path goes by: the one its documents use ("DMS (classic)"), else its tool's name, short
 * where a narrow place asks for it. Pages, the scenario summary and the advisor all name paths so.
 */
export function offeringToolName(
  tools: Record<string, { data: { name: string; short?: string } } | undefined>,
  offering: { tool: string; documentedAs?: string },
  form: 'full' | 'short' = 'full',
): string {
  const tool = tools[offering.tool];
  return offering.documentedAs ?? (tool ? (form === 'short' ? shortName(tool) : tool.data.name) : offering.tool);
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

/** The considerations that cover a scenario, split into limitations and prerequisites. */
export function considerationsByKind(dataset: Dataset, scenario: Entry<ScenarioData>): Record<ConsiderationKind, Entry<ConsiderationData>[]> {
  const all = considerationsFor(dataset, scenario);
  return { limitation: all.filter((c) => c.data.kind === 'limitation'), prerequisite: all.filter((c) => c.data.kind === 'prerequisite') };
}

/** The tools a scenario offers, each once, in the order authors listed them. */
export function toolsOf(scenario: ScenarioData): string[] {
  return [...new Set(scenario.offerings.map((o) => o.tool))];
}

/** Every dated statement of every offering of a scenario, newest first (ties keep file order). */
export function historyNewestFirst(scenario: ScenarioData): { offering: OfferingData; entry: StatusEntry }[] {
  return scenario.offerings
    .flatMap((offering) => offering.history.map((entry) => ({ offering, entry })))
    .sort((a, b) => b.entry.date.localeCompare(a.entry.date));
}

/** The events that end a platform or tool (a retirement, the end of its host) that concern a use. */
export function endingEvents(entry: WithLifecycle, concerns: (event: LifecycleEventData) => boolean = () => true): LifecycleEventData[] {
  return (entry?.data.lifecycle ?? []).filter((event) => LIFECYCLE_EVENTS[event.event].ends && concerns(event));
}

/** The considerations that apply to one offering (its tool and mode) of a scenario. */
export function considerationsForOffering(
  dataset: Dataset,
  scenario: Entry<ScenarioData>,
  offering: { tool: string; mode: Mode },
): Entry<ConsiderationData>[] {
  return considerationsFor(dataset, scenario).filter((entry) => selectorMatchesOffering(entry.data.appliesTo, offering));
}
