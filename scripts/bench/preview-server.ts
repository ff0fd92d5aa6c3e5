import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { childEnv } from './run-command.ts';

const HOST = '127.0.0.1';
const READY_TIMEOUT_MS = 30_000;

export interface PreviewServer {
  /** The site's root, e.g. http://127.0.0.1:43123/ */
  url: string;
  stop(): Promise<void>;
}

/** A port nothing listens on right now, chosen by the operating system. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port assigned'))));
    });
  });
}

/**
 * Serves a built site with `astro preview` on localhost and resolves once it answers. The server
 * is a child process; `stop()` ends it, and so does the bench exiting.
 */
export async function startPreview(outDir: string, port: number): Promise<PreviewServer> {
  const astro = resolve(import.meta.dirname, '../../node_modules/.bin/astro');
  const child = spawn(astro, ['preview', '--port', String(port), '--host', HOST, '--ignore-lock'], {
    env: childEnv({ OUT_DIR: outDir }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  const stopOnExit = () => child.kill();
  process.on('exit', stopOnExit);
  const stop = async () => {
    process.off('exit', stopOnExit);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };

  const url = `http://${HOST}:${port}/`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      await fetch(url);
      return { url, stop };
    } catch {
      await new Promise((wait) => setTimeout(wait, 250));
    }
  }
  await stop();
  throw new Error(`astro preview did not answer at ${url} within ${READY_TIMEOUT_MS / 1000} s.\n${output.slice(-2000)}`);
}
