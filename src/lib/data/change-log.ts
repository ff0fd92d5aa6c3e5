import type { LifecycleEventData } from '../schema/lifecycle.ts';
import type { ScenarioData } from '../schema/scenario.ts';
import { LIFECYCLE_EVENTS, MODE_IDS, type Mode, type Status } from '../schema/vocabulary.ts';
import { statusChanges } from './changes.ts';
import type { Dataset, Entry } from './dataset.ts';
import { hasHappened } from './queries.ts';

/*
 * The site's change log: what the documents announced, newest first. Status changes come from
 * statusChanges() (first listings and changes, never re-confirmations); lifecycle events
 * (retirements, deprecations, the end of a host product) from platforms' and tools' `lifecycle`.
 * The home page shows the newest few, /changes/ all of them by month.
 */

/**
 * One tool's offerings that reached the same status on the same day, from the same status: a
 * retirement of DMS (classic) is one piece of news about four scenarios, not four.
 */
export interface StatusNews {
  kind: 'status';
  date: string;
  tool: string;
  /** The status before; absent for a first listing. */
  from?: Status;
  to: Status;
  /** The scenarios concerned, each once with its modes, in the order statusChanges gives them. */
  scenarios: { scenario: Entry<ScenarioData>; modes: Mode[] }[];
}

/** A dated event in the life of a platform or tool. */
export interface LifecycleNews {
  kind: 'lifecycle';
  date: string;
  subject: 'platform' | 'tool';
  id: string;
  event: LifecycleEventData;
}

export type News = StatusNews | LifecycleNews;

/** Every piece of news dated on or before `today`, newest first; on one day, lifecycle events first. */
export function changeLog(dataset: Dataset, today: string): News[] {
  return [...lifecycleNews(dataset).filter((news) => hasHappened(news, today)), ...statusNews(dataset)].sort(newestFirst);
}

/** Lifecycle events dated after `today` (announced retirements), soonest first. */
export function upcomingEvents(dataset: Dataset, today: string): LifecycleNews[] {
  return lifecycleNews(dataset)
    .filter((news) => !hasHappened(news, today))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** Status changes grouped by (date, tool, from, to), in the order statusChanges gives them. */
export function statusNews(dataset: Dataset): StatusNews[] {
  const groups = new Map<string, StatusNews>();
  for (const { scenario, offering, entry, first } of statusChanges(dataset)) {
    const index = offering.history.indexOf(entry);
    const from = first ? undefined : offering.history[index - 1].status;
    const key = [entry.date, offering.tool, from ?? '', entry.status].join('|');
    const group = groups.get(key) ?? { kind: 'status', date: entry.date, tool: offering.tool, from, to: entry.status, scenarios: [] };
    const same = group.scenarios.find((s) => s.scenario.id === scenario.id);
    if (same) same.modes.push(offering.mode);
    else group.scenarios.push({ scenario, modes: [offering.mode] });
    groups.set(key, group);
  }
  for (const group of groups.values()) for (const s of group.scenarios) s.modes.sort((a, b) => MODE_IDS.indexOf(a) - MODE_IDS.indexOf(b));
  return [...groups.values()];
}

/** Every dated event in the life of a platform or tool, in file order (dated in the future too). */
export function lifecycleNews(dataset: Dataset): LifecycleNews[] {
  const of = (subject: LifecycleNews['subject'], entries: Record<string, { id: string; data: { lifecycle: LifecycleEventData[] } }>) =>
    Object.values(entries).flatMap((entry) => entry.data.lifecycle.map((event): LifecycleNews => ({ kind: 'lifecycle', date: event.date, subject, id: entry.id, event })));
  return [...of('platform', dataset.platforms), ...of('tool', dataset.tools)];
}

/** Newest first; on one day lifecycle events (the cause) before the status changes they bring. Stable otherwise. */
function newestFirst(a: News, b: News): number {
  return b.date.localeCompare(a.date) || Number(a.kind === 'status') - Number(b.kind === 'status');
}

/** The kind of news in one or two words, for a tag beside it. */
export function newsKind(news: News): string {
  if (news.kind === 'lifecycle') return LIFECYCLE_EVENTS[news.event.event].label;
  return news.from === undefined ? 'First listed' : 'Status change';
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
