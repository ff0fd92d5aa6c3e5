import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';

/** One built HTML page: its site path (e.g. `/matrix/`), the ids it defines and what it links to. */
export interface BuiltPage {
  file: string;
  path: string;
  html: string;
  ids: Set<string>;
  links: { attr: string; value: string; tag: string; rel: string }[];
  inlineScripts: number;
  inlineStyles: number;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** Reads every page of a built site with a real HTML parser (hast), not regular expressions. */
export function readBuiltSite(distDir: string, base = '/'): BuiltPage[] {
  return htmlFiles(distDir).map((file) => {
    const html = readFileSync(file, 'utf8');
    const tree = fromHtml(html);
    const ids = new Set<string>();
    const links: BuiltPage['links'] = [];
    let inlineScripts = 0;
    let inlineStyles = 0;
    visit(tree, 'element', (node: Element) => {
      const props = node.properties ?? {};
      if (typeof props.id === 'string') ids.add(props.id);
      for (const attr of ['href', 'src'] as const) {
        if (typeof props[attr] === 'string') {
          const rel = Array.isArray(props.rel) ? props.rel.join(' ') : '';
          links.push({ attr, value: props[attr] as string, tag: node.tagName, rel });
        }
      }
      const type = typeof props.type === 'string' ? props.type : '';
      if (node.tagName === 'script' && !props.src && type !== 'application/json') inlineScripts += 1;
      if (node.tagName === 'style') inlineStyles += 1;
      if (typeof props.style === 'string') inlineStyles += 1;
    });
    const rel = relative(distDir, file).replace(/\\/g, '/');
    // 404.html is served for any missing address; the rest are directory pages.
    const path = base + (rel.endsWith('index.html') ? rel.replace(/index\.html$/, '') : rel);
    return { file, path, html, ids, links, inlineScripts, inlineStyles };
  });
}

/** Maps a site path under `base` to the file that would serve it, or undefined. */
export function fileForPath(distDir: string, base: string, sitePath: string): string | undefined {
  if (!sitePath.startsWith(base)) return undefined;
  const rest = decodeURIComponent(sitePath.slice(base.length));
  const candidates = rest === '' || rest.endsWith('/') ? [join(distDir, rest, 'index.html')] : [join(distDir, rest), join(distDir, rest, 'index.html')];
  return candidates.find((candidate) => {
    try {
      return statSync(candidate).isFile();
    } catch {
      return false;
    }
  });
}
