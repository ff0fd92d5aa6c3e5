import { spawn } from 'node:child_process';
import { dirname } from 'node:path';

export interface CommandResult {
  ok: boolean;
  /** Wall-clock time from spawn to exit. */
  seconds: number;
  /** The last lines of stdout and stderr together, to show why a command failed. */
  tail: string;
}

/**
 * The environment for child commands: the running Node (24) first on PATH, so `npm run build`
 * and the tools it calls never fall back to an older system Node when the bench is started
 * directly rather than through npm.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  // Astro's telemetry would call a network host; the benchmark must not.
  return { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`, ...extra };
}

/** Runs a command to completion and times it; never throws, so one failed step cannot end the run. */
export function runCommand(command: string, args: string[], env: Record<string, string> = {}): Promise<CommandResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const finish = (ok: boolean, extra = '') =>
      resolve({ ok, seconds: (performance.now() - started) / 1000, tail: (output + extra).split('\n').slice(-25).join('\n') });
    child.on('error', (error) => finish(false, `\n${error.message}`));
    child.on('close', (code) => finish(code === 0));
  });
}
