import type { ChangeEvent, ChangeList } from '../data/change-events.ts';
import { newsCitations, newsKind } from '../data/change-log.ts';
import type { ChangeFacets } from '../data/change-filter.ts';
import type { Dataset } from '../data/dataset.ts';
import { scenarioTitle } from '../data/queries.ts';
import type { Selector } from '../schema/selector.ts';
import { MODE_IDS, type ChangeKind, type Engine, type LifecycleEvent, type Mode, type Status } from '../schema/vocabulary.ts';
import { apiCitation, type ApiCitation } from './scenarios.ts';

/**
 * The published form of the change log (`api/changes.json`): the same news as /changes/, from the
 * same list (change-events.ts), for scripts and wikis. `version` changes only when a field is
 * removed or changes meaning; fields are only ever added to version 1.
 */
export const CHANGES_API_VERSION = 1;

export interface ApiLink {
  id: string;
  name: string;
  url: string;
}

export interface ApiChange {
  /** Stable across builds; the item's anchor on the changes page. */
  id: string;
  date: string;
  kind: ChangeKind;
  /** The words the page's tag shows ("Status change", "Ended with its host"). */
  label: string;
  /** The engines of the platforms concerned, sources and targets alike. */
  engines: Engine[];
  subject: {
    /** For a status change or a new scenario: the scenarios, each with the modes that changed or were listed. */
    scenarios: (ApiLink & { modes: Mode[] })[];
    /** The tool whose status or lifecycle it is. */
    tool?: ApiLink;
    /** The platform whose lifecycle it is. */
    platform?: ApiLink;
  };
  /** For a status change: the status before (absent for a first listing) and after. */
  status?: { from?: Status; to: Status };
  /** For a new scenario: every path listed that day, with the status it was listed at. */
  paths?: { tool: ApiLink; mode: Mode; status: Status }[];
  /** For a lifecycle event: what happened, and to which uses when not all (`appliesTo`, as in content/). */
  lifecycle?: { event: LifecycleEvent; successor?: ApiLink; host?: string; appliesTo?: Selector; note?: string };
  /** The documents that state it, first the one to read. */
  citations: (ApiCitation & { doc: string })[];
  /** The item on the changes page. */
  url: string;
}

export interface ChangesApi {
  version: typeof CHANGES_API_VERSION;
  generated: string;
  /** The values the changes page's filters (`?engine=&tool=&kind=&year=`) take. */
  facets: ChangeFacets;
  /** Dated on or before `generated`, newest first. */
  changes: ApiChange[];
  /** Announced for a later date, soonest first: not changes yet. */
  upcoming: ApiChange[];
}

/** Where each thing lives: absolute when the site's address is known, else relative to the base path (the caller decides). */
export interface ChangeLinks {
  scenario: (id: string) => string;
  tool: (id: string) => string;
  platform: (id: string) => string;
  /** The changes page at one item. */
  change: (eventId: string) => string;
}

export function buildChangesApi(dataset: Dataset, list: ChangeList, options: { generated: string; links: ChangeLinks }): ChangesApi {
  const { links } = options;
  const tool = (id: string): ApiLink => ({ id, name: dataset.tools[id].data.name, url: links.tool(id) });
  const platform = (id: string): ApiLink => ({ id, name: dataset.platforms[id].data.name, url: links.platform(id) });
  const change = (event: ChangeEvent): ApiChange => {
    const { news } = event;
    const common = {
      id: event.id,
      date: event.date,
      kind: event.kind,
      label: newsKind(news),
      engines: event.engines,
    };
    const sources = {
      citations: newsCitations(news).map((c) => ({ doc: c.doc, ...apiCitation(dataset, c) })),
      url: links.change(event.id),
    };
    if (news.kind === 'status') {
      const scenarios = news.scenarios.map(({ scenario, modes }) => ({ id: scenario.id, name: scenarioTitle(dataset, scenario.data), url: links.scenario(scenario.id), modes }));
      return { ...common, subject: { scenarios, tool: tool(news.tool) }, status: { ...(news.from && { from: news.from }), to: news.to }, ...sources };
    }
    if (news.kind === 'scenario') {
      const { scenario } = news;
      const modes = MODE_IDS.filter((mode) => news.paths.some((p) => p.mode === mode));
      return {
        ...common,
        subject: { scenarios: [{ id: scenario.id, name: scenarioTitle(dataset, scenario.data), url: links.scenario(scenario.id), modes }] },
        paths: news.paths.map((p) => ({ tool: tool(p.tool), mode: p.mode, status: p.status })),
        ...sources,
      };
    }
    const { event: lifecycleEvent, successor, host, appliesTo, note } = news.event;
    const link = news.subject === 'tool' ? tool : platform;
    return {
      ...common,
      subject: { scenarios: [], [news.subject]: link(news.id) },
      lifecycle: { event: lifecycleEvent, ...(successor && { successor: link(successor) }), ...(host && { host }), ...(appliesTo && { appliesTo }), ...(note && { note }) },
      ...sources,
    };
  };
  return { version: CHANGES_API_VERSION, generated: options.generated, facets: list.facets, changes: list.events.map(change), upcoming: list.upcoming.map(change) };
}
