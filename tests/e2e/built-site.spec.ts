/**
 * Checks over every page of both builds (root and sub-path), read from disk: no broken internal
 * link or anchor, valid HTML, and nothing inline that the Content-Security-Policy would block.
 */
import { existsSync, readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { fileForPath, readBuiltSite, type BuiltPage } from '../support/built-site.ts';
import { BASE_OUT_DIR, BASE_PATH } from '../../playwright.config.ts';

const BUILDS = [
  { dist: process.env.OUT_DIR ?? 'dist', base: '/' },
  { dist: BASE_OUT_DIR, base: BASE_PATH },
];

for (const { dist, base } of BUILDS) {
  test.describe(`the build in ${dist}/ (base ${base})`, () => {
    test.skip(!existsSync(dist), `${dist}/ has not been built`);
    const pages: BuiltPage[] = existsSync(dist) ? readBuiltSite(dist, base) : [];
    const byPath = new Map(pages.map((page) => [page.path, page]));

    test('has pages', () => {
      expect(pages.length).toBeGreaterThan(20);
    });

    test('has no broken internal link or anchor', () => {
      const broken: string[] = [];
      for (const page of pages) {
        for (const link of page.links) {
          if (/^(https?:|mailto:)/.test(link.value)) continue;
          const url = new URL(link.value, `http://site${page.path}`);
          if (url.host !== 'site') continue;
          const target = fileForPath(dist, base, url.pathname);
          if (!target) {
            broken.push(`${page.path}: ${link.tag}[${link.attr}]="${link.value}" → no file`);
            continue;
          }
          if (url.hash && target.endsWith('.html')) {
            const targetPage = byPath.get(url.pathname) ?? pages.find((p) => p.file === target);
            const id = decodeURIComponent(url.hash.slice(1));
            if (targetPage && !targetPage.ids.has(id)) broken.push(`${page.path}: "${link.value}" → no element with id "${id}"`);
          }
        }
      }
      expect(broken).toEqual([]);
    });

    test('has no inline script or style (the CSP forbids them)', () => {
      const offenders = pages.filter((p) => p.inlineScripts > 0 || p.inlineStyles > 0).map((p) => `${p.path}: ${p.inlineScripts} script(s), ${p.inlineStyles} style(s)`);
      expect(offenders).toEqual([]);
    });

    test('loads nothing from another host', () => {
      const external = pages.flatMap((p) =>
        p.links.filter((l) => l.tag !== 'a' && l.rel !== 'canonical' && /^(https?:)?\/\//.test(l.value)).map((l) => `${p.path}: ${l.tag} ${l.value}`),
      );
      expect(external).toEqual([]);
    });

    test('every page is valid HTML', async () => {
      const validator = new HtmlValidate({
        extends: ['html-validate:recommended'],
        rules: {
          // Astro writes void elements as <meta ... />; both forms are valid HTML.
          'void-style': 'off',
          // Limitation titles are descriptive sentences; search engines truncate, readers don't.
          'long-title': 'off',
          'no-inline-style': 'error',
        },
      });
      const failures: string[] = [];
      for (const page of pages) {
        const report = await validator.validateString(readFileSync(page.file, 'utf8'), page.file);
        for (const result of report.results) {
          for (const message of result.messages) failures.push(`${page.path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
      expect(failures.slice(0, 40)).toEqual([]);
    });
  });
}
