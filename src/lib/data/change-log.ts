import type { Citation } from '../schema/citation.ts';
import type { LifecycleEventData } from '../schema/lifecycle.ts';
import type { ScenarioData } from '../schema/scenario.ts';
import { CHANGE_KINDS, LIFECYCLE_EVENTS, MODE_IDS, type ChangeKind, type Engine, type LifecycleEvent, type Mode, type Status } from '../schema/vocabulary.ts';
import { statusChanges, type StatusChange } from './changes.ts';
import type { Dataset, Entry } from './dataset.ts';
import { hasHappened } from './queries.ts';

/*
 * The site's change log: what the documents announced, newest first. Status changes come from
 * statusChanges() (first listings and changes, never re-confirmations): a scenario's first listing
 * is one piece of news about the scenario with every path listed that day, later ones are news
 * about a tool's paths. Lifecycle events (retirements, deprecations, the end of a host product)
 * come from platforms' and tools' `lifecycle`. The home page shows the newest few, /changes/ all.
 */

/**
 * One tool's offerings that reached the same status on the same day, from the same status, for
 * scenarios of one source engine: a retirement of DMS (classic) is one piece of news about four
 * SQL Server scenarios, not four. The engine keeps each piece about one kind of database, so the
 * change log's engine filter never shows a MySQL reader a PostgreSQL scenario.
 */
export interface StatusNews {
  kind: 'status';
  date: string;
  tool: string;
  /** The status before; absent for a first listing. */
  from?: Status;
  to: Status;
  /** The engine of the scenarios' source. */
  engine: Engine;
  /** The documents that state it: every citation of the history entries grouped here, each once. */
  cite: Citation[];
  /** The scenarios concerned, each once with its modes, in the order statusChanges gives them. */
  scenarios: { scenario: Entry<ScenarioData>; modes: Mode[] }[];
}

/**
 * A scenario's first listing: the day a document first listed any path for its pair, with every
 * path listed that day. It is news once, as a scenario, never also as first listings of its paths.
 */
export interface ScenarioNews {
  kind: 'scenario';
  date: string;
  scenario: Entry<ScenarioData>;
  /** The paths first listed that day, in file order, each with the status it was listed at. */
  paths: { tool: string; mode: Mode; status: Status }[];
  cite: Citation[];
}

/** A dated event in the life of a platform or tool. */
export interface LifecycleNews {
  kind: 'lifecycle';
  date: string;
  subject: 'platform' | 'tool';
  id: string;
  event: LifecycleEventData;
}

export type News = StatusNews | ScenarioNews | LifecycleNews;

/** Every piece of news dated on or before `today`, newest first; on one day, lifecycle events first, then new scenarios. */
export function changeLog(dataset: Dataset, today: string): News[] {
  return [...lifecycleNews(dataset).filter((news) => hasHappened(news, today)), ...scenarioNews(dataset), ...statusNews(dataset)].sort(newestFirst);
}

