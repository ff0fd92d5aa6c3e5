import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_INVENTORY } from '../../../src/lib/fleet/index.ts';
import { CONTENT_TODAY } from '../../support/real-content.ts';

/** The compile cache `npm run advise` keeps (package.json): each spawned run skips compiling the CLI again. */
const COMPILE_CACHE = 'node_modules/.cache/node-compile';

const projectDir = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'ma-fleet-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Runs `npm run advise -- …` with this Node (24), without blocking, so the runs below overlap. */
function advise(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, ['scripts/advise.ts', ...args], { cwd: projectDir, env: { ...process.env, NODE_COMPILE_CACHE: COMPILE_CACHE, COLUMNS: '160' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const TERMINAL_CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const sample = file('sample.csv', SAMPLE_INVENTORY);
/** The sample with two more rows: a name a spreadsheet would run as a formula, and one holding terminal escapes. */
const tricky = file(
  'tricky.csv',
  [SAMPLE_INVENTORY.trimEnd(), '=HYPERLINK("http://x"),sql-server,azure-sql-managed-instance', '"\u001b[2J\u001b]0;owned\u0007evil\u202e",mysql,azure-mysql-flexible-server', ''].join('\r\n'),
);

// Each run loads and validates all of content/ (a second or two); the runs overlap.
describe.concurrent('npm run advise -- --inventory', { timeout: 180_000 }, () => {
  it('advises every row, reports the one bad row on its own line, shows escapes in a name as text, and exits 3', async () => {
    const run = await advise('--inventory', tricky, '--today', CONTENT_TODAY);
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/^Judged as of 2026-12-01\. 15 rows: 14 advised, 1 with errors\./);
    expect(run.stdout).not.toMatch(TERMINAL_CONTROLS);
    expect(run.stdout).toMatch(/^ +16 {2}\\u001b\[2J\\u001b\]0;/m);
    expect(run.stdout).toMatch(/^ +2 {2}crm-prod /m);
    expect(run.stdout).toMatch(/^ {4}Line 14: target "azure-sql-managed-instence" is not a platform this site knows; did you mean/m);
    expect(run.stdout).toContain('Suggested waves');
    expect(run.stderr).toBe('1 of 15 rows has errors and was not advised; the other rows were.\n');
  });

  it('prints rows and summary as JSON with the issue\u2019s field names, the bad row among the advised ones', async () => {
    const run = await advise('--inventory', sample, '--json', '--today', CONTENT_TODAY);
    expect(run.code).toBe(3);
    const result = JSON.parse(run.stdout);
    expect(Object.keys(result)).toEqual(expect.arrayContaining(['rows', 'summary', 'waves', 'notices', 'fileErrors']));
    expect(result.rows).toHaveLength(13);
    for (const row of result.rows) {
      expect(Object.keys(row)).toEqual(expect.arrayContaining(['line', 'name', 'source', 'target', 'mode', 'tool', 'status', 'estimate', 'blockers', 'warnings', 'deadlines', 'presets', 'errors']));
    }
    const crm = result.rows.find((r: { name: string }) => r.name === 'crm-prod');
    expect(Object.keys(crm.estimate).sort()).toEqual(['basis', 'hours', 'lowerBound']);
    expect(result.rows.filter((r: { errors: unknown[] }) => r.errors.length > 0).map((r: { line: number }) => r.line)).toEqual([14]);
    expect(result.summary).toMatchObject({ rows: 13, advised: 12, errors: { count: 1, lines: [14] } });
    expect(run.stderr).toContain('Line 14: target "azure-sql-managed-instence"');
  });

  it('writes CSV that parses back, with formulas neutralised and escapes made visible', async () => {
    const run = await advise('--inventory', tricky, '--csv', '--today', CONTENT_TODAY);
    expect(run.code).toBe(3);
    expect(run.stdout).not.toMatch(TERMINAL_CONTROLS);
    const parsed = Papa.parse<Record<string, string>>(run.stdout.trim(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(15);
    expect(parsed.data.slice(-2).map((r) => r.name)).toEqual(["'=HYPERLINK(\"http://x\")", '\\u001b[2J\\u001b]0;owned\\u0007evil\\u202e']);
    expect(parsed.data[13]).toMatchObject({ line: '15', source: 'sql-server', target: 'azure-sql-managed-instance', mode: expect.stringMatching(/^(offline|online)$/) });
  });

  it('exits 4 with a clear message for a missing file, a folder, a file that is not UTF-8 and one with no target column', async () => {
    const latin1 = file('latin1.csv', Uint8Array.from([...Buffer.from('name,source,target\nm'), 0xfc, ...Buffer.from('nchen,mysql,azure-mysql-flexible-server\n')]));
    const noTarget = file('no-target.csv', 'name,source\ncrm,sql-server\n');
    const runs = await Promise.all([join(dir, 'missing.csv'), dir, latin1, noTarget].map((path) => advise('--inventory', path, '--json')));
    expect(runs.map((r) => r.code)).toEqual([4, 4, 4, 4]);
    expect(runs.map((r) => r.stdout)).toEqual(['', '', '', '']);
    expect(runs[0].stderr).toMatch(/missing\.csv" does not exist/);
    expect(runs[1].stderr).toMatch(/is a folder; give the CSV file inside it/);
    expect(runs[2].stderr).toMatch(/is not UTF-8 text \(line 2 holds a byte UTF-8 does not allow/);
    expect(runs[3].stderr).toMatch(/The header row has no target column/);
  });

  it('exits 2 for options that do not go together and for a bad --today, naming each', async () => {
    const run = await advise('--inventory', sample, '--source', 'mysql', '--json', '--csv', '--today', '2026-02-30');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--inventory advises each row\'s own source, target and answers, so --source cannot be given with it.');
    expect(run.stderr).toContain('Give at most one output format; found --json and --csv.');
    expect(run.stderr).toContain('--today "2026-02-30" is not a real calendar date');
  });
});
