import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';

export interface CommandResult {
  ok: boolean;
  /** Wall-clock time from spawn to exit. */
  seconds: number;
  /** The last lines of stdout and stderr together, to show why a command failed. */
  tail: string;
}

export const PROJECT_DIR = resolve(import.meta.dirname, '../..');

/**
 * The environment of child commands: the running Node (24) first on PATH, so nothing falls back to
 * the older system Node, and no Astro telemetry, which would call a network host.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`, ...extra };
}

/** Runs a command to completion and times it; never throws, so one failed step cannot end the run. */
export function runCommand(command: string, args: string[], env: Record<string, string> = {}, cwd = PROJECT_DIR): Promise<CommandResult> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const finish = (ok: boolean, extra = '') => done({ ok, seconds: (performance.now() - started) / 1000, tail: (output + extra).split('\n').slice(-25).join('\n') });
    child.on('error', (error) => finish(false, `\n${error.message}`));
    child.on('close', (code) => finish(code === 0));
  });
}

/** `npm run build` as a person runs it (validation, Astro, Pagefind), into `outDir`. */
export function buildSite(outDir: string, env: Record<string, string> = {}): Promise<CommandResult> {
  return runCommand('npm', ['run', 'build'], { OUT_DIR: outDir, ...env });
}

/** A port nothing listens on right now, chosen by the operating system. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port assigned'))));
    });
  });
}

/** Serves a built site with `astro preview` on 127.0.0.1 and resolves with a `stop` once it answers. */
export async function startPreview(outDir: string, port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(resolve(PROJECT_DIR, 'node_modules/.bin/astro'), ['preview', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], {
    cwd: PROJECT_DIR,
    env: childEnv({ OUT_DIR: outDir }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk));
  const exited = new Promise((done) => child.on('exit', done));
  const kill = () => child.kill();
  process.on('exit', kill);
  const stop = async () => {
    process.off('exit', kill);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const url = `http://127.0.0.1:${port}/`;
  for (const deadline = Date.now() + 30_000; Date.now() < deadline && child.exitCode === null; ) {
    try {
      await fetch(url);
      return { url, stop };
    } catch {
      await new Promise((wait) => setTimeout(wait, 250));
    }
  }
  await stop();
  throw new Error(`astro preview did not answer at ${url} within 30 s.\n${errors.slice(-2000)}`);
}
