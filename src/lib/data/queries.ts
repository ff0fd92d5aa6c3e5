import type { ConsiderationData } from '../schema/consideration.ts';
import type { LifecycleEventData } from '../schema/lifecycle.ts';
import type { OfferingData, ScenarioData, StatusEntry } from '../schema/scenario.ts';
import { SEVERITY_IDS, STATUSES, type Mode, type Severity } from '../schema/vocabulary.ts';
import type { Dataset, Entry } from './dataset.ts';
import { selectorMatchesOffering, selectorMatchesScenario } from './selectors.ts';

/** An offering's status today: the newest entry of its history. */
export function currentStatus(offering: OfferingData): StatusEntry {
  return offering.history[offering.history.length - 1];
}

/** The date the offering first reached its current status (the "since" shown on pages). */
export function statusSince(offering: OfferingData): string {
  const current = currentStatus(offering).status;
  let since = offering.history.length - 1;
  while (since > 0 && offering.history[since - 1].status === current) since -= 1;
  return offering.history[since].date;
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

/** Lower is better: the order in which statuses win a matrix cell. */
export const STATUS_RANK = {
  ga: 0,
  preview: 1,
  'public-preview': 2,
  'private-preview': 3,
  retired: 4,
  'not-supported': 5,
} as const;

/** The retirement event of a platform or tool, if it has one. */
export function retirement(entry: { data: { lifecycle: LifecycleEventData[] } } | undefined): LifecycleEventData | undefined {
  return entry?.data.lifecycle.find((event) => event.event === 'retired');
}

export function isRetired(entry: { data: { lifecycle: LifecycleEventData[] } } | undefined, today: string): boolean {
  const event = retirement(entry);
  return Boolean(event && event.date <= today);
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
