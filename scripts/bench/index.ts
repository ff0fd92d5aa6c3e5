/**
 * `npm run bench [-- --skip-lighthouse] [--skip-scale]`: builds the site and prints its figures
 * beside their targets: bytes shipped per page type (the budgets `npm test` enforces), Lighthouse
 * scores (once `npm run bench:install` has installed Lighthouse CI), validation and build time on
 * real and synthetic content, the advisor engine's speed, and fleet mode on a 10,000-row
 * inventory. Times vary with the machine, so the bench only reports: it exits 0 whatever it
 * measures. Progress goes to stderr, figures to stdout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/load.ts';
import { budgetProblems, bytesTable, measureSite, TIME_TARGETS } from '../../tests/support/budgets.ts';
import { measureEngine } from './engine.ts';
import { FLEET_ROWS, measureFleet } from './fleet.ts';
import { measureFleetInBrowser } from './fleet-browser.ts';
import { lighthouse, lighthouseInstalled } from './lighthouse.ts';
import { buildSite, freePort, PROJECT_DIR, runCommand, type CommandResult } from './run.ts';
import { syntheticContent } from './synthetic-content.ts';
import { writeContent } from './write-content.ts';

const flags = new Set(process.argv.slice(2));
const unknown = [...flags].filter((flag) => flag !== '--skip-lighthouse' && flag !== '--skip-scale');
if (unknown.length > 0) {
  console.error(`Unknown option ${unknown.join(', ')}. Options: --skip-lighthouse, --skip-scale.`);
  process.exit(2);
}

const started = performance.now();
const loadAtStart = loadavg()[0];
const contentDir = join(PROJECT_DIR, 'content');
const workDir = mkdtempSync(join(tmpdir(), 'ma-bench-'));
const progress = (line: string) => console.error(`· ${line}`);
const seconds = (s: number) => `${s.toFixed(s < 10 ? 2 : 1)} s`;
/** Prints a section; a thrown error becomes its one line instead of ending the run. */
async function section(title: string, lines: () => Promise<string[]> | string[]) {
  let body: string[];
  try {
    body = await lines();
  } catch (error) {
    body = [`failed: ${error instanceof Error ? error.message : String(error)}`];
  }
  console.log(`\n${title}\n${body.map((line) => `  ${line}`).join('\n')}`);
}
/** A measured figure beside its target, with "over" when it misses. */
const against = (figure: string, value: string, target: string, met: boolean) => `${figure.padEnd(66)} ${value.padStart(8)}${target ? `   target ${target}` : ''}${met ? '' : '   <- over'}`;

