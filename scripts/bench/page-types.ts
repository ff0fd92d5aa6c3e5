import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every kind of page the site builds, and where its HTML lands under the output folder. A `*`
 * stands for each entry's own folder (one page per scenario, platform, tool…).
 */
export const PAGE_TYPES = [
  { type: 'home', pattern: 'index.html' },
  { type: 'matrix', pattern: 'matrix/index.html' },
  { type: 'scenario', pattern: 'scenarios/*/index.html' },
  { type: 'platform', pattern: 'platforms/*/index.html' },
  { type: 'tool', pattern: 'tools/*/index.html' },
  { type: 'limitation', pattern: 'limitations/*/index.html' },
  { type: 'guide', pattern: 'guides/*/index.html' },
  { type: 'search', pattern: 'search/index.html' },
  { type: 'wizard', pattern: 'wizard/index.html' },
] as const;

export type PageType = (typeof PAGE_TYPES)[number]['type'];

/** The HTML files (relative to `distDir`) that match a pattern; empty when the page is not built. */
export function pagesMatching(distDir: string, pattern: string): string[] {
  const star = pattern.indexOf('*');
  if (star === -1) return existsSync(join(distDir, pattern)) ? [pattern] : [];
  const folder = pattern.slice(0, star);
  const rest = pattern.slice(star + 1);
  if (!existsSync(join(distDir, folder))) return [];
  return readdirSync(join(distDir, folder))
    .sort()
    .map((name) => `${folder}${name}${rest}`)
    .filter((file) => existsSync(join(distDir, file)));
}
