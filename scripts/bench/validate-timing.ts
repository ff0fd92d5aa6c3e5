import { resolve } from 'node:path';
import { loadContent } from '../../src/lib/content/load.ts';
import { runCommand, type CommandResult } from './run-command.ts';

export interface LoadTiming {
  /** Fastest of the runs, in seconds: the figure least disturbed by other work on the machine. */
  seconds: number;
  scenarios: number;
  errors: number;
}

/** Times `loadContent` in this process (read, parse, three levels of checks), best of `runs`. */
export function timeLoadContent(contentDir: string, runs = 3): LoadTiming {
  let best = Number.POSITIVE_INFINITY;
  let result: ReturnType<typeof loadContent> = { problems: [] };
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    result = loadContent({ contentDir, projectDir: contentDir });
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  return {
    seconds: best,
    scenarios: Object.keys(result.dataset?.scenarios ?? {}).length,
    errors: result.problems.filter((p) => p.level === 'error').length,
  };
}

/** `node scripts/validate.ts <dir>` once, as an author runs it: Node start-up and imports included. */
export function timeValidateCommand(contentDir: string): Promise<CommandResult> {
  return runCommand(process.execPath, [resolve(import.meta.dirname, '../validate.ts'), contentDir]);
}
