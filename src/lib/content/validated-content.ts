import type { Dataset } from '../data/dataset.ts';
import { ContentError, type Problem } from './content-problems.ts';
import { loadContent } from './load.ts';

/** Content that passed validation, and the warnings it passed with (stale reviews). */
export interface ValidatedContent {
  dataset: Dataset;
  warnings: Problem[];
}

export interface ContentLocation {
  contentDir: string;
  /** Paths in problems and entries are given relative to this folder. */
  projectDir: string;
}

declare global {
  /**
   * The content each build validated, by folder. On globalThis, not in a module variable: the
   * integration runs in the copy of this module that Astro's config loader evaluates, the pages in
   * the copy bundled with them, and both live in the one build process.
   */
  var migrationAdvisorValidatedContent: Map<string, ValidatedContent> | undefined;
}

const keyOf = ({ contentDir, projectDir }: ContentLocation) => JSON.stringify([contentDir, projectDir]);

/**
 * Loads and validates the content at `location`, throwing a ContentError that lists every error if
 * there is one, and remembers the result for `validatedContent`. `warn` hears each warning first,
 * errors or not. The build's content-validation integration calls it before Astro writes anything.
 */
export function validateContent(location: ContentLocation, warn?: (warning: Problem) => void): ValidatedContent {
  const { dataset, problems } = loadContent(location);
  const warnings = problems.filter((p) => p.level === 'warning');
  if (warn) warnings.forEach(warn);
  if (!dataset) throw new ContentError(problems.filter((p) => p.level === 'error'));
  const validated = { dataset, warnings };
  globalThis.migrationAdvisorValidatedContent ??= new Map();
  globalThis.migrationAdvisorValidatedContent.set(keyOf(location), validated);
  return validated;
}

/** The content validateContent last validated at `location` in this process, validating it now if it has not. */
export function validatedContent(location: ContentLocation): ValidatedContent {
  return globalThis.migrationAdvisorValidatedContent?.get(keyOf(location)) ?? validateContent(location);
}
