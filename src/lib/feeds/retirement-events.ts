import { lifecycleNews, type LifecycleNews } from '../data/change-log.ts';
import type { Dataset, Entry } from '../data/dataset.ts';
import { scopePhrase } from '../data/lifecycle-words.ts';
import { eventAppliesTo, offeringToolName, repeatsPrevious, scenarioTitle } from '../data/queries.ts';
import type { Citation } from '../schema/citation.ts';
import type { OfferingData, ScenarioData } from '../schema/scenario.ts';
import { LIFECYCLE_EVENTS, MODE_IDS, MODES, STATUSES, type LifecycleEvent, type Status } from '../schema/vocabulary.ts';
import type { Concerns, FeedSubject } from './subjects.ts';
import { tagUri } from './tag-ids.ts';

/**
 * One event of the retirement calendars, past or future: a dated lifecycle event of a platform or
 * tool (a retirement, an end with the host product, and the steps before them such as "no new
 * instances" or the end of standard support), or the end of migration paths that no lifecycle
 * event of the same day explains. Words and content ids only; ics.ts adds links.
 */
export interface RetirementEvent {
  /** A tag: URI from content ids (tag-ids.ts); never from SITE_URL. */
  uid: string;
  date: string;
  /** The kind (a lifecycle event id, or `path-<status>`) and its label, one CATEGORY each. */
  kind: { term: string; label: string };
  /** What ends or changes: a platform, a tool or migration paths. */
  subject: 'Platform' | 'Tool' | 'Migration path';
  summary: string;
  /** Plain sentences for the description. */
  lines: string[];
  page: FeedSubject;
  cite: Citation[];
  /** Calendars that carry it: its platform or tool, and the tools and platforms of the paths it concerns. */
  concerns: Concerns;
}

interface PathRef {
  scenario: Entry<ScenarioData>;
  offering: OfferingData;
}

/**
 * Whether an offering status is an end. The statuses that end a path share their ids with the
 * lifecycle events that end one (`retired`, `ended-with-host`), and the vocabulary marks those
 * events `ends`; `superseded` and `no-longer-listed` are not retirements (no notice was found).
 */
export function isEndingStatus(status: Status): boolean {
  return status in LIFECYCLE_EVENTS && LIFECYCLE_EVENTS[status as LifecycleEvent].ends;
}

/** Every retirement-calendar event, oldest first (ties keep file order). */
export function retirementEvents(dataset: Dataset): RetirementEvent[] {
  const lifecycle = lifecycleNews(dataset).map((news) => ({ news, applies: pathsConcerned(dataset, news) }));
  const explained = new Set<string>();
  const events = lifecycle.map(({ news, applies }) => {
    const ended = LIFECYCLE_EVENTS[news.event.event].ends ? applies.filter((path) => endsOn(path.offering, news.date)) : [];
    for (const path of ended) explained.add(pathKey(path, news.date));
    return lifecycleEvent(dataset, news, applies, ended);
  });
  events.push(...unexplainedPathEnds(dataset, explained));
  return events.sort((a, b) => a.date.localeCompare(b.date));
}

/** The paths a platform's or tool's event applies to (its `appliesTo` honoured). */
function pathsConcerned(dataset: Dataset, news: LifecycleNews): PathRef[] {
  return Object.values(dataset.scenarios).flatMap((scenario) =>
    scenario.data.offerings
      .filter((offering) =>
        news.subject === 'platform'
          ? (scenario.data.source === news.id || scenario.data.target === news.id) && eventAppliesTo(news.event, { dataset, scenario })
          : offering.tool === news.id && eventAppliesTo(news.event, { dataset, scenario, offering }),
      )
      .map((offering) => ({ scenario, offering })),
  );
}

/**
 * Whether an ending event on `date` ends this path: it could be used the day before (its latest
 * status before then is a supported one), or its history records an end that day.
 */
function endsOn(offering: OfferingData, date: string): boolean {
  const before = offering.history.filter((entry) => entry.date < date).at(-1);
  if (before && STATUSES[before.status].supported) return true;
  return offering.history.some((entry) => entry.date === date && isEndingStatus(entry.status));
}

function pathKey({ scenario, offering }: PathRef, date: string): string {
  return [scenario.id, offering.mode, offering.tool, date].join('|');
}

