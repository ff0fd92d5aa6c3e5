import { resolve } from 'node:path';

/**
 * The content folder the site is built from. CONTENT_DIR points the build at another set, which
 * the benchmark uses for its synthetic 1,000-scenario content.
 */
export function contentDir(): string {
  return resolve(process.env.CONTENT_DIR ?? 'content');
}
