import type { Dataset } from '../data/dataset.ts';
import { validateContent, validatedContent } from '../content/validated-content.ts';
import { contentDir } from './content-dir.ts';

/**
 * The validated dataset for pages. A build loads content once: the content-validation integration
 * validates it before anything is written (and refuses to start on an error), and pages read that
 * result. The dev server loads it afresh for each page, so edits show without a restart; it throws
 * a ContentError if content turned invalid under it.
 */
export function getDataset(): Dataset {
  const location = { contentDir: contentDir(), projectDir: process.cwd() };
  return (import.meta.env.DEV ? validateContent(location) : validatedContent(location)).dataset;
}
