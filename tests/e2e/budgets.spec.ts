/**
 * The byte budgets of tests/support/budgets.ts over every page of the built site, read from disk:
 * JavaScript loaded up front per page type (none on content pages) and chunks loaded later with
 * `import()`. `npm test` builds dist/ first; the sub-path build is checked too, once it exists.
 */
import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { budgetProblems, bytesTable, measureSite } from '../support/budgets.ts';
import { BASE_OUT_DIR, BASE_PATH } from '../../playwright.config.ts';

const SITE_OUT_DIR = process.env.OUT_DIR ?? 'dist';

for (const { dist, base } of [{ dist: SITE_OUT_DIR, base: '/' }, { dist: BASE_OUT_DIR, base: BASE_PATH }]) {
  test(`every page in ${dist}/ fits its byte budget`, () => {
    test.skip(dist !== SITE_OUT_DIR && !existsSync(dist), `${dist}/ has not been built`);
    expect(existsSync(dist), `${dist}/ has not been built: run npm run build`).toBe(true);
    const pages = measureSite(dist, base);
    console.log(`Bytes shipped in ${dist}/ (gzip; the largest page of each type, with its budgets):\n${bytesTable(pages).join('\n')}`);
    expect(budgetProblems(pages)).toEqual([]);
  });
}
