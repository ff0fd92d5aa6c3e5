import type { Dataset } from '../data/dataset.ts';
import { loadContent } from '../content/load.ts';
import { ContentError } from '../content/problems.ts';
import { contentDir } from './content-dir.ts';

let cached: Dataset | undefined;

/**
 * The validated dataset for pages. Loaded once per build process; the content-validation
 * integration has already refused to start a build with invalid content, so this only throws if
 * content changed under a running dev server.
 */
export function getDataset(): Dataset {
  if (cached) return cached;
  const { dataset, problems } = loadContent({ contentDir: contentDir(), projectDir: process.cwd() });
  if (!dataset) throw new ContentError(problems.filter((p) => p.level === 'error'));
  if (!import.meta.env.DEV) cached = dataset;
  return dataset;
}
