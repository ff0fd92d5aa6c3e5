/**
 * Every budget of the site, in one place, and the measurement of bytes shipped that checks the byte
 * budgets. Bytes are deterministic, so they gate `npm test` (tests/e2e/budgets.spec.ts); times
 * depend on the machine, so `npm run bench` only prints them next to their targets.
 *
 * Bytes are gzip at level 9, each file compressed on its own as a server would; 1 KB = 1,024 bytes.
 * This lives with the tests, not in src/lib: the site never imports it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

const KB = 1024;

/**
 * Every kind of page the build writes (`*` is one folder name) and the JavaScript it may load up
 * front. The first pattern a page matches is its type; a page that matches none fails the budget
 * test, so a new kind of page must be given a budget here. Content pages are documents: they must
 * work with no script at all.
 */
export const PAGE_TYPES = [
  { type: 'matrix', pattern: 'matrix/index.html', javaScript: 8 * KB },
  // The issue asked for 15 KB; the advisor runs in the page and about 70 % of its minified code is
  // the wording of its answers (reasons, estimates, exclusions, problems), which the answer needs.
  // Measured 17.9 KB after issue 12. Issue 13 loads every copy (the full Markdown and the wiki
  // formats) with import() when a reader reaches for it: the renderers leave the up-front script,
  // Vite's import() helper (~1 KB, cannot be turned off under Astro) joins it. Issue 14 made the
  // engine 4-5 times faster with indexes it builds once per dataset (advisor/prepared.ts and its
  // users, ~0.5 KB), so 19 KB.
  { type: 'wizard', pattern: 'wizard/index.html', javaScript: 19 * KB },
  { type: 'search', pattern: 'search/index.html', javaScript: 3 * KB },
  // The issue: the fleet page's own script stays within 15 KB; the CSV parser and the advisor run
  // in its worker, loaded only once an inventory is chosen (WORKER_JAVASCRIPT).
  { type: 'fleet', pattern: 'fleet/index.html', javaScript: 15 * KB },
  { type: 'home', pattern: 'index.html', javaScript: 0 },
  { type: 'not found', pattern: '404.html', javaScript: 0 },
  // One script: the Copy button of "Copy for your wiki" (scripts/wiki-copy.ts, 0.6 KB measured).
  // Choosing a format and selecting the text work without it; the page is still a document.
  { type: 'scenario', pattern: 'scenarios/*/index.html', javaScript: 2 * KB },
  // A scenario's summary for an iframe in a wiki: no script at all.
  { type: 'embed', pattern: 'embed/scenarios/*/index.html', javaScript: 0 },
  { type: 'platform', pattern: 'platforms/*/index.html', javaScript: 0 },
  { type: 'tool', pattern: 'tools/*/index.html', javaScript: 0 },
  { type: 'limitation', pattern: 'limitations/*/index.html', javaScript: 0 },
  { type: 'guide', pattern: 'guides/*/index.html', javaScript: 0 },
  // The change log filters its items in place (scripts/change-filter.ts); its per-engine pages are
  // the same list without a script, so they work with JavaScript off.
  { type: 'changes', pattern: 'changes/index.html', javaScript: 2 * KB },
  { type: 'changes (one engine)', pattern: 'changes/*/index.html', javaScript: 0 },
  { type: 'list', pattern: '*/index.html', javaScript: 0 },
] as const;

/**
 * JavaScript a page may load later with `import()` (the search page loads Pagefind's 12.9 KB
 * pagefind.js on the first query; the wizard its copy renderers, about 4 KB, when a reader reaches
 * for a copy button), counted per page over every chunk reachable that way and not already loaded
 * up front.
 */
export const LAZY_JAVASCRIPT = 16 * KB;

/**
 * JavaScript a page's scripts start as Web Workers (`new Worker(new URL(…, import.meta.url))`),
 * counted per page over each worker's file and everything it imports, statically or with
 * `import()`. Today only the fleet page's worker: Papa Parse, fleet mode and the whole advisor,
 * loaded when the first inventory is chosen. Measured 25.8 KB when it was written (issue 14);
 * the budget is that plus about 15 %, so a real growth shows here instead of passing unnoticed.
 */
