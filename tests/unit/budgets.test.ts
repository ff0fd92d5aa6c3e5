import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { budgetProblems, dynamicImports, LAZY_JAVASCRIPT, measureSite, PAGE_TYPES, staticImports, WORKER_JAVASCRIPT, workerEntries } from '../support/budgets.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const page = (head = '') => `<!DOCTYPE html><html><head><link rel="stylesheet" href="/_astro/base.css">${head}</head><body></body></html>`;
const script = (src: string) => `<script type="module" src="${src}"></script>`;
/** A comment gzip cannot shrink below its random source: about `kilobytes` KB after gzip. */
const heavy = (kilobytes: number) => `/*${randomBytes(kilobytes * 1024).toString('base64')}*/`;
const gz = (text: string) => gzipSync(text, { level: 9 }).length;

/** A built site with one page of every type, laid out as Astro writes it, plus `files`. */
function site(files: Record<string, string> = {}): string {
  const dist = mkdtempSync(join(tmpdir(), 'ma-budgets-test-'));
  folders.push(dist);
  const pages = Object.fromEntries(PAGE_TYPES.map(({ pattern }) => [pattern.replace('*', 'a'), page()]));
  for (const [path, text] of Object.entries({ ...pages, '_astro/base.css': 'body { margin: 0 }', ...files })) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

const SEARCH = {
  'search/index.html': page(`<link rel="modulepreload" href="/_astro/preloaded.js">${script('/_astro/search.js')}`),
  '_astro/preloaded.js': 'export const p = 1;',
  // Minified entry: two static imports, one a bare side-effect import, and a lazy one from the base.
  '_astro/search.js': 'import{a as e}from"./shared.js";import"./polyfill.js";e();let b="/";import(`${b}pagefind/pagefind.js`);',
  '_astro/shared.js': `import { deep } from './deep.js';\nexport const a = () => deep();`,
  '_astro/deep.js': 'export const deep = () => 42;',
  '_astro/polyfill.js': 'globalThis.x = 1;',
  'pagefind/pagefind.js': 'import("./later.js"); export const search = 1;',
  'pagefind/later.js': 'export default "loaded only on demand";',
};

describe('bytes shipped', () => {
  it('counts static imports up front and import() chunks, with their own imports, as loaded later', () => {
    const dist = site(SEARCH);
    const search = measureSite(dist).find((p) => p.file === 'search/index.html');
    const files = (...names: string[]) => names.reduce((sum, name) => sum + gz(SEARCH[name as keyof typeof SEARCH]), 0);
    expect(search).toMatchObject({
      type: 'search',
      css: gz('body { margin: 0 }'),
      js: files('_astro/preloaded.js', '_astro/search.js', '_astro/shared.js', '_astro/deep.js', '_astro/polyfill.js'),
      lazy: files('pagefind/pagefind.js', 'pagefind/later.js'),
      unresolved: [],
    });
    expect(budgetProblems(measureSite(dist))).toEqual([]);
  });

  it('resolves a page under a base path', () => {
    const dist = site({ 'matrix/index.html': page(script('/sub/_astro/m.js')), '_astro/m.js': 'import"./n.js";', '_astro/n.js': '1' });
    expect(measureSite(dist, '/sub/').find((p) => p.type === 'matrix')?.js).toBe(gz('import"./n.js";') + gz('1'));
  });

  it('finds every form of static import, and import() targets as written', () => {
    const code = [`import x from './default.js';`, `import * as all from "./namespace.js";`, `export { y } from './reexport.js';`, `export*from"./star.js";`, 'const u = import.meta.url;'].join('\n');
    expect(staticImports(code)).toEqual(['./default.js', './namespace.js', './reexport.js', './star.js']);
    expect(dynamicImports('import("./a.js");import(`${base}b.js`);import(name);x.import("no")').map((d) => d.specifier)).toEqual(['./a.js', '${base}b.js', undefined]);
  });
});

/** A page whose script starts a Web Worker as Vite writes it; the worker imports a module the page imports too. */
const FLEET = {
  'fleet/index.html': page(script('/_astro/fleet.js')),
  '_astro/fleet.js': 'import{t}from"./shared.js";let w=new Worker(new URL(`/_astro/worker.js`,``+import.meta.url),{type:`module`});t();',
  '_astro/shared.js': 'export const t = () => 1;',
  '_astro/worker.js': 'import{t}from"./shared.js";import"./parser.js";import("./later.js");t();',
  '_astro/parser.js': 'export const parse = 1;',
  '_astro/later.js': 'export const later = 1;',
};

describe('bytes started as Web Workers', () => {
  it('counts a worker and everything it imports apart from the page, even modules the page loads too', () => {
    const fleet = measureSite(site(FLEET)).find((p) => p.file === 'fleet/index.html');
    const files = (...names: (keyof typeof FLEET)[]) => names.reduce((sum, name) => sum + gz(FLEET[name]), 0);
    expect(fleet).toMatchObject({
      js: files('_astro/fleet.js', '_astro/shared.js'),
      lazy: 0,
      worker: files('_astro/worker.js', '_astro/shared.js', '_astro/parser.js', '_astro/later.js'),
      workerFiles: ['_astro/worker.js', '_astro/shared.js', '_astro/parser.js', '_astro/later.js'],
      unresolved: [],
    });
  });

  it('finds workers written with a string or a template literal, under a base path, and not other constructors', () => {
    const code = 'new Worker(new URL("./a.js",import.meta.url));new SharedWorker(new URL(`/sub/_astro/b.js`,``+import.meta.url));new Foo.Worker(new URL("c.js"));new Worker(url)';
    expect(workerEntries(code)).toEqual(['./a.js', '/sub/_astro/b.js']);
    const dist = site({ 'fleet/index.html': page(script('/sub/_astro/f.js')), '_astro/f.js': 'new Worker(new URL(`/sub/_astro/w.js`,import.meta.url))', '_astro/w.js': '1' });
    expect(measureSite(dist, '/sub/').find((p) => p.type === 'fleet')).toMatchObject({ worker: gz('1'), unresolved: [] });
  });

  it('fail their budget when the worker and its imports grow past it', () => {
    const dist = site({ ...FLEET, '_astro/parser.js': heavy(WORKER_JAVASCRIPT / 1024 + 1) });
    expect(budgetProblems(measureSite(dist))).toEqual([
      expect.stringMatching(/^fleet\/index\.html: \d+\.\d KB started as Web Workers \(_astro\/worker\.js, _astro\/shared\.js, _astro\/parser\.js, _astro\/later\.js\), budget 30\.0 KB$/),
    ]);
  });

  it('report a worker file missing from the build', () => {
    const dist = site(FLEET);
    rmSync(join(dist, '_astro/worker.js'));
    expect(budgetProblems(measureSite(dist))).toEqual(['fleet/index.html: cannot measure /_astro/worker.js (no such file in the build)']);
  });
});

describe('byte budgets fail', () => {
  it('when an interactive page loads more JavaScript than its budget', () => {
    const budget = PAGE_TYPES.find((t) => t.type === 'wizard')!.javaScript / 1024;
    const dist = site({ 'wizard/index.html': page(script('/_astro/wizard.js')), '_astro/wizard.js': heavy(budget + 1) });
    const problems = budgetProblems(measureSite(dist));
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^wizard/index\\.html \\(wizard\\): \\d+\\.\\d KB of JavaScript, budget ${budget.toFixed(1)} KB$`))]);
    expect(Number.parseFloat(problems[0].split(': ')[1])).toBeGreaterThan(budget);
  });

  it('when a content page has any script, inline code included', () => {
    const dist = site({ 'platforms/a/index.html': page('<script>console.log(1)</script><script type="application/json">{}</script>') });
    expect(budgetProblems(measureSite(dist))).toEqual([expect.stringMatching(/^platforms\/a\/index\.html \(platform\): 0\.0 KB of JavaScript, budget 0 B$/)]);
  });

  it('when the chunks a page loads later with import() exceed their own budget', () => {
    const dist = site({ ...SEARCH, 'pagefind/later.js': heavy(LAZY_JAVASCRIPT / 1024 + 1) });
    expect(budgetProblems(measureSite(dist))).toEqual([
      expect.stringMatching(/^search\/index\.html: 1\d\.\d KB loaded later by import\(\) \(pagefind\/pagefind\.js, pagefind\/later\.js\), budget 16\.0 KB$/),
    ]);
  });

  it('when an import() target is computed, a script is missing, or a page has no type', () => {
    const dist = site({
      'matrix/index.html': page(script('/_astro/m.js') + script('/_astro/gone.js')),
      '_astro/m.js': 'import(`./${name}.js`);',
      'a/b/c.html': page(),
    });
    expect(budgetProblems(measureSite(dist)).sort()).toEqual([
      'a/b/c.html: no page type in tests/support/budgets.ts matches it, so it has no budget',
      'matrix/index.html: cannot measure /_astro/gone.js (no such file in the build)',
      'matrix/index.html: cannot measure import(`./${name}.js`) in _astro/m.js: its target is computed',
    ]);
  });

  it('when a page type is not built at all', () => {
    const dist = site();
    rmSync(join(dist, 'wizard'), { recursive: true });
    expect(budgetProblems(measureSite(dist))).toEqual(['no wizard page was built, so its budget checks nothing']);
  });
});
