import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The compile cache `npm run advise` keeps (package.json): each spawned run skips compiling the CLI again. */
const COMPILE_CACHE = 'node_modules/.cache/node-compile';

const projectDir = resolve(import.meta.dirname, '../../..');

/** Runs `npm run advise -- …` the way a person would, with this Node (24, which runs .ts). */
function advise(...args: string[]) {
  return adviseWith({}, ...args);
}

/**
 * Runs the command without blocking, so the tests below can run at once: each run spends about a
 * second loading content/, and vitest keeps one core of two for itself.
 */
function adviseWith(env: Record<string, string>, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['scripts/advise.ts', ...args], { cwd: projectDir, env: { ...process.env, NODE_COMPILE_CACHE: COMPILE_CACHE, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

/** ESC, BEL, CR, DEL, C1 (U+009B is CSI) and the bidi controls: what a terminal obeys instead of showing. */
const TERMINAL_CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

// Each run loads and validates all of content/, which takes a second or two; the tests run concurrently.
describe.concurrent('npm run advise', { timeout: 30_000 }, () => {
  it('prints the recommendation as JSON with mode, tool, reasons and flags', async () => {
    const run = await advise('--source', 'sql-server', '--target', 'azure-sql-managed-instance', '--answer', 'downtime-hours=1', '--answer', 'database-size-gb=2000', '--json', '--today', '2026-11-22');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const rec = JSON.parse(run.stdout);
    expect(rec).toMatchObject({ mode: 'online', tool: 'dms', supported: true });
    expect(rec.reasons.length).toBeGreaterThan(0);
    expect(rec.flags).toContainEqual(expect.objectContaining({ id: 'mi-online-lrs-30-day-limit', severity: 'warning' }));
  });

  it('prints a readable summary without --json', async () => {
    const run = await advise('--source', 'postgresql', '--target', 'azure-postgresql-flexible-server', '--answer', 'downtime-hours=8', '--answer', 'database-size-gb=20');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# PostgreSQL/);
    expect(run.stdout).toContain('**Migrate offline with');
    expect(run.stdout).toContain('## Offline copy-time estimate');
  });

  it('lists the questions and platform ids with --help', async () => {
    const run = await advise('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('downtime-hours  [number] a number from 0 to 720 hours');
    expect(run.stdout).toContain('write-intensity  [choice] one of low, moderate, heavy');
    expect(run.stdout).toContain('  sql-server  SQL Server');
  });

  it('rejects an unknown platform with a did-you-mean, on stderr, with a non-zero exit', async () => {
    const run = await advise('--source', 'sql-sever', '--target', 'azure-sql-managed-instance');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--source "sql-sever" is not a known platform. Did you mean "sql-server"?');
  });

  it('reports every bad argument together: malformed, unknown and invalid answers', async () => {
    const run = await advise('--source', 'mysql', '--target', 'azure-mysql-flexible-server', '--answer', 'downtime', '--answer', 'dowtime-hours=2', '--answer', 'write-intensity=extreme');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--answer "downtime" is not of the form <question-id>=<value>');
    expect(run.stderr).toContain('--answer "dowtime-hours" is not a wizard question. Did you mean "downtime-hours"?');
    expect(run.stderr).toContain('--answer write-intensity="extreme" is not valid: write-intensity needs one of low, moderate, heavy.');
  });

  /** One run with a bad argument of every kind, shared by the tests that read its messages. */
  let badRun: ReturnType<typeof advise> | undefined;
  const bad = () =>
    (badRun ??= advise(
      '--source',
      '\u001b[2J\u001b]0;owned\u0007',
      '--target',
      'azure-\u202emysql',
      '--answer',
      '\u009b31mdowntime-hours=1',
      '--answer',
      'write-intensity=\u001b[31mheavy\r',
      '--today',
      '2026-13-45',
    ));

  it('rejects an impossible --today date, saying what is wrong with it', async () => {
    const run = await bad();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--today "2026-13-45" is not a real calendar date: there is no month 13; give a date such as 2026-11-22.');
  });

  it('prints escape sequences and bidi controls from ids and answers as visible escapes, never raw', async () => {
    const run = await bad();
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(TERMINAL_CONTROLS);
    expect(run.stderr).toContain('--source "\\u001b[2J\\u001b]0;owned\\u0007" is not a known platform.');
    expect(run.stderr).toContain('--target "azure-\\u202emysql" is not a known platform.');
    expect(run.stderr).toContain('--answer "\\u009b31mdowntime-hours" is not a wizard question.');
    expect(run.stderr).toContain('--answer write-intensity="\\u001b[31mheavy\\r" is not valid');
  });

  it('prints a content file name with escape sequences as visible escapes', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ma-cli-'));
    try {
      mkdirSync(join(root, 'platforms'));
      writeFileSync(join(root, 'platforms', '\u001b[31mevil\u202e.md'), '---\nname: Evil\n---\n');
      const run = await adviseWith({ CONTENT_DIR: root }, '--source', 'mysql', '--target', 'azure-mysql-flexible-server');
      expect(run.code).toBe(1);
      expect(run.stderr).not.toMatch(TERMINAL_CONTROLS);
      expect(run.stderr).toContain('\\u001b[31mevil\\u202e.md');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('rejects unknown options and a missing target', async () => {
    expect((await advise('--source', 'mysql', '--colour')).stderr).toMatch(/could not be read: Unknown option '--colour'/);
    expect((await advise('--source', 'mysql')).stderr).toContain('--target is missing');
  });

  it('refuses a same-platform move by the same rule as the wizard: only where no scenario describes it', async () => {
    const [refused, answered] = await Promise.all([
      advise('--source', 'azure-mysql-single-server', '--target', 'azure-mysql-single-server', '--today', '2026-11-22'),
      advise('--source', 'azure-postgresql-single-server', '--target', 'azure-postgresql-single-server', '--json', '--today', '2026-11-22'),
    ]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/same platform/);
    expect(answered.code).toBe(0);
    expect(JSON.parse(answered.stdout).scenario).toBe('azure-postgresql-single-server-to-azure-postgresql-single-server');
  });
});