export const WORKER_JAVASCRIPT = 30 * KB;

/** Targets for figures that vary with the machine: printed by `npm run bench`, never a failure. */
export const TIME_TARGETS = {
  /** Validating 1,000 synthetic scenarios, in-process and as a command. */
  validateSeconds: 2,
  /** `npm run build` of 1,000 synthetic scenarios, wall clock. */
  buildSeconds: 60,
  /** Build time per scenario at 1,000 may exceed that at 100 by at most this factor. */
  linearGrowth: 1.2,
  /**
   * 50 µs each on one core of the bench machine: the wizard recomputes on every keystroke far
   * inside a 16 ms frame, and a fleet of thousands of inventory rows is judged in well under a second.
   */
  recommendationsPerSecond: 20_000,
  /** `npm run advise -- --inventory FILE --json` on a 10,000-row inventory, end to end (fleet mode, issue 14). */
  fleetCliSeconds: 2,
  /** Each Lighthouse category on every audited page. */
  lighthouseScore: 100,
  /** A 10,000-row inventory on the fleet page, from choosing the file to the results showing. */
  fleetBrowserSeconds: 2,
  /** The page's main thread meanwhile: no task long enough to delay a click (the worker does the work). */
  fleetLongestTaskMs: 100,
} as const;

export interface PageBytes {
  /** Relative to the built site, e.g. `matrix/index.html`. */
  file: string;
  type: string | undefined;
  html: number;
  css: number;
  /** Scripts loaded up front: inline code, `<script src>`, modulepreloads and their static imports. */
  js: number;
  /** Chunks reachable only through `import()`, with their own static imports. */
  lazy: number;
  lazyFiles: string[];
  /** Files the page's scripts start as Web Workers, with everything those import. */
  worker: number;
  workerFiles: string[];
  /** Imports that name no file of the site, or an `import()` whose target is computed. */
  unresolved: string[];
}

/** Any origin will do: it only resolves relative references the way a browser would. */
const ORIGIN = 'http://site.invalid';

/** Measures every page of a built site served under `base`. */
export function measureSite(distDir: string, base = '/'): PageBytes[] {
  const sizes = new Map<string, number>();
  const gzipSize = (file: string) => {
    if (!sizes.has(file)) sizes.set(file, gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length);
    return sizes.get(file) as number;
  };
  const sum = (files: Iterable<string>) => [...files].reduce((total, file) => total + gzipSize(file), 0);
  return htmlFiles(distDir, distDir).map((file) => {
    const page = readPage(distDir, file, base);
    const unresolved = new Set(page.external.map((url) => `${url} (a script from another host)`));
    const eager = follow(distDir, base, page.scripts, new Set(), unresolved, false);
    const lazy = follow(distDir, base, [...eager.dynamic], eager.files, unresolved, true);
    // A worker shares no modules with the page: all it loads counts, even files the page loads too.
    const workers = follow(distDir, base, [...eager.workers, ...lazy.workers], new Set(), unresolved, true);
    return {
      file,
      type: PAGE_TYPES.find(({ pattern }) => matches(pattern, file))?.type,
      html: gzipSize(file),
      css: sum(page.css),
      js: sum(eager.files) + page.inlineJs,
      lazy: sum(lazy.files),
      lazyFiles: [...lazy.files],
      worker: sum(workers.files),
      workerFiles: [...workers.files],
      unresolved: [...unresolved],
    };
  });
}

