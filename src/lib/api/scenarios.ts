import type { Dataset } from '../data/dataset.ts';
import { currentStatus, statusSince } from '../data/queries.ts';
import type { Citation } from '../schema/citation.ts';
import { STATUSES, type Mode, type Status } from '../schema/vocabulary.ts';

/**
 * The published form of the scenarios (`api/scenarios.json`). `version` changes only when a
 * field is removed or changes meaning, so a wiki macro written against version 1 keeps working
 * while fields are added.
 */
export const API_VERSION = 1;

export interface ApiRef {
  id: string;
  name: string;
}

export interface ApiCitation {
  title: string;
  url: string;
  date: string;
  section?: string;
  /** The live page, when `url` is a dated copy of it (a commit of its source repository). */
  liveUrl?: string;
}

export interface ApiStatusEntry {
  date: string;
  status: Status;
  supported: boolean;
  /** `confirmation` when a later document repeats the status before it: not news. */
  kind: 'event' | 'confirmation';
  note?: string;
  citations: ApiCitation[];
}

export interface ApiFootnote {
  id: string;
  /** Rendered from Markdown and sanitised at build time. */
  html: string;
  citations: ApiCitation[];
}

export interface ApiOffering {
  tool: ApiRef;
  mode: Mode;
  /** Whether the offering can be used today (GA or a preview). */
  supported: boolean;
  status: Status;
  /** False when the documents list the path without giving it a status (never read it as GA). */
  statusStated: boolean;
  /** The date the offering first reached its current status. */
  since: string;
  /** The tool's name as this offering's documents give it, when different ("DMS (classic)"). */
  documentedAs?: string;
  footnotes: ApiFootnote[];
  /** The first document cited for the current status. */
  citation: ApiCitation;
  /** Every dated statement, oldest first; the last one is the current status. */
  history: ApiStatusEntry[];
}

export interface ApiScenario {
  id: string;
  url: string;
  source: ApiRef;
  target: ApiRef;
  reviewed: string;
  offerings: ApiOffering[];
  /** Other scenarios a reader of this one should know about, with why. */
  related: { id: string; reason: string }[];
}

export interface ScenariosApi {
  version: typeof API_VERSION;
  generated: string;
  scenarios: ApiScenario[];
}

export interface ScenariosApiOptions {
  /** YYYY-MM-DD, normally the build date. */
  generated: string;
  /** The absolute address of a scenario's page (the site URL and base path are the caller's). */
  scenarioUrl: (id: string) => string;
}

/** A citation as the APIs publish it: the document's title, address and date, and the section cited. */
export function apiCitation(dataset: Dataset, c: Citation): ApiCitation {
  const doc = dataset.documents[c.doc].data;
  return { title: doc.title, url: doc.url, date: doc.date, ...(c.section && { section: c.section }), ...(doc.liveUrl && { liveUrl: doc.liveUrl }) };
}

/** Builds the JSON API from a validated dataset; scenarios in id order so diffs stay small. */
export function buildScenariosApi(dataset: Dataset, options: ScenariosApiOptions): ScenariosApi {
  const citation = (c: Citation) => apiCitation(dataset, c);
  const ref = (collection: 'platforms' | 'tools', id: string): ApiRef => ({ id, name: dataset[collection][id].data.name });
  const footnote = (id: string): ApiFootnote => ({
    id,
    html: dataset.footnotes[id].html,
    citations: dataset.footnotes[id].data.cite.map(citation),
  });

  const scenarios = Object.values(dataset.scenarios)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ id, data }): ApiScenario => ({
      id,
      url: options.scenarioUrl(id),
      source: ref('platforms', data.source),
      target: ref('platforms', data.target),
      reviewed: data.reviewed,
      offerings: data.offerings.map((offering): ApiOffering => {
        const current = currentStatus(offering);
        return {
          tool: ref('tools', offering.tool),
          mode: offering.mode,
          supported: STATUSES[current.status].supported,
          status: current.status,
          statusStated: STATUSES[current.status].stated,
          since: statusSince(offering),
          ...(offering.documentedAs && { documentedAs: offering.documentedAs }),
          footnotes: offering.footnotes.map(footnote),
          citation: citation(current.cite[0]),
          history: offering.history.map((entry) => ({
            date: entry.date,
            status: entry.status,
            supported: STATUSES[entry.status].supported,
            kind: entry.kind,
            ...(entry.note && { note: entry.note }),
            citations: entry.cite.map(citation),
          })),
        };
      }),
      related: data.related.map((r) => ({ id: r.scenario, reason: r.reason })),
    }));
  return { version: API_VERSION, generated: options.generated, scenarios };
}
