import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageAssets } from './page-assets.ts';
import { PAGE_TYPES, pagesMatching, type PageType } from './page-types.ts';

/** Bytes after gzip at its strongest level, each file compressed on its own as a server would. */
export interface ShippedBytes {
  html: number;
  css: number;
  js: number;
}

export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** What one page costs a first-time visitor: its HTML plus every stylesheet and script it loads. */
export function shippedBytes(distDir: string, htmlFile: string, base = '/'): ShippedBytes {
  const assets = pageAssets(distDir, htmlFile, base);
  const sum = (files: string[]) => files.reduce((total, file) => total + gzipSize(join(distDir, file)), 0);
  return { html: gzipSize(join(distDir, htmlFile)), css: sum(assets.css), js: sum(assets.js) };
}

export interface PageTypeBytes {
  type: PageType;
  /** How many pages of this type were built; 0 when none was. */
  pages: number;
  /** The largest figure of each kind over all pages of the type (not necessarily one page). */
  largest: ShippedBytes;
}

/** Bytes shipped per page type, measured on every page of the type so no heavy page hides. */
export function bytesByPageType(distDir: string, base = '/'): PageTypeBytes[] {
  return PAGE_TYPES.map(({ type, pattern }) => {
    const measured = pagesMatching(distDir, pattern).map((file) => shippedBytes(distDir, file, base));
    const max = (kind: keyof ShippedBytes) => Math.max(0, ...measured.map((bytes) => bytes[kind]));
    return { type, pages: measured.length, largest: { html: max('html'), css: max('css'), js: max('js') } };
  });
}
