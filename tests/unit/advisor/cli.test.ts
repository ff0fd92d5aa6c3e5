import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const projectDir = resolve(import.meta.dirname, '../../..');

/** Runs `npm run advise -- …` the way a person would, with this Node (24, which runs .ts). */
function advise(...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/advise.ts', ...args], { cwd: projectDir, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each run loads and validates all of content/, which takes a second or two.
describe('npm run advise', { timeout: 30_000 }, () => {
  it('prints the recommendation as JSON with mode, tool, reasons and flags', () => {
    const run = advise('--source', 'sql-server', '--target', 'azure-sql-managed-instance', '--answer', 'downtime-hours=1', '--answer', 'database-size-gb=2000', '--json', '--today', '2026-11-22');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const rec = JSON.parse(run.stdout);
    expect(rec).toMatchObject({ mode: 'online', tool: 'dms', supported: true });
    expect(rec.reasons.length).toBeGreaterThan(0);
    for (const flag of rec.flags) expect(flag).toEqual(expect.objectContaining({ id: expect.any(String), severity: expect.any(String) }));
  });

  it('prints a readable summary without --json', () => {
    const run = advise('--source', 'postgresql', '--target', 'azure-postgresql-flexible-server', '--answer', 'downtime-hours=8', '--answer', 'database-size-gb=20');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# PostgreSQL/);
    expect(run.stdout).toContain('**Migrate offline with');
    expect(run.stdout).toContain('## Offline copy-time estimate');
  });

  it('lists the questions and platform ids with --help', () => {
    const run = advise('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('downtime-hours  [number] a number from 0 to 720 hours');
    expect(run.stdout).toContain('write-intensity  [choice] one of low, moderate, heavy');
    expect(run.stdout).toContain('  sql-server  SQL Server');
  });

  it('rejects an unknown platform with a did-you-mean, on stderr, with a non-zero exit', () => {
    const run = advise('--source', 'sql-sever', '--target', 'azure-sql-managed-instance');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--source "sql-sever" is not a known platform. Did you mean "sql-server"?');
  });

  it('reports every bad argument together: malformed, unknown and invalid answers', () => {
    const run = advise('--source', 'mysql', '--target', 'azure-mysql-flexible-server', '--answer', 'downtime', '--answer', 'dowtime-hours=2', '--answer', 'write-intensity=extreme');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--answer "downtime" is not of the form <question-id>=<value>');
    expect(run.stderr).toContain('--answer "dowtime-hours" is not a wizard question. Did you mean "downtime-hours"?');
    expect(run.stderr).toContain('--answer write-intensity="extreme" is not valid: write-intensity needs one of low, moderate, heavy.');
  });

  it('rejects unknown options and a missing target', () => {
    expect(advise('--source', 'mysql', '--colour').stderr).toMatch(/could not be read: Unknown option '--colour'/);
    expect(advise('--source', 'mysql').stderr).toContain('--target is missing');
  });
});
