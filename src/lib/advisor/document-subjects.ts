import { citationsIn } from '../data/citations.ts';
import { selectorMatchesScenarioOffering } from '../data/selectors.ts';
import type { AdvisorData } from './types.ts';

/*
 * Which engines and tools a source document is about. Documents carry no such tags, so it is read
 * from what cites them: a scenario's offering, a limitation narrowed to some platforms or engines
 * (over the offerings its selector covers), a platform or a footnote. A tool's own page and guide
 * rules are general and cite documents from several engines (DMS (classic) cites a MySQL guide for
 * its MySQL life), so they say nothing about engines; a result shows only documents about its own
 * pair (citedFor).
 */

/** The engines (of sources and targets) and tools of every offering whose facts cite a document. */
export interface DocumentSubjects {
  engines: string[];
  tools: string[];
}

type Offering = { scenario: AdvisorData['scenarios'][string]; tool: string; mode: 'offline' | 'online'; footnotes: readonly string[] };

const docsIn = (value: unknown) => new Set(Array.from(citationsIn(value), (placed) => placed.citation.doc));

/**
 * Every document's subjects, from the full dataset (the wizard page's trimmed copy has lost the
 * limitations' citations, so this runs at build time and the page reads the result: trim.ts).
 * A document nothing but guide rules or tool pages cite has no entry: it is taken as general.
 */
export function documentSubjects(data: AdvisorData): Record<string, DocumentSubjects> {
  const offerings: Offering[] = Object.values(data.scenarios).flatMap((scenario) => scenario.data.offerings.map((o) => ({ scenario, ...o })));
  const found = new Map<string, { engines: Set<string>; tools: Set<string> }>();
  const add = (docs: Set<string>, covered: (o: Offering) => boolean) => {
    for (const o of offerings.filter(covered)) {
      for (const doc of docs) {
        const subjects = found.get(doc) ?? { engines: new Set(), tools: new Set() };
        for (const platform of [o.scenario.data.source, o.scenario.data.target]) {
          const engine = data.platforms[platform]?.data.engine;
          if (engine) subjects.engines.add(engine);
        }
        subjects.tools.add(o.tool);
        found.set(doc, subjects);
      }
    }
  };
  for (const scenario of Object.values(data.scenarios)) {
    for (const offering of scenario.data.offerings) add(docsIn(offering), (o) => o.scenario === scenario && o.tool === offering.tool && o.mode === offering.mode);
  }
  for (const { data: c } of Object.values(data.considerations)) {
    // A limitation of a tool everywhere (DMS pauses when idle) may cite one engine's FAQ for it:
    // only one narrowed to some platforms or engines says which engines its documents are about.
    const { scenarios, sources, targets, engines } = c.appliesTo;
    if (scenarios || sources || targets || engines) add(docsIn(c), (o) => selectorMatchesScenarioOffering(c.appliesTo, o.scenario, o, data));
  }
  for (const platform of Object.values(data.platforms)) add(docsIn(platform.data), (o) => o.scenario.data.source === platform.id || o.scenario.data.target === platform.id);
  for (const note of Object.values(data.footnotes)) add(docsIn(note), (o) => o.footnotes.includes(note.id));
  return Object.fromEntries([...found].map(([doc, s]) => [doc, { engines: [...s.engines].sort(), tools: [...s.tools].sort() }]));
}

/** The data with each document's subjects attached, as the page embeds it; the CLI reads the same. */
export function withDocumentSubjects(data: AdvisorData): AdvisorData {
  const subjects = documentSubjects(data);
  const documents: AdvisorData['documents'] = {};
  for (const [id, doc] of Object.entries(data.documents)) {
    documents[id] = { id, data: { title: doc.data.title, date: doc.data.date, url: doc.data.url, ...(subjects[id] && { about: subjects[id] }) } };
  }
  return { ...data, documents };
}

/**
 * Whether a result about these engines and tools may cite a document: one about none of its
 * engines, or about none of its tools (when it has tools), belongs to another migration. A
 * document with no known subjects is general and always kept.
 */
export function citedFor(about: DocumentSubjects | undefined, engines: readonly string[], tools: readonly string[]): boolean {
  return !about || (about.engines.some((e) => engines.includes(e)) && (tools.length === 0 || about.tools.some((t) => tools.includes(t))));
}