function lifecycleEvent(dataset: Dataset, news: LifecycleNews, applies: PathRef[], ended: PathRef[]): RetirementEvent {
  const { event } = news;
  const entry = news.subject === 'platform' ? dataset.platforms[news.id] : dataset.tools[news.id];
  const names = (id: string) => dataset.platforms[id]?.data.name ?? dataset.tools[id]?.data.name ?? id;
  const label = LIFECYCLE_EVENTS[event.event].label;
  const summary = `${entry.data.name}: ${label}${event.host ? ` (${event.host})` : ''}${scopePhrase(event.appliesTo, names)}`;
  const lines = [
    `${summary}, on ${event.date}.`,
    ...(event.note ? [event.note] : []),
    ...(event.successor ? [`Successor: ${names(event.successor)}.`] : []),
    ...(ended.length > 0 ? [`Migration paths it ends: ${describePaths(dataset, ended)}.`] : []),
  ];
  return {
    uid: tagUri('lifecycle', news.subject, news.id, event.event, event.date),
    date: event.date,
    kind: { term: event.event, label },
    subject: news.subject === 'platform' ? 'Platform' : 'Tool',
    summary,
    lines,
    page: { kind: news.subject === 'platform' ? 'platforms' : 'tools', id: news.id },
    cite: event.cite,
    concerns: {
      scenarios: unique(applies.map((path) => path.scenario.id)),
      tools: unique([...(news.subject === 'tool' ? [news.id] : []), ...applies.map((path) => path.offering.tool)]),
      platforms: unique([...(news.subject === 'platform' ? [news.id] : []), ...applies.flatMap((path) => [path.scenario.data.source, path.scenario.data.target])]),
    },
  };
}

/**
 * Ends recorded in offering histories that no platform or tool event of that day explains, one
 * event per (date, tool, status): a tool ending for several scenarios on one day is one date.
 */
function unexplainedPathEnds(dataset: Dataset, explained: Set<string>): RetirementEvent[] {
  const groups = new Map<string, { date: string; tool: string; status: Status; paths: PathRef[]; cite: Citation[] }>();
  for (const scenario of Object.values(dataset.scenarios)) {
    for (const offering of scenario.data.offerings) {
      offering.history.forEach((entry, index) => {
        if (!isEndingStatus(entry.status) || repeatsPrevious(offering.history, index)) return;
        if (explained.has(pathKey({ scenario, offering }, entry.date))) return;
        const key = [entry.date, offering.tool, entry.status].join('|');
        const group = groups.get(key) ?? { date: entry.date, tool: offering.tool, status: entry.status, paths: [], cite: [] };
        group.paths.push({ scenario, offering });
        for (const c of entry.cite) if (!group.cite.some((known) => known.doc === c.doc && known.section === c.section)) group.cite.push(c);
        groups.set(key, group);
      });
    }
  }
  return [...groups.values()].map(({ date, tool, status, paths, cite }) => {
    const scenarios = unique(paths.map((path) => path.scenario.id));
    const label = STATUSES[status].label;
    const toolName = offeringToolName(dataset.tools, paths[0].offering);
    const summary = `${toolName}: ${label} for ${describePaths(dataset, paths)}`;
    const notes = unique(paths.flatMap(({ offering }) => offering.history.filter((e) => e.date === date && e.note).map((e) => e.note as string)));
    return {
      uid: tagUri('path-end', tool, status, date),
      date,
      kind: { term: `path-${status}`, label },
      subject: 'Migration path',
      summary,
      lines: [`${summary}, on ${date}.`, ...notes],
      page: scenarios.length === 1 ? { kind: 'scenarios', id: scenarios[0] } : { kind: 'tools', id: tool },
      cite,
      concerns: {
        scenarios,
        tools: [tool],
        platforms: unique(paths.flatMap((path) => [path.scenario.data.source, path.scenario.data.target])),
      },
    } satisfies RetirementEvent;
  });
}

/** "SQL Server → Azure SQL Database (offline, online); …", each scenario once, modes in order. */
function describePaths(dataset: Dataset, paths: PathRef[]): string {
  const byScenario = new Map<string, { scenario: Entry<ScenarioData>; modes: Set<string>; tools: Set<string> }>();
  for (const { scenario, offering } of paths) {
    const known = byScenario.get(scenario.id) ?? { scenario, modes: new Set(), tools: new Set() };
    known.modes.add(offering.mode);
    known.tools.add(offeringToolName(dataset.tools, offering, 'short'));
    byScenario.set(scenario.id, known);
  }
  return [...byScenario.values()]
    .map(({ scenario, modes, tools }) => {
      const modeWords = MODE_IDS.filter((mode) => modes.has(mode)).map((mode) => MODES[mode].label.toLowerCase());
      return `${scenarioTitle(dataset, scenario.data)} (${modeWords.join(', ')}; ${[...tools].join(', ')})`;
    })
    .join('; ');
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