/** Every way the measured pages break a byte budget, one sentence each; empty when all fit. */
export function budgetProblems(pages: readonly PageBytes[]): string[] {
  const problems: string[] = [];
  for (const page of pages) {
    const budget = PAGE_TYPES.find(({ type }) => type === page.type);
    if (!budget) problems.push(`${page.file}: no page type in tests/support/budgets.ts matches it, so it has no budget`);
    else if (page.js > budget.javaScript) problems.push(`${page.file} (${page.type}): ${kilobytes(page.js)} of JavaScript, budget ${kilobytes(budget.javaScript)}`);
    if (page.lazy > LAZY_JAVASCRIPT) problems.push(`${page.file}: ${kilobytes(page.lazy)} loaded later by import() (${page.lazyFiles.join(', ')}), budget ${kilobytes(LAZY_JAVASCRIPT)}`);
    if (page.worker > WORKER_JAVASCRIPT) problems.push(`${page.file}: ${kilobytes(page.worker)} started as Web Workers (${page.workerFiles.join(', ')}), budget ${kilobytes(WORKER_JAVASCRIPT)}`);
    for (const reference of page.unresolved) problems.push(`${page.file}: cannot measure ${reference}`);
  }
  for (const { type } of PAGE_TYPES) {
    if (!pages.some((page) => page.type === type)) problems.push(`no ${type} page was built, so its budget checks nothing`);
  }
  return problems;
}

/** One line per page type: the largest figure of each kind over its pages, beside the budgets. */
export function bytesTable(pages: readonly PageBytes[]): string[] {
  return PAGE_TYPES.map(({ type, javaScript }) => {
    const ofType = pages.filter((page) => page.type === type);
    const max = (kind: 'html' | 'css' | 'js' | 'lazy' | 'worker') => Math.max(0, ...ofType.map((page) => page[kind]));
    const label = `${type} (${ofType.length} page${ofType.length === 1 ? '' : 's'})`.padEnd(22);
    const figures = `HTML ${kilobytes(max('html'))}, CSS ${kilobytes(max('css'))}`.padEnd(26);
    return `${label} ${figures} JS ${kilobytes(max('js'))} of ${kilobytes(javaScript)}, import() ${kilobytes(max('lazy'))} of ${kilobytes(LAZY_JAVASCRIPT)}${max('worker') > 0 ? `, workers ${kilobytes(max('worker'))} of ${kilobytes(WORKER_JAVASCRIPT)}` : ''}`;
  });
}

export function kilobytes(bytes: number): string {
  return bytes === 0 ? '0 B' : `${(bytes / KB).toFixed(1)} KB`;
}

function matches(pattern: string, file: string): boolean {
  return new RegExp(`^${pattern.replaceAll('.', '\\.').replaceAll('*', '[^/]+')}$`).test(file);
}

function htmlFiles(dir: string, distDir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return htmlFiles(full, distDir);
      return name.endsWith('.html') ? [relative(distDir, full).replaceAll('\\', '/')] : [];
    });
}

/** The stylesheets and scripts a page references (as URL paths), and the size of its inline code. */
function readPage(distDir: string, file: string, base: string) {
  const pageUrl = new URL(`${base}${file.replace(/(^|\/)index\.html$/, '$1')}`, ORIGIN);
  const css = new Set<string>();
  const scripts: string[] = [];
  const external: string[] = [];
  let inlineCode = '';
  const script = (url: string) => {
    const resolved = new URL(url, pageUrl);
    if (resolved.origin === ORIGIN) scripts.push(resolved.pathname);
    else external.push(resolved.href);
  };
  visit(fromHtml(readFileSync(join(distDir, file), 'utf8')), 'element', (node: Element) => {
    const { href, src, type } = node.properties;
    const rel = Array.isArray(node.properties.rel) ? node.properties.rel.map(String) : [];
    if (node.tagName === 'link' && typeof href === 'string') {
      const target = toFile(new URL(href, pageUrl).pathname, base);
      if (target !== undefined && rel.includes('stylesheet')) css.add(target);
      if (rel.includes('modulepreload')) script(href);
    }
    if (node.tagName !== 'script') return;
    if (typeof src === 'string') script(src);
    else if (!/json/.test(String(type ?? ''))) inlineCode += node.children.map((child) => (child as Text).value ?? '').join('');
  });
  const inlineJs = inlineCode.trim() ? gzipSync(inlineCode, { level: 9 }).length : 0;
  return { css: [...css].filter((f) => existsSync(join(distDir, f))), scripts, external, inlineJs };
}

