import { CHANGE_KIND_IDS, ENGINE_IDS, type ChangeKind, type Engine } from '../schema/vocabulary.ts';
import { changeKind, changeLog, upcomingEvents, type LifecycleNews, type News } from './change-log.ts';
import { matchesChange, type ChangeFacets, type ChangeFilters } from './change-filter.ts';
import type { Dataset } from './dataset.ts';
import { eventAppliesTo } from './queries.ts';

/*
 * The change log as the changes page, its per-engine pages and api/changes.json all read it: each
 * piece of news (change-log.ts) with the keys it is filtered by (engines, tools, kind, year) and a
 * stable id, plus the values each filter can take. One function computes it, so the page, the
 * subsets and the JSON can never disagree about what changed.
 */

/** One piece of news with what the change log's filters read. */
export interface ChangeEvent {
  /** Unique in one build and stable across builds while the content says the same: the item's anchor on /changes/. */
  id: string;
  date: string;
  year: string;
  kind: ChangeKind;
  /** The engines of the scenarios it concerns, sources and targets alike, in vocabulary order. */
  engines: Engine[];
  /** The tools it is about: the one whose status changed or whose lifecycle it is, a new scenario's every tool, none for a platform. */
  tools: string[];
  news: News;
}

export interface ChangeList {
  /** Dated on or before today, newest first: the changes. */
  events: ChangeEvent[];
  /** Announced for a later date (a retirement ahead), soonest first: not changes yet. */
  upcoming: ChangeEvent[];
  /** The values the filters offer: those some event or announcement has. */
  facets: ChangeFacets;
}

/** Every change and announcement as of `today`, with the filters' values. */
export function changeList(dataset: Dataset, today: string): ChangeList {
  const ids = new Set<string>();
  const toEvent = (news: News) => changeEvent(dataset, news, ids);
  const events = changeLog(dataset, today).map(toEvent);
  const upcoming = upcomingEvents(dataset, today).map(toEvent);
  return { events, upcoming, facets: changeFacets([...events, ...upcoming], (id) => dataset.tools[id]?.data.name ?? id) };
}

/** The events a set of filters keeps, in the order given. */
export function filterChanges(events: readonly ChangeEvent[], filters: ChangeFilters): ChangeEvent[] {
  return events.filter((event) => matchesChange(event, filters));
}

/** Each filter's values among these events: engines and kinds in vocabulary order, tools by name, years newest first. */
export function changeFacets(events: readonly ChangeEvent[], toolName: (id: string) => string): ChangeFacets {
  const engines = new Set(events.flatMap((event) => event.engines));
  const kinds = new Set(events.map((event) => event.kind));
  return {
    engines: ENGINE_IDS.filter((engine) => engines.has(engine)),
    tools: [...new Set(events.flatMap((event) => event.tools))].sort((a, b) => toolName(a).localeCompare(toolName(b))),
    kinds: CHANGE_KIND_IDS.filter((kind) => kinds.has(kind)),
    years: [...new Set(events.map((event) => event.year))].sort().reverse(),
  };
}

function changeEvent(dataset: Dataset, news: News, ids: Set<string>): ChangeEvent {
  const kind = changeKind(news);
  const engines =
    news.kind === 'status' ? scenarioEngines(dataset, news.scenarios.map((s) => s.scenario.id)) : news.kind === 'scenario' ? scenarioEngines(dataset, [news.scenario.id]) : lifecycleEngines(dataset, news);
  const tools = news.kind === 'status' ? [news.tool] : news.kind === 'scenario' ? [...new Set(news.paths.map((p) => p.tool))] : news.subject === 'tool' ? [news.id] : [];
  return { id: uniqueId(eventId(news, kind), ids), date: news.date, year: news.date.slice(0, 4), kind, engines, tools, news };
}

/**
 * Readable and built only from what the news says, so the same news keeps its id from build to
 * build. It is also the item's anchor on the page, and an HTML id must begin with a letter.
 */
function eventId(news: News, kind: ChangeKind): string {
  if (news.kind === 'lifecycle') return `change-${news.date}-${news.subject}-${news.id}-${news.event.event}`;
  if (news.kind === 'scenario') return `change-${news.date}-new-${news.scenario.id}`;
  return `change-${news.date}-${news.tool}-${news.from ?? kind}-${news.to}-${news.engine}`;
}

function uniqueId(id: string, taken: Set<string>): string {
  let unique = id;
  for (let n = 2; taken.has(unique); n += 1) unique = `${id}-${n}`;
  taken.add(unique);
  return unique;
}

/** The engines of these scenarios' sources and targets (Oracle → Azure SQL is news for both), in vocabulary order. */
function scenarioEngines(dataset: Dataset, scenarioIds: readonly string[]): Engine[] {
  const engines = new Set<Engine>();
  for (const id of scenarioIds) {
    const { source, target } = dataset.scenarios[id].data;
    engines.add(dataset.platforms[source].data.engine);
    engines.add(dataset.platforms[target].data.engine);
  }
  return ENGINE_IDS.filter((engine) => engines.has(engine));
}

/**
 * A platform's event concerns its engine. A tool's concerns the engines of the scenarios it is
 * offered in and the event applies to (DMS (classic) retired for SQL Server only); a tool no
 * scenario offers any more takes its successor's, since the successor serves the same migrations.
 */
function lifecycleEngines(dataset: Dataset, news: LifecycleNews): Engine[] {
  if (news.subject === 'platform') return [dataset.platforms[news.id].data.engine];
  const scenariosOf = (tool: string) =>
    Object.values(dataset.scenarios)
      .filter((scenario) => scenario.data.offerings.some((offering) => offering.tool === tool))
      .filter((scenario) => eventAppliesTo(news.event, { dataset, scenario }))
      .map((scenario) => scenario.id);
  const own = scenariosOf(news.id);
  const successor = news.event.successor;
  return scenarioEngines(dataset, own.length === 0 && successor ? scenariosOf(successor) : own);
}
