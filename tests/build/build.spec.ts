/**
 * Builds the real site from a copy of content/ with one change, the way the product is built
 * (astro build), to prove what reaches dist/: invalid content stops the build before anything is
 * written, markup in a YAML string arrives as text, and two builds cannot share a work folder.
 * These run in the build/e2e stage (Playwright's runner), not the unit suite: a whole-site build
 * takes seconds, and under vitest's NODE_ENV=test it took twenty times longer.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { expect, test } from '@playwright/test';
import { acquireBuildLock, prerenderDir } from '../../src/lib/site/build-lock.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'ma-build-'));
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The environment of a real build: production, whatever the test runner set. */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { NODE_ENV: _node, SITE_URL: _site, ...env } = process.env;
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`, ...extra };
}

function buildWith(name: string, change: (contentDir: string) => void) {
  const contentDir = join(work, `${name}-content`);
  const outDir = join(work, `${name}-dist`);
  cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
  change(contentDir);
  const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: ROOT,
    env: buildEnv({ CONTENT_DIR: contentDir, OUT_DIR: outDir }),
    encoding: 'utf8',
  });
  return { ...result, outDir, output: `${result.stdout}\n${result.stderr}` };
}

function editFile(path: string, from: RegExp, to: string) {
  const text = readFileSync(path, 'utf8');
  if (!from.test(text)) throw new Error(`${path} does not match ${from}`);
  writeFileSync(path, text.replace(from, to));
}

// Builds with an OUT_DIR outside the project share .astro/.prerender/ (and the lock guarding it),
// so this file's tests run one after another in one worker.
test.describe.configure({ mode: 'default', timeout: 240_000 });

test.describe('the site build', () => {
  test('stops on invalid content, names the file and field, and writes nothing', () => {
    const build = buildWith('invalid', (dir) =>
      editFile(join(dir, 'scenarios/sql-server-to-azure-sql-managed-instance.md'), /tool: dms\b/, 'tool: dsm'),
    );
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('content/scenarios/sql-server-to-azure-sql-managed-instance.md');
    expect(build.output).toMatch(/offerings\[\d+\]\.tool/);
    expect(build.output).toContain('Did you mean "dms"?');
    expect(existsSync(build.outDir) ? readdirSync(build.outDir) : []).toEqual([]);
  });

  test('renders markup from a YAML string as inert text', () => {
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

test.describe('two builds at once', () => {
  test('a second build sharing the work folder is refused with a message', () => {
    const outDir = join(work, 'locked-dist');
    // This test's own process holds the lock, as a running build would.
    const release = acquireBuildLock(ROOT, prerenderDir(ROOT, outDir));
    try {
      const build = buildWith('locked', () => {});
      expect(build.status).not.toBe(0);
      expect(build.output).toContain(`Another build (process ${process.pid}) is writing to ${join(ROOT, '.astro/.prerender')}`);
      expect(existsSync(build.outDir) ? readdirSync(build.outDir) : []).toEqual([]);
    } finally {
      release();
    }
  });

  test('a lock left by a build that crashed does not stop the next one, which warns once about SITE_URL', () => {
    const deadPid = 2 ** 22 + 1; // above Linux's pid_max, so no process has it
    acquireBuildLock(ROOT, prerenderDir(ROOT, join(work, 'x')), deadPid);
    const build = buildWith('after-crash', () => {});
    expect(build.status, build.output).toBe(0);
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(true);
    expect(build.output.match(/SITE_URL is not set/g)).toHaveLength(1);
    expect(build.output).toContain('canonical links and the absolute URLs in api/scenarios.json');
  });
});
