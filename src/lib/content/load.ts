import { join, relative } from 'node:path';
import type { z } from 'zod';
import { COLLECTIONS, type CollectionName } from '../schema/collections.ts';
import type { Dataset, Entry } from '../data/dataset.ts';
import { todayUtc } from '../today.ts';
import { checkContracts, type ContentPath } from './check-contracts.ts';
import { checkPlausibility } from './check-plausibility.ts';
import { checkReferences } from './check-references.ts';
import { checkShape } from './check-shape.ts';
import { SITE_CONTRACT, type ContentContract } from './contracts.ts';
import { renderMarkdown } from './render-markdown.ts';
import { problem, unexpectedFailure, type Problem } from './content-problems.ts';
import { indexFailed } from './failed-files.ts';
import { readContent, type RawFile } from './read-files.ts';

export interface LoadOptions {
  /** Folder holding one sub-folder per collection. */
  contentDir: string;
  /** Paths in problems are given relative to this folder. */
  projectDir: string;
  /** YYYY-MM-DD; dates after it are errors. Defaults to the current UTC date. */
  today?: string;
  /** What the code relies on finding; the whole site's contract unless a test loads a slice. */
  contract?: ContentContract;
}

export interface LoadResult {
  /** Present only when there is no error: invalid content never reaches a page. */
  dataset?: Dataset;
  problems: Problem[];
}

/** Collections whose body is the point of the file, so an empty one is a mistake. */
const BODY_REQUIRED: ReadonlySet<CollectionName> = new Set(['considerations', 'footnotes', 'guides']);

/**
 * Reads, parses and checks everything under `contentDir` at three levels (shape, references,
 * plausibility) plus what the code relies on (contracts.ts), and reports every problem found in
 * one pass. Never throws for anything in content/: a failure in one file is a problem naming it.
 */
export function loadContent(options: LoadOptions): LoadResult {
  const today = options.today ?? todayUtc();
  const read = readContent(options.contentDir, options.projectDir);
  if (!read.readable) return { problems: read.problems };
  const problems = [...read.problems];
  const failed = [...read.failed];

  /** Loads one collection's files (in the order they were read) with its schema and keeps those that pass. */
  const load = <S extends z.core.$ZodType>(collection: CollectionName, schema: S): Record<string, Entry<z.output<S>>> => {
    const entries: Record<string, Entry<z.output<S>>> = {};
    for (const file of read.files.filter((f) => f.collection === collection)) {
      let loaded: { entry?: Entry<z.output<S>>; problems: Problem[] };
      try {
        loaded = loadFile(schema, file);
      } catch (error) {
        // Whatever a parser did (overflow its stack, say), it did it on this file: report and go on.
        loaded = { problems: [unexpectedFailure(file.file, error)] };
      }
      problems.push(...loaded.problems);
      if (loaded.entry) entries[file.id] = loaded.entry;
      else failed.push({ collection, id: file.id, file: file.file });
    }
    return entries;
  };
  // In COLLECTIONS order, the order files are read in; `satisfies` fails to compile if a collection is left out.
  const dataset: Dataset = {
    documents: load('documents', COLLECTIONS.documents.schema),
    platforms: load('platforms', COLLECTIONS.platforms.schema),
    tools: load('tools', COLLECTIONS.tools.schema),
    footnotes: load('footnotes', COLLECTIONS.footnotes.schema),
    scenarios: load('scenarios', COLLECTIONS.scenarios.schema),
    considerations: load('considerations', COLLECTIONS.considerations.schema),
    questions: load('questions', COLLECTIONS.questions.schema),
    guides: load('guides', COLLECTIONS.guides.schema),
  } satisfies Record<CollectionName, unknown>;
  const failedIds = indexFailed(failed);
  const pathOf: ContentPath = (collection, id) =>
    relative(options.projectDir, join(options.contentDir, ...(collection ? [collection] : []), ...(id ? [`${id}.md`] : []))) || '.';
  problems.push(
    ...checkReferences(dataset, failedIds),
    ...checkContracts(dataset, failedIds, options.contract ?? SITE_CONTRACT, pathOf),
    ...checkPlausibility(dataset, today),
  );
  const hasError = problems.some((p) => p.level === 'error');
  return { dataset: hasError ? undefined : dataset, problems: consequencesAfterCauses(problems) };
}

/** Checks one file's front matter against `schema` and its body; the entry is left out when its shape is wrong. */
function loadFile<S extends z.core.$ZodType>(schema: S, file: RawFile): { entry?: Entry<z.output<S>>; problems: Problem[] } {
  const shape = checkShape(schema, file);
  const problems = shape.problems.map((p) =>
    file.collection === 'documents' && p.field === 'url' && p.found.startsWith('nothing')
      ? { ...p, kind: 'missing-address' as const, expected: 'the http(s) address of the document', hint: 'Every cited document needs the address where a reader can check it.' }
      : p,
  );
  const rendered = renderMarkdown(file.body, file.file, file.bodyLine);
  problems.push(...rendered.problems);
  if (BODY_REQUIRED.has(file.collection) && file.body.trim() === '') {
    problems.push(problem('empty-body', file.file, 'body', 'Markdown text after the front matter', 'an empty body'));
  }
  return { entry: shape.data ? { id: file.id, file: file.file, data: shape.data, html: rendered.html } : undefined, problems };
}

/** Moves each "other files depend on this" summary right after the last problem of its file, where it reads as a consequence. */
function consequencesAfterCauses(problems: Problem[]): Problem[] {
  const ordered = problems.filter((p) => p.kind !== 'depends-on-invalid');
  for (const consequence of problems.filter((p) => p.kind === 'depends-on-invalid')) {
    const cause = ordered.findLastIndex((p) => p.file === consequence.file);
    ordered.splice(cause + 1, 0, consequence);
  }
  return ordered;
}

export function countDataset(dataset: Dataset) {
  const scenarios = Object.values(dataset.scenarios);
  const considerations = Object.values(dataset.considerations);
  return {
    documents: Object.keys(dataset.documents).length,
    platforms: Object.keys(dataset.platforms).length,
    tools: Object.keys(dataset.tools).length,
    scenarios: scenarios.length,
    offerings: scenarios.reduce((sum, s) => sum + s.data.offerings.length, 0),
    limitations: considerations.filter((c) => c.data.kind === 'limitation').length,
    prerequisites: considerations.filter((c) => c.data.kind === 'prerequisite').length,
    questions: Object.keys(dataset.questions).length,
    footnotes: Object.keys(dataset.footnotes).length,
    guides: Object.keys(dataset.guides).length,
  };
}
