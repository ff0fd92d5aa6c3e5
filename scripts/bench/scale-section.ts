import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from './build-site.ts';
import { BUDGETS, SCALE_SIZES } from './budgets.ts';
import { formatSeconds, passOrMiss, type Row, type SectionReport } from './report.ts';
import type { CommandResult } from './run-command.ts';
import { syntheticContent } from './synthetic-content.ts';
import { timeLoadContent, timeValidateCommand } from './validate-timing.ts';
import { writeContent } from './write-content.ts';

const SECTION = 'Scale';
/**
 * Synthetic builds are timed twice and the faster kept: on a 2-core machine one stray process (or
 * Vite re-optimising its dependencies after CONTENT_DIR changes) can double a single build.
 */
const BUILD_RUNS = 2;

interface ContentSetTiming {
  label: string;
  /** The requested size of a synthetic set; absent for the real content. */
  synthetic?: number;
  scenarios: number;
  loadSeconds: number;
  loadErrors: number;
  command: CommandResult;
  build: CommandResult;
}

/**
 * Times validation and the full build on the real content and on synthetic sets of 100 and 1,000
 * scenarios, and checks that build time per scenario does not grow with the size of the set.
 * `realBuild` is the build the bench already made of the real content.
 */
export async function scaleSection(workDir: string, realContentDir: string, realBuild: CommandResult, progress: (line: string) => void): Promise<SectionReport> {
  const timings: ContentSetTiming[] = [await timeContentSet('real content', realContentDir, realBuild)];
  for (const size of SCALE_SIZES) {
    progress(`scale: generating and timing ${size} synthetic scenarios`);
    const contentDir = writeContent(syntheticContent({ scenarios: size }), join(workDir, `content-${size}`));
    const build = await fastestBuild(contentDir, join(workDir, `dist-${size}`));
    timings.push({ ...(await timeContentSet('synthetic', contentDir, build)), synthetic: size });
  }
  return { rows: [...timings.flatMap((timing) => rowsFor(timing, timings)), ...marginalRow(timings)], notes: failureNotes(timings) };
}

async function fastestBuild(contentDir: string, outDir: string): Promise<CommandResult> {
  let fastest: CommandResult | undefined;
  for (let run = 0; run < BUILD_RUNS; run += 1) {
    const build = await buildSite({ contentDir, outDir });
    rmSync(outDir, { recursive: true, force: true });
    if (!build.ok) return build;
    if (!fastest || build.seconds < fastest.seconds) fastest = build;
  }
  return fastest as CommandResult;
}

function describe({ label, scenarios }: ContentSetTiming): string {
  return `${label} (${scenarios.toLocaleString('en')} scenarios)`;
}

async function timeContentSet(label: string, contentDir: string, build: CommandResult): Promise<ContentSetTiming> {
  const load = timeLoadContent(contentDir);
  const command = await timeValidateCommand(contentDir);
  return { label, scenarios: load.scenarios, loadSeconds: load.seconds, loadErrors: load.errors, command, build };
}

function rowsFor(timing: ContentSetTiming, all: readonly ContentSetTiming[]): Row[] {
  const { build } = timing;
  const isLargest = timing.synthetic === SCALE_SIZES.at(-1);
  const who = describe(timing);
  const rows: Row[] = [];
  if (timing.loadErrors > 0) {
    rows.push({ section: SECTION, figure: `validate ${who}`, value: `${timing.loadErrors} errors`, budget: '', result: 'FAILED' });
  } else {
    rows.push({
      section: SECTION,
      figure: `validate ${who}: loadContent, best of 3`,
      value: formatSeconds(timing.loadSeconds),
      budget: isLargest ? `< ${BUDGETS.validateSeconds} s` : '',
      result: isLargest ? passOrMiss(timing.loadSeconds < BUDGETS.validateSeconds) : 'INFO',
    });
  }
  // The command is what an author waits for, Node start-up included, so it gets the budget too.
  rows.push({
    section: SECTION,
    figure: `validate ${who}: node scripts/validate.ts, once`,
    value: timing.command.ok ? formatSeconds(timing.command.seconds) : 'failed',
    budget: isLargest ? `< ${BUDGETS.validateSeconds} s` : '',
    result: !timing.command.ok ? 'FAILED' : isLargest ? passOrMiss(timing.command.seconds < BUDGETS.validateSeconds) : 'INFO',
  });
  if (!build.ok) {
    rows.push({ section: SECTION, figure: `build ${who}`, value: 'failed', budget: '', result: 'FAILED' });
    return rows;
  }
  rows.push({
    section: SECTION,
    figure: `build ${who}: npm run build${timing.synthetic ? `, best of ${BUILD_RUNS}` : ''}`,
    value: formatSeconds(build.seconds),
    budget: isLargest ? `< ${BUDGETS.buildSeconds} s` : '',
    result: isLargest ? passOrMiss(build.seconds < BUDGETS.buildSeconds) : 'INFO',
  });
  rows.push(perScenarioRow(timing, all));
  return rows;
}

/** Build seconds per scenario; at the largest size, compared with the smallest synthetic size. */
function perScenarioRow(timing: ContentSetTiming, all: readonly ContentSetTiming[]): Row {
  const perScenario = (t: ContentSetTiming) => (t.build.seconds * 1000) / Math.max(1, t.scenarios);
  const row = { section: SECTION, figure: `build per scenario, ${describe(timing)}`, value: `${perScenario(timing).toFixed(1)} ms` };
  const smallest = all.find((t) => t.synthetic === SCALE_SIZES[0]);
  if (timing.synthetic !== SCALE_SIZES.at(-1) || !smallest?.build.ok) return { ...row, budget: '', result: 'INFO' };
  const ceiling = perScenario(smallest) * BUDGETS.linearGrowth;
  return { ...row, budget: `≤ ${ceiling.toFixed(1)} ms (${BUDGETS.linearGrowth} × at ${SCALE_SIZES[0]})`, result: passOrMiss(perScenario(timing) <= ceiling) };
}

function failureNotes(timings: readonly ContentSetTiming[]): string[] {
  return timings.flatMap((t) => [
    ...(t.command.ok ? [] : [`validate failed on ${describe(t)}:\n${t.command.tail}`]),
    ...(t.build.ok ? [] : [`build failed on ${describe(t)}:\n${t.build.tail}`]),
  ]);
}

/**
 * What each scenario beyond the smallest set adds to the build. The per-scenario ratio above
 * flatters large sets, since Astro's and Pagefind's fixed start-up cost is spread over more pages;
 * this figure leaves the fixed cost out.
 */
function marginalRow(timings: readonly ContentSetTiming[]): Row[] {
  const small = timings.find((t) => t.synthetic === SCALE_SIZES[0]);
  const large = timings.find((t) => t.synthetic === SCALE_SIZES.at(-1));
  if (!small?.build.ok || !large?.build.ok || large.scenarios <= small.scenarios) return [];
  const perScenario = ((large.build.seconds - small.build.seconds) * 1000) / (large.scenarios - small.scenarios);
  return [{ section: SECTION, figure: `build cost of each added scenario, ${SCALE_SIZES[0]} → ${SCALE_SIZES.at(-1)}`, value: `${perScenario.toFixed(1)} ms`, budget: '', result: 'INFO' }];
}
