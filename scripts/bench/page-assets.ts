import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** Any origin will do: URLs are only used to resolve relative references the way a browser would. */
const ORIGIN = 'http://site.invalid';

export interface PageAssets {
  /** Files under the built site, relative to it, e.g. `_astro/Base.GQMyH9TD.css`. */
  css: string[];
  js: string[];
}

/**
 * The stylesheets and scripts a built page makes the browser fetch: `<link rel=stylesheet>`,
 * `<script src>`, `<link rel=modulepreload>`, and every module those scripts import statically,
 * followed recursively. Dynamic `import()` is left out: it loads only when the code asks for it.
 */
export function pageAssets(distDir: string, htmlFile: string, base = '/'): PageAssets {
  const pageUrl = new URL(`${base}${htmlFile.replace(/(^|\/)index\.html$/, '$1')}`, ORIGIN);
  const tree = fromHtml(readFileSync(join(distDir, htmlFile), 'utf8'));
  const css = new Set<string>();
  const scripts: string[] = [];
  for (const { kind, url } of references(tree)) {
    const resolved = new URL(url, pageUrl);
    if (resolved.origin !== ORIGIN) continue;
    if (kind === 'css') css.add(resolved.pathname);
    else scripts.push(resolved.pathname);
  }
  const js = followImports(distDir, scripts, base);
  return { css: [...css].map((path) => toFile(path, base)).filter((f) => f !== undefined), js };
}

function references(tree: Root): { kind: 'css' | 'js'; url: string }[] {
  const found: { kind: 'css' | 'js'; url: string }[] = [];
  visit(tree, 'element', (node: Element) => {
    const { properties } = node;
    const rel = Array.isArray(properties.rel) ? properties.rel.map(String) : [];
    if (node.tagName === 'link' && typeof properties.href === 'string') {
      if (rel.includes('stylesheet')) found.push({ kind: 'css', url: properties.href });
      if (rel.includes('modulepreload')) found.push({ kind: 'js', url: properties.href });
    }
    if (node.tagName === 'script' && typeof properties.src === 'string') found.push({ kind: 'js', url: properties.src });
  });
  return found;
}

/**
 * Static `import … from "x"`, `import "x"` and `export … from "x"` at the start of a statement,
 * in minified or readable output. Not `import(…)` or `import.meta`.
 */
const STATIC_IMPORT = /(?:^|[;}\n\r])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'])([^"'\n\r]+)\1/g;

export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((match) => match[2]);
}

function followImports(distDir: string, entryPaths: string[], base: string): string[] {
  const seen = new Set<string>();
  const queue = [...entryPaths];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    const file = toFile(path, base);
    if (file === undefined || !existsSync(join(distDir, file))) continue;
    for (const specifier of staticImports(readFileSync(join(distDir, file), 'utf8'))) {
      const resolved = new URL(specifier, new URL(path, ORIGIN));
      if (resolved.origin === ORIGIN) queue.push(resolved.pathname);
    }
  }
  return [...seen].map((path) => toFile(path, base)).filter((f) => f !== undefined);
}

/** The file under the built site that serves a URL path, or undefined for a path outside the base. */
function toFile(pathname: string, base: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  return decodeURIComponent(pathname.slice(base.length));
}
