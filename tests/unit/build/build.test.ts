/**
 * Builds the real site from a copy of content/ with one change, the way the product is built
 * (astro build), to prove what reaches dist/: invalid content stops the build before anything is
 * written, and markup in a YAML string arrives as text.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'ma-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildWith(name: string, change: (contentDir: string) => void) {
  const contentDir = join(work, `${name}-content`);
  const outDir = join(work, `${name}-dist`);
  cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
  change(contentDir);
  const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: contentDir, OUT_DIR: outDir, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}` },
    encoding: 'utf8',
  });
  return { ...result, outDir, output: `${result.stdout}\n${result.stderr}` };
}

function editFile(path: string, from: RegExp, to: string) {
  const text = readFileSync(path, 'utf8');
  if (!from.test(text)) throw new Error(`${path} does not match ${from}`);
  writeFileSync(path, text.replace(from, to));
}

describe('the site build', { timeout: 240_000 }, () => {
  it('stops on invalid content, names the file and field, and writes nothing', () => {
    const build = buildWith('invalid', (dir) =>
      editFile(join(dir, 'scenarios/sql-server-to-azure-sql-managed-instance.md'), /tool: dms\b/, 'tool: dsm'),
    );
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('content/scenarios/sql-server-to-azure-sql-managed-instance.md');
    expect(build.output).toMatch(/offerings\[\d+\]\.tool/);
    expect(build.output).toContain('Did you mean "dms"?');
    expect(existsSync(build.outDir) ? readdirSync(build.outDir) : []).toEqual([]);
  });

  it('renders markup from a YAML string as inert text', () => {
    const build = buildWith('markup', (dir) =>
      editFile(join(dir, 'tools/dms.md'), /^name: .*$/m, 'name: "DMS <img src=x onerror=alert(1)><script>alert(2)</script>"'),
    );
    expect(build.status, build.output).toBe(0);
    const html = readFileSync(join(build.outDir, 'tools/dms/index.html'), 'utf8');
    expect(html).toContain('DMS &lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    // Parsed as a browser would: the text may appear, but never as an element.
    const elements: string[] = [];
    visit(fromHtml(html), 'element', (node: Element) => {
      if (node.tagName === 'img' || (node.tagName === 'script' && !node.properties?.src)) elements.push(node.tagName);
    });
    expect(elements).toEqual([]);
  });
});
