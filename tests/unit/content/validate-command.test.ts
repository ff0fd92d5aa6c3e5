import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const projectDir = resolve(import.meta.dirname, '../../..');

/** ESC, BEL, CR, DEL, C1 (U+009B is CSI) and the bidi controls: what a terminal obeys instead of showing. */
const TERMINAL_CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('npm run validate', { timeout: 30_000 }, () => {
  let root = '';
  let run: { code: number | null; output: string };

  // One run of `node scripts/validate.ts <folder>`, the command behind `npm run validate`.
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'ma-validate-'));
    mkdirSync(join(root, 'platforms'));
    writeFileSync(join(root, 'platforms', '\u001b]0;owned\u0007\u001b[31mevil\u202e.md'), '---\nname: Evil\n---\n');
    writeFileSync(join(root, 'platforms', 'spoofed.md'), '---\nname: "\\x9b31mSpare\\u202etool"\n---\n');
    const spawned = spawnSync(process.execPath, ['scripts/validate.ts', root], { cwd: projectDir, encoding: 'utf8' });
    run = { code: spawned.status, output: spawned.stdout + spawned.stderr };
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('prints a file name with escape sequences and bidi controls as visible escapes, never raw', () => {
    expect(run.code).toBe(1);
    expect(run.output).not.toMatch(TERMINAL_CONTROLS);
    expect(run.output).toContain('platforms/\\u001b]0;owned\\u0007\\u001b[31mevil\\u202e.md: File name is not a valid id');
  });

  it('prints a found value with a C1 control and a bidi override as visible escapes', () => {
    expect(run.output).toContain('found    "\\u009b31mSpare\\u202etool"');
  });
});
