import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bytesByPageType, gzipSize, shippedBytes } from '../../../scripts/bench/bytes-shipped.ts';
import { pageAssets, staticImports } from '../../../scripts/bench/page-assets.ts';

const folders: string[] = [];

/** A tiny built site, written the way Astro lays one out. */
function fixtureDist(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'ma-dist-test-'));
  folders.push(dist);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const WIZARD_PAGE = `<!DOCTYPE html><html><head>
<link rel="stylesheet" href="/_astro/base.css">
<link rel="modulepreload" href="/_astro/preloaded.js">
<script type="module" src="/_astro/wizard.js"></script>
</head><body><h1>Wizard</h1></body></html>`;

const SITE = {
  'wizard/index.html': WIZARD_PAGE,
  '_astro/base.css': 'body { margin: 0 }',
  '_astro/preloaded.js': 'export const p = 1;',
  // Minified entry: two static imports, one of them a bare side-effect import, and a lazy one.
  '_astro/wizard.js': 'import{a as e}from"./shared.js";import"./polyfill.js";e();import("./lazy.js");',
  '_astro/shared.js': `import { deep } from './deep.js';\nexport const a = () => deep();`,
  '_astro/deep.js': 'export const deep = () => 42;',
  '_astro/polyfill.js': 'globalThis.x = 1;',
  '_astro/lazy.js': 'export default "loaded only on demand";',
  'scenarios/a-to-b/index.html': '<!DOCTYPE html><html><head><link rel="stylesheet" href="../../_astro/base.css"></head><body></body></html>',
};

describe('bytes shipped', () => {
  it('follows static imports from the page script recursively, but not dynamic import()', () => {
    const dist = fixtureDist(SITE);
    expect(pageAssets(dist, 'wizard/index.html').js.sort()).toEqual(
      ['_astro/deep.js', '_astro/polyfill.js', '_astro/preloaded.js', '_astro/shared.js', '_astro/wizard.js'].sort(),
    );
  });

  it('sums the gzip size of the HTML, its stylesheets and every script it loads', () => {
    const dist = fixtureDist(SITE);
    const size = (file: string) => gzipSize(join(dist, file));
    const scripts = ['wizard.js', 'shared.js', 'deep.js', 'polyfill.js', 'preloaded.js'].map((f) => size(`_astro/${f}`));
    expect(shippedBytes(dist, 'wizard/index.html')).toEqual({
      html: size('wizard/index.html'),
      css: size('_astro/base.css'),
      js: scripts.reduce((a, b) => a + b, 0),
    });
  });

  it('resolves relative references from the page address and reports no script on a page without one', () => {
    const dist = fixtureDist(SITE);
    const scenario = bytesByPageType(dist).find((entry) => entry.type === 'scenario');
    expect(scenario).toMatchObject({ pages: 1, largest: { js: 0, css: gzipSize(join(dist, '_astro/base.css')) } });
  });

  it('reports a page type that was not built as having no pages', () => {
    const dist = fixtureDist(SITE);
    expect(bytesByPageType(dist).find((entry) => entry.type === 'matrix')?.pages).toBe(0);
  });

  it('finds every form of static import and export-from, and ignores import() and import.meta', () => {
    const code = [
      `import x from './default.js';`,
      `import * as all from "./namespace.js";`,
      `export { y } from './reexport.js';`,
      `export*from"./star.js";`,
      `const lazy = import('./dynamic.js'); const u = import.meta.url;`,
    ].join('\n');
    expect(staticImports(code)).toEqual(['./default.js', './namespace.js', './reexport.js', './star.js']);
  });
});
