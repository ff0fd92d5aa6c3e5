import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTION_NAMES, type CollectionName } from '../schema/collections.ts';
import type { Dataset } from '../data/dataset.ts';
import { checkPlausibility } from './check-plausibility.ts';
import { checkReferences } from './check-references.ts';
import { checkShape } from './check-shape.ts';
import { didYouMean } from './did-you-mean.ts';
import { renderMarkdown } from './markdown.ts';
import { problem, type Problem } from './problems.ts';
import { readAllCollections } from './read-files.ts';

export interface LoadOptions {
  /** Folder holding one sub-folder per collection. */
  contentDir: string;
  /** Paths in problems are given relative to this folder. */
  projectDir: string;
  /** YYYY-MM-DD; dates after it are errors. Defaults to the current UTC date. */
  today?: string;
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
 * plausibility) and reports every problem found in one pass.
 */
export function loadContent(options: LoadOptions): LoadResult {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const { files, problems } = readAllCollections(options.contentDir, options.projectDir);
  problems.push(...checkUnknownFolders(options.contentDir, options.projectDir));

  const dataset = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, {}])) as unknown as Dataset;
  for (const file of files) {
    const shape = checkShape(file);
    problems.push(
      ...shape.problems.map((p) =>
        file.collection === 'documents' && p.field === 'url' && p.found.startsWith('nothing')
          ? { ...p, kind: 'missing-address' as const, hint: 'Every cited document needs the address where a reader can check it.' }
          : p,
      ),
    );
    const rendered = renderMarkdown(file.body, file.file, file.bodyLine);
    problems.push(...rendered.problems);
    if (BODY_REQUIRED.has(file.collection) && file.body.trim() === '') {
      problems.push(problem('empty-body', file.file, 'body', 'Markdown text after the front matter', 'an empty body'));
    }
    if (shape.data) {
      (dataset[file.collection] as Record<string, unknown>)[file.id] = { id: file.id, file: file.file, data: shape.data, html: rendered.html };
    }
  }
  problems.push(...checkReferences(dataset), ...checkPlausibility(dataset, today));
  const hasError = problems.some((p) => p.level === 'error');
  return { dataset: hasError ? undefined : dataset, problems };
}

function checkUnknownFolders(contentDir: string, projectDir: string): Problem[] {
  let names: string[] = [];
  try {
    names = readdirSync(contentDir);
  } catch {
    return [problem('unreadable', relative(projectDir, contentDir), '', 'a content folder', 'nothing at this path')];
  }
  return names
    .filter((name) => !name.startsWith('.') && name !== 'README.md' && name !== 'schema')
    .filter((name) => !(COLLECTION_NAMES as string[]).includes(name))
    .map((name) => {
      const isDir = statSync(join(contentDir, name)).isDirectory();
      const suggestion = didYouMean(name, COLLECTION_NAMES);
      return problem('not-markdown', relative(projectDir, join(contentDir, name)), '', `one of the folders ${COLLECTION_NAMES.join(', ')}`, isDir ? 'an unknown folder' : 'a file outside any collection folder', {
        hint: suggestion ? `Did you mean content/${suggestion}/?` : undefined,
      });
    });
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
