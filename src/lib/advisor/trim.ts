import { citationsIn } from '../data/citations.ts';
import type { Dataset } from '../data/dataset.ts';
import { currentRunStart } from '../data/queries.ts';
import type { LifecycleEventData } from '../schema/lifecycle.ts';
import type { StatusEntry } from '../schema/scenario.ts';
import { documentSubjects } from './document-subjects.ts';
import { htmlToText } from './text.ts';
import type { AdvisorData } from './types.ts';

function mapValues<T, U>(record: Record<string, T>, fn: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, fn(value)]));
}

const lifecycle = (events: LifecycleEventData[]) => events.map(({ note: _note, ...event }) => event);

/**
 * Only the status entries the advisor reads: the first of the current status's run (for "since")
 * and the newest (for the status, its note and citations).
 */
function trimHistory(history: StatusEntry[]): StatusEntry[] {
  const last = history.length - 1;
  const since = currentRunStart(history);
  return since === last ? [history[last]] : [history[since], history[last]];
}

/**
 * The dataset reduced to what the advisor reads, for embedding in the wizard page: no Markdown
 * bodies (footnotes become plain text), no file paths, no status history beyond the current run.
 * That is exact for any judging date on or after the build (the wizard never judges earlier: see
 * wizardJudgingDate); the CLI's --today may go back further, so it reads the full dataset.
 */
export function toAdvisorData(dataset: Dataset): AdvisorData {
  const data: AdvisorData = {
    platforms: mapValues(dataset.platforms, ({ id, data }) => ({
      id,
      data: { name: data.name, short: data.short, engine: data.engine, lifecycle: lifecycle(data.lifecycle) },
    })),
    tools: mapValues(dataset.tools, ({ id, data }) => ({
      id,
      data: { name: data.name, short: data.short, throughput: data.throughput, benchmark: data.benchmark, preferredFor: data.preferredFor, lifecycle: lifecycle(data.lifecycle) },
    })),
    scenarios: mapValues(dataset.scenarios, ({ id, data }) => ({
      id,
      data: { source: data.source, target: data.target, offerings: data.offerings.map((o) => ({ ...o, history: trimHistory(o.history) })) },
    })),
    considerations: mapValues(dataset.considerations, ({ id, data: { cite: _cite, ...data } }) => ({ id, data })),
    questions: mapValues(dataset.questions, ({ id, data }) => ({ id, data })),
    guides: mapValues(dataset.guides, ({ id, data }) => ({ id, data: { rules: data.rules } })),
    documents: {},
    footnotes: mapValues(dataset.footnotes, ({ id, html }) => ({ id, text: htmlToText(html) })),
  };
  // Only the documents something above still cites: their titles label the reasons' sources, and
  // what they are about (read from the full dataset) keeps other engines' documents out of a result.
  const subjects = documentSubjects(dataset);
  for (const doc of citedDocuments(data)) {
    const entry = dataset.documents[doc];
    if (entry) data.documents[doc] = { id: doc, data: { title: entry.data.title, date: entry.data.date, url: entry.data.url, ...(subjects[doc] && { about: subjects[doc] }) } };
  }
  return data;
}

function citedDocuments(data: AdvisorData): Set<string> {
  return new Set(Array.from(citationsIn(data), ({ citation }) => citation.doc));
}