console.log(`Migration Advisor bench: ${availableParallelism()} cores, Node ${process.version}, load average ${loadAtStart.toFixed(1)} at start.`);
try {
  const port = await freePort();
  const distDir = join(workDir, 'dist');
  progress('building the site from content/');
  // Built for the address it is served from, so canonical links match it.
  const realBuild = await buildSite(distDir, { SITE_URL: `http://127.0.0.1:${port}` });
  if (!realBuild.ok) console.log(`\nThe build of content/ failed, so there is no site to measure:\n${realBuild.tail}`);
  else {
    await section('Bytes shipped (gzip), largest page of each type; npm test fails over budget', () => {
      const pages = measureSite(distDir);
      return [...bytesTable(pages), ...budgetProblems(pages).map((problem) => `OVER: ${problem}`)];
    });
    if (flags.has('--skip-lighthouse')) progress('Lighthouse skipped (--skip-lighthouse)');
    else if (!lighthouseInstalled()) await section('Lighthouse', () => ['not installed: run `npm run bench:install` once (Lighthouse CI into bench/node_modules), then npm run bench again.']);
    else {
      progress('running Lighthouse CI');
      await section('Lighthouse (desktop preset, one run a page)', () => lighthouse(distDir, port, join(workDir, 'lighthouse')));
    }
  }
  if (!flags.has('--skip-scale')) await section('Validation and build time', () => scale(realBuild));
  progress('timing the advisor engine');
  await section('Advisor engine', engine);
  progress(`timing fleet mode on a ${FLEET_ROWS.toLocaleString('en')}-row inventory`);
  await section(`Fleet mode (${FLEET_ROWS.toLocaleString('en')}-row inventory)`, async () => [
    ...(await measureFleet(workDir, progress)),
    // In Chromium on the site built above: worker start, reading, advising and drawing.
    ...(realBuild.ok ? (progress('timing the fleet page in Chromium'), await measureFleetInBrowser(distDir, await freePort())) : ['browser: no site was built']),
  ]);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
console.log(`\nDone in ${seconds((performance.now() - started) / 1000)}; load average ${loadavg()[0].toFixed(1)} at the end. Times are a guide, not a test.`);
process.exit(0);

/** Validation (in-process best of 3, and the command once, cold) and `npm run build` on the real content and 100 and 1,000 synthetic scenarios. */
async function scale(realBuild: CommandResult): Promise<string[]> {
  const lines: string[] = [];
  const perScenario: Record<number, number> = {};
  for (const size of [0, 100, 1000]) {
    const dir = size === 0 ? contentDir : writeContent(syntheticContent({ scenarios: size }), join(workDir, `content-${size}`));
    progress(`timing validation and build of ${size === 0 ? 'content/' : `${size} synthetic scenarios`}`);
    let load = Number.POSITIVE_INFINITY;
    let result: ReturnType<typeof loadContent> = { problems: [] };
    for (let run = 0; run < 3; run += 1) {
      const t = performance.now();
      result = loadContent({ contentDir: dir, projectDir: size === 0 ? PROJECT_DIR : dir });
      load = Math.min(load, (performance.now() - t) / 1000);
    }
    const scenarios = Object.keys(result.dataset?.scenarios ?? {}).length;
    const who = size === 0 ? `content/ (${scenarios} scenarios)` : `${size.toLocaleString('en')} synthetic scenarios`;
    if (!result.dataset) lines.push(`${who}: invalid (${result.problems.length} problems)`);
    const command = await runCommand(process.execPath, [join(PROJECT_DIR, 'scripts/validate.ts'), dir]);
    // Synthetic builds are timed twice and the faster kept: one stray process can double a build on 2 cores.
    let build = realBuild;
    for (let run = 0; size > 0 && run < 2; run += 1) {
      const next = await buildSite(join(workDir, `dist-${size}`), { CONTENT_DIR: dir });
      rmSync(join(workDir, `dist-${size}`), { recursive: true, force: true });
      if (run === 0 || !next.ok || next.seconds < build.seconds) build = next;
      if (!next.ok) break;
    }
    const target = size === 1000;
    lines.push(against(`validate ${who}, loadContent, best of 3`, seconds(load), target ? `< ${TIME_TARGETS.validateSeconds} s` : '', !target || load < TIME_TARGETS.validateSeconds));
    lines.push(against(`validate ${who}, node scripts/validate.ts`, command.ok ? seconds(command.seconds) : 'failed', target ? `< ${TIME_TARGETS.validateSeconds} s` : '', !target || (command.ok && command.seconds < TIME_TARGETS.validateSeconds)));
    if (!build.ok) {
      lines.push(`build ${who} failed:\n${build.tail}`);
      continue;
    }
    perScenario[size] = (build.seconds * 1000) / Math.max(1, scenarios);
    lines.push(against(`build ${who}${size ? ', best of 2' : ''}`, seconds(build.seconds), target ? `< ${TIME_TARGETS.buildSeconds} s` : '', !target || build.seconds < TIME_TARGETS.buildSeconds));
  }
  if (perScenario[100] && perScenario[1000]) {
    const ceiling = perScenario[100] * TIME_TARGETS.linearGrowth;
    lines.push(against('build time per scenario at 1,000 (at 100)', `${perScenario[1000].toFixed(1)} ms`, `≤ ${ceiling.toFixed(1)} ms (${TIME_TARGETS.linearGrowth} × ${perScenario[100].toFixed(1)})`, perScenario[1000] <= ceiling));
    // The ratio spreads Astro's and Pagefind's fixed start-up over more pages; this leaves it out.
    lines.push(`cost of each scenario added from 100 to 1,000: ${((perScenario[1000] * 1000 - perScenario[100] * 100) / 900).toFixed(1)} ms`);
  }
  return lines;
}

/** Recommendations per second on the real dataset, trimmed as the wizard page embeds it. */
async function engine(): Promise<string[]> {
  const { dataset } = loadContent({ contentDir, projectDir: PROJECT_DIR });
  if (!dataset) return ['content/ is invalid: run npm run validate'];
  const { recommend } = await import('../../src/lib/advisor/recommend.ts');
  const { toAdvisorData } = await import('../../src/lib/advisor/trim.ts');
  const speed = measureEngine(recommend, dataset, toAdvisorData(dataset));
  const outcomes = Object.entries(speed.outcomes).sort(([, a], [, b]) => b - a).map(([outcome, n]) => `${outcome} ${n}`);
  return [
    against(`recommendations per second (${speed.inputs.toLocaleString('en')} seeded answer sets, best of 3)`, Math.round(speed.perSecond).toLocaleString('en'), `≥ ${TIME_TARGETS.recommendationsPerSecond.toLocaleString('en')}`, speed.perSecond >= TIME_TARGETS.recommendationsPerSecond),
    `outcomes: ${outcomes.join(', ')}`,
  ];
}
