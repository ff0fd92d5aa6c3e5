import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../tests/support/chromium.ts';
import { TIME_TARGETS } from '../../tests/support/budgets.ts';
import { PROJECT_DIR, runCommand, startPreview } from './run.ts';

/** Lighthouse CI, installed apart from the site by `npm run bench:install` (bench/package.json). */
export const LHCI = join(PROJECT_DIR, 'bench/node_modules/.bin/lhci');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** One page of each interactive kind, a representative content page, and what a wiki embeds or watches. */
const PAGES = {
  home: '',
  matrix: 'matrix/',
  scenario: 'scenarios/sql-server-to-azure-sql-managed-instance/',
  wizard: 'wizard/?source=sql-server&target=azure-sql-managed-instance&downtime-hours=4&database-size-gb=100',
  embed: 'embed/scenarios/sql-server-to-azure-sql-managed-instance/',
  changes: 'changes/?engine=sql-server',
  'changes (one engine)': 'changes/postgresql/',
  fleet: 'fleet/',
};

interface Lhr {
  requestedUrl: string;
  runtimeError?: { message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string }>;
}

/**
 * `lhci collect` (Lighthouse's desktop preset, one run a page, in our Chromium with our flags)
 * against the site served by `astro preview` on 127.0.0.1, then `lhci assert` that every category
 * scores 100. Returns a line per page and, for a score under 100, the audits that cost points.
 */
export async function lighthouse(distDir: string, port: number, workDir: string): Promise<string[]> {
  const server = await startPreview(distDir, port);
  try {
    const config = join(workDir, 'lighthouserc.json');
    mkdirSync(workDir, { recursive: true });
    const minScore = TIME_TARGETS.lighthouseScore / 100;
    writeFileSync(config, JSON.stringify({ ci: {
      collect: {
        url: Object.values(PAGES).map((path) => new URL(path, server.url).href),
        numberOfRuns: 1,
        chromePath: CHROMIUM_PATH,
        settings: { preset: 'desktop', onlyCategories: CATEGORIES, chromeFlags: [...CHROMIUM_FLAGS, '--disable-gpu'].join(' ') },
      },
      assert: { assertions: Object.fromEntries(CATEGORIES.map((c) => [`categories:${c}`, ['error', { minScore }]])) },
    } }));
    const collect = await runCommand(LHCI, ['collect', `--config=${config}`], {}, workDir);
    if (!collect.ok) return [`lhci collect failed:\n${collect.tail}`];
    const results = join(workDir, '.lighthouseci');
    const lines: string[] = [];
    for (const file of readdirSync(results).filter((name) => /^lhr-.*\.json$/.test(name))) {
      const lhr = JSON.parse(readFileSync(join(results, file), 'utf8')) as Lhr;
      const name = Object.entries(PAGES).find(([, path]) => new URL(path, server.url).href === lhr.requestedUrl)?.[0] ?? lhr.requestedUrl;
      if (lhr.runtimeError) lines.push(`${name}: ${lhr.runtimeError.message}`);
      const scores = CATEGORIES.map((c) => lhr.categories[c]?.score).map((s) => (typeof s === 'number' ? Math.round(s * 100) : 'none'));
      lines.push(`${name.padEnd(9)} ${CATEGORIES.map((c, i) => `${c} ${scores[i]}`).join(', ')}`);
      for (const category of CATEGORIES.filter((c) => (lhr.categories[c]?.score ?? 0) < 1)) {
        for (const { id, weight } of lhr.categories[category]?.auditRefs ?? []) {
          const audit = lhr.audits[id];
          if (weight > 0 && audit?.score !== null && (audit?.score ?? 1) < 1 && audit?.scoreDisplayMode !== 'informative') lines.push(`  ${category}: ${id} (score ${Math.round((audit.score ?? 0) * 100)}, weight ${weight}): ${audit.title}`);
        }
      }
    }
    const assert = await runCommand(LHCI, ['assert', `--config=${config}`], {}, workDir);
    // lhci's own verdict, without its colours and its exit code (a score is reported, not a failure).
    const verdict = assert.tail.replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter((line) => /failure for|found:|^\d+ result/.test(line));
    lines.push(assert.ok ? `lhci assert: every category scores ${TIME_TARGETS.lighthouseScore}.` : `lhci assert, below ${TIME_TARGETS.lighthouseScore}:`, ...verdict.map((line) => `  ${line.trim()}`));
    return lines;
  } finally {
    await server.stop();
  }
}

export const lighthouseInstalled = () => existsSync(LHCI);
