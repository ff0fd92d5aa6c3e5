import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

/**
 * Astro writes a static build's server bundle to `<outDir>/.prerender/` when outDir is inside the
 * project, and to the shared `.astro/.prerender/` when it is not (OUT_DIR=/tmp/…). Two builds
 * writing there at once corrupt each other, so a build takes a lock named after the folder it
 * will write to and a second one is refused with a message instead of failing half-way.
 */
export function prerenderDir(projectDir: string, outDir: string): string {
  const out = resolve(outDir);
  const inside = out === projectDir || out.startsWith(projectDir + '/');
  return inside ? join(out, '.prerender') : join(projectDir, '.astro', '.prerender');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class BuildLockedError extends Error {}

/**
 * Takes the lock for builds that write to `sharedDir`, or throws BuildLockedError naming the
 * build that holds it. A lock left by a build that crashed (its process is gone) is taken over.
 * Returns the function that releases it.
 */
export function acquireBuildLock(projectDir: string, sharedDir: string, pid = process.pid): () => void {
  const lockDir = join(projectDir, '.astro', 'build-locks');
  mkdirSync(lockDir, { recursive: true });
  const file = join(lockDir, `${createHash('sha256').update(sharedDir).digest('hex').slice(0, 16)}.lock`);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(file, String(pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(holder) && holder !== pid && isAlive(holder)) {
        throw new BuildLockedError(
          `Another build (process ${holder}) is writing to ${sharedDir}. Two builds there at once break each other: ` +
            `wait for it to finish, or give this build an OUT_DIR inside the project (each then has its own .prerender/ folder).`,
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new BuildLockedError(`Could not take the build lock for ${sharedDir}; remove ${file} if no build is running.`);
}
