/**
 * `npm run bench [-- --skip-lighthouse] [--skip-scale] [--markdown]`: builds the site and prints
 * its figures next to their budgets: Lighthouse scores, bytes shipped per page type, validation
 * and build time at scale, and the advisor engine's speed. It reports; it is not a test, so it
 * exits 0 whatever it finds. Progress goes to stderr, the report to stdout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSite } from './build-site.ts';
import { bytesSection } from './bytes-section.ts';
import { engineSection } from './engine-section.ts';
import { PRESET } from './lighthouse-audit.ts';
import { lighthouseSection } from './lighthouse-section.ts';
import { freePort } from './preview-server.ts';
import { markdownTable, textTable, type SectionReport } from './report.ts';
import { scaleSection } from './scale-section.ts';

const flags = new Set(process.argv.slice(2));
const unknown = [...flags].filter((flag) => !['--skip-lighthouse', '--skip-scale', '--markdown'].includes(flag));
if (unknown.length > 0) {
  console.error(`Unknown option ${unknown.join(', ')}. Options: --skip-lighthouse, --skip-scale, --markdown.`);
  process.exit(2);
}

const projectDir = resolve(import.meta.dirname, '../..');
const contentDir = join(projectDir, 'content');
const workDir = mkdtempSync(join(tmpdir(), 'ma-bench-'));
const progress = (line: string) => console.error(`· ${line}`);
const started = performance.now();
// Timings mean little on a busy machine; the load before and after lets a reader judge them.
const loadAtStart = loadavg()[0];

/** Runs one section; an unexpected failure becomes a FAILED row with its message, not a crash. */
async function guarded(section: string, run: () => SectionReport | Promise<SectionReport>): Promise<SectionReport> {
  try {
    return await run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { rows: [{ section, figure: 'section', value: 'error', budget: '', result: 'FAILED' }], notes: [`${section} failed: ${message}`] };
  }
}

const reports: SectionReport[] = [];
try {
  // The site is built for the address it will be served from, so canonical links match it.
  const port = await freePort();
  const distDir = join(workDir, 'dist');
  progress('building the site from content/');
  const realBuild = await buildSite({ outDir: distDir, siteUrl: `http://127.0.0.1:${port}` });
  if (!realBuild.ok) {
    reports.push({ rows: [{ section: 'Build', figure: 'npm run build (content/)', value: 'failed', budget: '', result: 'FAILED' }], notes: [`The build failed, so there is no site to measure:\n${realBuild.tail}`] });
  } else {
    progress('measuring bytes shipped');
    reports.push(await guarded('Bytes', () => bytesSection(distDir)));
    if (!flags.has('--skip-lighthouse')) {
      progress('running Lighthouse');
      reports.push(await guarded('Lighthouse', () => lighthouseSection(distDir, port)));
    }
  }
  if (!flags.has('--skip-scale')) {
    progress('timing validation and builds at scale');
    reports.push(await guarded('Scale', () => scaleSection(workDir, contentDir, realBuild, progress)));
  }
  progress('timing the advisor engine');
  reports.push(await guarded('Engine', () => engineSection(contentDir)));
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

const rows = reports.flatMap((report) => report.rows);
const notes = reports.flatMap((report) => report.notes);
const misses = rows.filter((row) => row.result === 'MISS').length;
const absent = rows.filter((row) => row.result === 'MISSING' || row.result === 'FAILED').length;
const load = `load average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end`;
console.log(`Migration Advisor bench: Lighthouse ${PRESET} preset in ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}, ${availableParallelism()} cores (${load}), Node ${process.version}.\n`);
console.log(flags.has('--markdown') ? markdownTable(rows) : textTable(rows));
if (notes.length > 0) console.log(`\nDetails:\n${notes.map((note) => `- ${note}`).join('\n')}`);
console.log(`\n${rows.length} figures: ${misses} over budget, ${absent} missing or failed (${((performance.now() - started) / 1000).toFixed(0)} s).`);
process.exit(0);