/**
 * Static `import … from "x"`, `import "x"` and `export … from "x"` at the start of a statement,
 * in minified or readable output; not `import(…)` or `import.meta`.
 */
const STATIC_IMPORT = /(?:^|[;}\n\r])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'])([^"'\n\r]+)\1/g;
/** `import(…)`, with the argument as written. */
const DYNAMIC_IMPORT = /(?<![\w$.])import\s*\(\s*([^)]*?)\s*\)/g;

/**
 * `new Worker(new URL("x", import.meta.url))` (or SharedWorker) as Vite writes it, with the file as
 * a string or a template literal without `${…}`; the second argument is not read. A worker started
 * from a URL held in a variable is not seen: Pagefind's own (pagefind-worker.js, started by
 * pagefind.js from its base path) is left out, as it was before workers were counted.
 */
const WORKER_ENTRY = /(?<![\w$.])new\s+(?:Shared)?Worker\s*\(\s*new\s+URL\s*\(\s*(["'`])([^"'`$\n\r]+)\1/g;

/** The files code starts as Web Workers the way Vite bundles them, as written. */
export function workerEntries(code: string): string[] {
  return [...code.matchAll(WORKER_ENTRY)].map((match) => match[2]);
}

export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((match) => match[2]);
}

/**
 * The `import()` targets in code: a string literal as written, or a template literal that starts
 * with one `${…}` (the site's base, as Astro scripts prefix base-relative files) as `${base}rest`.
 * Any other argument is computed and cannot be measured, so it comes back as `undefined`.
 */
export function dynamicImports(code: string): { written: string; specifier: string | undefined }[] {
  return [...code.matchAll(DYNAMIC_IMPORT)].map(([, written]) => {
    const literal = /^(["'])([^"'`$]+)\1$/.exec(written) ?? /^`()([^`$]+)`$/.exec(written);
    const fromBase = /^`\$\{[^}`]+\}([^`$]+)`$/.exec(written);
    return { written, specifier: literal ? literal[2] : fromBase ? `\${base}${fromBase[1]}` : undefined };
  });
}

/**
 * The files a set of script URL paths loads, following static imports recursively (and `import()`
 * too when `lazy`); `dynamic` is every `import()` target met, `workers` every file started as a
 * Web Worker. Files in `skip` are already loaded.
 */
function follow(distDir: string, base: string, entries: string[], skip: Set<string>, unresolved: Set<string>, lazy: boolean) {
  const files = new Set<string>();
  const dynamic = new Set<string>();
  const workers = new Set<string>();
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    const file = toFile(path, base);
    if (file === undefined || !existsSync(join(distDir, file))) {
      unresolved.add(`${path} (no such file in the build)`);
      continue;
    }
    if (skip.has(file)) continue;
    files.add(file);
    const code = readFileSync(join(distDir, file), 'utf8');
    const resolve = (specifier: string) => new URL(specifier.replace('${base}', base), new URL(path, ORIGIN));
    for (const specifier of staticImports(code)) {
      const url = resolve(specifier);
      if (url.origin === ORIGIN) queue.push(url.pathname);
    }
    for (const { written, specifier } of dynamicImports(code)) {
      if (specifier === undefined) unresolved.add(`import(${written}) in ${file}: its target is computed`);
      else if (resolve(specifier).origin === ORIGIN) dynamic.add(resolve(specifier).pathname);
    }
    for (const specifier of workerEntries(code)) {
      if (resolve(specifier).origin === ORIGIN) workers.add(resolve(specifier).pathname);
    }
    if (lazy) queue.push(...dynamic);
  }
  return { files, dynamic, workers };
}

/** The file under the built site that serves a URL path, or undefined for a path outside the base. */
function toFile(pathname: string, base: string): string | undefined {
  return pathname.startsWith(base) ? decodeURIComponent(pathname.slice(base.length)) : undefined;
}
