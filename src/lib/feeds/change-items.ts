import { lifecycleNews, newsKind, type LifecycleNews, type StatusNews } from '../data/change-log.ts';
import { statusChanges, type StatusChange } from '../data/changes.ts';
import type { Dataset } from '../data/dataset.ts';
import { eventSentence, scopePhrase } from '../data/lifecycle-words.ts';
import { eventAppliesTo, hasHappened, offeringToolName, scenarioTitle } from '../data/queries.ts';
import type { Citation } from '../schema/citation.ts';
import { MODES, STATUSES } from '../schema/vocabulary.ts';
import type { Concerns, FeedSubject } from './subjects.ts';
import { tagUri } from './tag-ids.ts';

/**
 * One entry of the change feeds: a status change of one offering (its first listing included) or
 * one lifecycle event of a platform or tool. Words and content ids only; links are added when the
 * feed is written (atom.ts), so the same items serve any SITE_URL or BASE_PATH.
 */
export interface ChangeItem {
  /** A tag: URI from content ids (tag-ids.ts). */
  id: string;
  date: string;
  /** A stable term for the kind (`first-listed`, `status-change`, or the lifecycle event id) and its label. */
  category: { term: string; label: string };
  title: string;
  /** Plain sentences: what changed and, when the content says, why. */
  text: string;
  /** The page the entry is about. */
  page: FeedSubject;
  /** The documents that state it. */
  cite: Citation[];
  concerns: Concerns;
}

/**
 * Every change published as of `today`, newest first, on one day the lifecycle events (the cause)
 * before the status changes they bring: each status change statusChanges() gives (first listings
 * and changes, never re-confirmations) and each lifecycle event of a platform or tool. An event
 * dated after `today` waits for a build on or after its date.
 */
export function changeItems(dataset: Dataset, today: string): ChangeItem[] {
  const lifecycle = lifecycleNews(dataset)
    .filter((news) => hasHappened(news, today))
    .map((news) => lifecycleItem(dataset, news, today));
  const status = statusChanges(dataset)
    .filter((change) => hasHappened(change.entry, today))
    .map((change) => statusItem(dataset, change));
  // Array.prototype.sort is stable: within a day lifecycle events stay first, each list in its order.
  return [...lifecycle, ...status].sort((a, b) => b.date.localeCompare(a.date));
}

function statusItem(dataset: Dataset, { scenario, offering, entry, first }: StatusChange): ChangeItem {
  const from = first ? undefined : offering.history[offering.history.indexOf(entry) - 1].status;
  // The change log's own wording of the kind, for one offering.
  const news: StatusNews = {
    kind: 'status',
    date: entry.date,
    tool: offering.tool,
    from,
    to: entry.status,
    engine: dataset.platforms[scenario.data.source].data.engine,
    cite: entry.cite,
    scenarios: [{ scenario, modes: [offering.mode] }],
  };
  const path = `${scenarioTitle(dataset, scenario.data)}, ${MODES[offering.mode].label.toLowerCase()} with ${offeringToolName(dataset.tools, offering)}`;
  const to = STATUSES[entry.status].label;
  const title = from === undefined ? `${path}: first listed as ${to}` : `${path}: ${STATUSES[from].label} → ${to}`;
  const sentence =
    from === undefined
      ? `On ${entry.date} a document first listed this migration path as ${to}.`
      : `On ${entry.date} its status changed from ${STATUSES[from].label} to ${to}.`;
  return {
    id: tagUri('status', scenario.id, offering.mode, offering.tool, entry.date, entry.status),
    date: entry.date,
    category: { term: from === undefined ? 'first-listed' : 'status-change', label: newsKind(news) },
    title,
    text: entry.note ? `${sentence} ${entry.note}` : sentence,
    page: { kind: 'scenarios', id: scenario.id },
    cite: entry.cite,
    concerns: { scenarios: [scenario.id], tools: [offering.tool], platforms: [scenario.data.source, scenario.data.target] },
  };
}

function lifecycleItem(dataset: Dataset, news: LifecycleNews, today: string): ChangeItem {
  const { event } = news;
  const entry = news.subject === 'platform' ? dataset.platforms[news.id] : dataset.tools[news.id];
  const names = (id: string) => dataset.platforms[id]?.data.name ?? dataset.tools[id]?.data.name ?? id;
  const sentence = `${eventSentence(entry.data.name, event, today)}${scopePhrase(event.appliesTo, names)}.`;
  const successor = event.successor ? ` Its successor is ${names(event.successor)}.` : '';
  return {
    id: tagUri('lifecycle', news.subject, news.id, event.event, event.date),
    date: event.date,
    category: { term: event.event, label: newsKind(news) },
    title: sentence.replace(/\.$/, ''),
    text: `${sentence}${successor}${event.note ? ` ${event.note}` : ''}`,
    page: { kind: news.subject === 'platform' ? 'platforms' : 'tools', id: news.id },
    cite: event.cite,
    concerns: lifecycleConcerns(dataset, news),
  };
}

/**
 * A platform's or tool's event concerns the subject itself and the scenarios it applies to: those
 * with the platform as source or target, or with an offering of the tool that the event's
 * `appliesTo` covers (DMS (classic)'s retirement concerns its SQL Server scenarios only).
 */
function lifecycleConcerns(dataset: Dataset, news: LifecycleNews): Concerns {
  const scenarios = Object.values(dataset.scenarios).filter((scenario) => {
    const scope = { dataset, scenario };
    if (news.subject === 'platform') {
      return (scenario.data.source === news.id || scenario.data.target === news.id) && eventAppliesTo(news.event, scope);
    }
    return scenario.data.offerings.some((offering) => offering.tool === news.id && eventAppliesTo(news.event, { ...scope, offering }));
  });
  return {
    scenarios: scenarios.map((scenario) => scenario.id),
    tools: news.subject === 'tool' ? [news.id] : [],
    platforms: news.subject === 'platform' ? [news.id] : [],
  };
}
