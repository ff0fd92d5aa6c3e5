import type { ConsiderationData } from '../schema/consideration.ts';
import type { LifecycleEventData } from '../schema/lifecycle.ts';
import type { OfferingData, ScenarioData, StatusEntry } from '../schema/scenario.ts';
import { LIFECYCLE_EVENTS, SEVERITY_IDS, STATUSES, type Mode, type Severity, type Status } from '../schema/vocabulary.ts';
import type { Dataset, Entry } from './dataset.ts';
import { selectorMatchesOffering, selectorMatchesScenario } from './selectors.ts';

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
 * The date the offering first reached the status it has as of `date` (the "since" shown on
 * pages): the first document that stated it, skipping the confirmations after it.
 */
export function statusSince(offering: OfferingData, date?: string): string {
  const history = date === undefined ? offering.history : offering.history.filter((entry) => entry.date <= date);
  if (history.length === 0) return offering.history[0].date;
  const current = history[history.length - 1].status;
  let since = history.length - 1;
  while (since > 0 && history[since - 1].status === current) since -= 1;
  return history[since].date;
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
 * The status a matrix cell shows for a scenario in a mode: the best current status among its
 * offerings (GA beats preview beats not supported), with the offering that gives it.
 */
export function bestOffering(
  scenario: ScenarioData,
  mode: Mode,
  preferred: (offering: OfferingData) => boolean = () => false,
): OfferingData | undefined {
  const rank = (offering: OfferingData) => STATUS_RANK[currentStatus(offering).status];
  return offeringsFor(scenario, mode).sort((a, b) => rank(a) - rank(b) || Number(preferred(b)) - Number(preferred(a)))[0];
}

/** Whether the documents recommend this offering's tool for the scenario (tools' `preferredFor`). */
export function isPreferredOffering(dataset: Dataset, scenario: Entry<ScenarioData>, offering: OfferingData): boolean {
  const preference = dataset.tools[offering.tool]?.data.preferredFor;
  return Boolean(preference && selectorMatchesScenario(preference.appliesTo, scenario, dataset) && selectorMatchesOffering(preference.appliesTo, offering));
}

/**
 * Lower is better: the order in which statuses win a matrix cell. A path listed without a status
 * ranks after every stated preview: nobody may read it as GA, and a stated status is firmer ground.
 */
export const STATUS_RANK: Record<Status, number> = {
  ga: 0,
  preview: 1,
  'public-preview': 2,
  'private-preview': 3,
  listed: 4,
  superseded: 5,
  'no-longer-listed': 6,
  'ended-with-host': 7,
  retired: 8,
  'not-supported': 9,
};

/** Which use of a platform or tool an event is judged for: one offering of one scenario. */
export interface LifecycleScope {
  dataset: Dataset;
  scenario: Entry<ScenarioData>;
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

/** Whether it has ended, for this use, on or before `today`. The one home of "is it retired". */
export function isRetired(entry: WithLifecycle, today: string, scope?: LifecycleScope): boolean {
  const event = retirement(entry, scope);
  return Boolean(event && event.date <= today);
}

/** Lifecycle events of this use dated on or before `date`, oldest first: what was known then. */
export function lifecycleEventsKnownOn(entry: WithLifecycle, date: string, scope?: LifecycleScope): LifecycleEventData[] {
  return (entry?.data.lifecycle ?? [])
    .filter((event) => event.date <= date && eventAppliesTo(event, scope))
    .sort((a, b) => a.date.localeCompare(b.date));
}

export function scenarioTitle(dataset: Dataset, scenario: ScenarioData): string {
  return `${dataset.platforms[scenario.source].data.name} → ${dataset.platforms[scenario.target].data.name}`;
}

const SEVERITY_ORDER = Object.fromEntries(SEVERITY_IDS.map((id, index) => [id, index])) as Record<Severity, number>;

export function bySeverity<T extends { data: { severity: Severity } }>(a: T, b: T): number {
  return SEVERITY_ORDER[a.data.severity] - SEVERITY_ORDER[b.data.severity];
}

/** Limitations and prerequisites whose selector covers this scenario, most severe first. */
export function considerationsFor(dataset: Dataset, scenario: Entry<ScenarioData>): Entry<ConsiderationData>[] {
  return Object.values(dataset.considerations)
    .filter((entry) => selectorMatchesScenario(entry.data.appliesTo, scenario, dataset))
    .sort((a, b) => bySeverity(a, b) || a.data.title.localeCompare(b.data.title));
}

/** The considerations that apply to one offering (its tool and mode) of a scenario. */
export function considerationsForOffering(
  dataset: Dataset,
  scenario: Entry<ScenarioData>,
  offering: { tool: string; mode: Mode },
): Entry<ConsiderationData>[] {
  return considerationsFor(dataset, scenario).filter((entry) => selectorMatchesOffering(entry.data.appliesTo, offering));
}

export function scenariosFrom(dataset: Dataset, platform: string): Entry<ScenarioData>[] {
  return Object.values(dataset.scenarios).filter((s) => s.data.source === platform);
}

export function scenariosTo(dataset: Dataset, platform: string): Entry<ScenarioData>[] {
  return Object.values(dataset.scenarios).filter((s) => s.data.target === platform);
}