/** Lifecycle events dated after `today` (announced retirements), soonest first. */
export function upcomingEvents(dataset: Dataset, today: string): LifecycleNews[] {
  return lifecycleNews(dataset)
    .filter((news) => !hasHappened(news, today))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** Whether a status change is its scenario's first listing, which scenarioNews tells instead. */
function listsNewScenario({ scenario, entry, first }: StatusChange): boolean {
  return first && entry.date === scenarioFirstListed(scenario.data);
}

/**
 * Status changes, other than new scenarios, grouped by (date, tool, from, to, source engine), in
 * the order statusChanges gives them.
 */
export function statusNews(dataset: Dataset): StatusNews[] {
  const groups = new Map<string, StatusNews>();
  for (const change of statusChanges(dataset)) {
    if (listsNewScenario(change)) continue;
    const { scenario, offering, entry, first } = change;
    const index = offering.history.indexOf(entry);
    const from = first ? undefined : offering.history[index - 1].status;
    const engine = dataset.platforms[scenario.data.source].data.engine;
    const key = [entry.date, offering.tool, from ?? '', entry.status, engine].join('|');
    const group = groups.get(key) ?? { kind: 'status', date: entry.date, tool: offering.tool, from, to: entry.status, engine, cite: [], scenarios: [] };
    const same = group.scenarios.find((s) => s.scenario.id === scenario.id);
    if (same) same.modes.push(offering.mode);
    else group.scenarios.push({ scenario, modes: [offering.mode] });
    addCitations(group.cite, entry.cite);
    groups.set(key, group);
  }
  for (const group of groups.values()) for (const s of group.scenarios) s.modes.sort((a, b) => MODE_IDS.indexOf(a) - MODE_IDS.indexOf(b));
  return [...groups.values()];
}

/** Each scenario's first listing, with the paths listed that day in file order. */
export function scenarioNews(dataset: Dataset): ScenarioNews[] {
  const byScenario = new Map<string, ScenarioNews>();
  for (const { scenario, offering, entry } of statusChanges(dataset).filter(listsNewScenario)) {
    const news = byScenario.get(scenario.id) ?? { kind: 'scenario', date: entry.date, scenario, paths: [], cite: [] };
    news.paths.push({ tool: offering.tool, mode: offering.mode, status: entry.status });
    addCitations(news.cite, entry.cite);
    byScenario.set(scenario.id, news);
  }
  for (const news of byScenario.values()) {
    const order = news.scenario.data.offerings.map((o) => `${o.tool}|${o.mode}`);
    news.paths.sort((a, b) => order.indexOf(`${a.tool}|${a.mode}`) - order.indexOf(`${b.tool}|${b.mode}`));
  }
  return [...byScenario.values()];
}

/** Every dated event in the life of a platform or tool, in file order (dated in the future too). */
export function lifecycleNews(dataset: Dataset): LifecycleNews[] {
  const of = (subject: LifecycleNews['subject'], entries: Record<string, { id: string; data: { lifecycle: LifecycleEventData[] } }>) =>
    Object.values(entries).flatMap((entry) => entry.data.lifecycle.map((event): LifecycleNews => ({ kind: 'lifecycle', date: event.date, subject, id: entry.id, event })));
  return [...of('platform', dataset.platforms), ...of('tool', dataset.tools)];
}

const SAME_DAY_ORDER: Record<News['kind'], number> = { lifecycle: 0, scenario: 1, status: 2 };

/** Newest first; on one day lifecycle events (the cause) before the status changes they bring, new scenarios between. Stable otherwise. */
function newestFirst(a: News, b: News): number {
  return b.date.localeCompare(a.date) || SAME_DAY_ORDER[a.kind] - SAME_DAY_ORDER[b.kind];
}

/**
 * A new scenario's paths told the way status news tells them: one tool at one status with its
 * modes ("DMS ✔ GA (offline and online)"), in the order of the paths given.
 */
export function pathsByToolAndStatus(paths: ScenarioNews['paths']): { tool: string; status: Status; modes: Mode[] }[] {
  const groups: { tool: string; status: Status; modes: Mode[] }[] = [];
  for (const { tool, status, mode } of paths) {
    const group = groups.find((g) => g.tool === tool && g.status === status);
    if (group) group.modes.push(mode);
    else groups.push({ tool, status, modes: [mode] });
  }
  for (const group of groups) group.modes.sort((a, b) => MODE_IDS.indexOf(a) - MODE_IDS.indexOf(b));
  return groups;
}

/** The date a document first listed any path of a scenario: when it became news as a scenario. */
export function scenarioFirstListed(scenario: ScenarioData): string {
  return scenario.offerings.map((offering) => offering.history[0].date).reduce((a, b) => (b < a ? b : a));
}

/** Adds to `list` the citations it does not hold yet, in order. */
function addCitations(list: Citation[], more: readonly Citation[]): void {
  for (const citation of more) if (!list.some((c) => c.doc === citation.doc && c.section === citation.section)) list.push(citation);
}

/** The documents that state a piece of news. */
export function newsCitations(news: News): Citation[] {
  return news.kind === 'lifecycle' ? news.event.cite : news.cite;
}

/** The kind of change each lifecycle event is: the two that end a platform or tool (LIFECYCLE_EVENTS' `ends`) are retirements. */
const LIFECYCLE_KINDS: Record<LifecycleEvent, ChangeKind> = {
  announced: 'announced',
  'creation-blocked': 'creation-blocked',
  deprecated: 'deprecated',
  'standard-support-ends': 'standard-support-ends',
  retired: 'retirement',
  'ended-with-host': 'retirement',
};

/** Which kind of change a piece of news is (CHANGE_KINDS), for the change log's filter. */
export function changeKind(news: News): ChangeKind {
  if (news.kind === 'lifecycle') return LIFECYCLE_KINDS[news.event.event];
  if (news.kind === 'scenario') return 'new-scenario';
  return news.from === undefined ? 'first-listing' : 'status-change';
}

/** The kind of news in one or two words, for a tag beside it: a lifecycle event in its own words ("Ended with its host"). */
export function newsKind(news: News): string {
  if (news.kind === 'lifecycle') return LIFECYCLE_EVENTS[news.event.event].label;
  return CHANGE_KINDS[changeKind(news)].label;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** News grouped by calendar month in the order given, each month named ("March 2026") with an id ("2026-03"). */
export function byMonth<T extends { date: string }>(items: readonly T[]): { id: string; name: string; items: T[] }[] {
  const months: { id: string; name: string; items: T[] }[] = [];
  for (const item of items) {
    const id = item.date.slice(0, 7);
    if (months.at(-1)?.id !== id) months.push({ id, name: `${MONTHS[Number(id.slice(5, 7)) - 1]} ${id.slice(0, 4)}`, items: [] });
    (months.at(-1) as { items: T[] }).items.push(item);
  }
  return months;
}
