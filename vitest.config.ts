import { randomInt } from 'node:crypto';
import { defineConfig } from 'vitest/config';

/**
 * Property tests run with a fixed fast-check seed (tests/support/fast-check-seed.ts, handed to
 * fast-check by fast-check-setup.ts). FC_SEED=<n> replays seed n; FC_SEED=random draws one seed
 * here, once for the whole run, and prints it so a failure can be replayed with FC_SEED=<that seed>.
 */
function fastCheckSeed(): string | undefined {
  const setting = process.env.FC_SEED?.trim();
  if (setting !== 'random') return setting;
  const seed = String(randomInt(2 ** 31));
  console.log(`fast-check seed for this run: ${seed} (replay with FC_SEED=${seed})`);
  return seed;
}

const seed = fastCheckSeed();

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/support/fast-check-setup.ts'],
    // Test files in one worker share evaluated modules instead of re-importing zod, remark and the
    // content loader for each file (about a third of the suite's time). That is safe because the
    // only state the code under test keeps is the build's validated-content cache, keyed by content
    // folder (each test uses its own temporary folder), and tests mock nothing at file level: the
    // one mock (wording.test.ts) is scoped to its test and resets the module registry afterwards.
    isolate: false,
    // One worker per core: vitest's default keeps a core for its own process, which idles while the
    // workers run, and with 2 cores that would leave the suite on one.
    maxWorkers: '100%',
    env: seed === undefined ? {} : { FC_SEED: seed },
    // `npm run coverage`: which lines of the library the unit tests run (a summary; the report is
    // written to coverage/, which git ignores). Not a gate; instrumented tests run slower, so the
    // script gives them longer timeouts, and a report is written even when a test fails.
    coverage: { provider: 'v8', include: ['src/lib/**'], reporter: ['text-summary', 'html'], reportsDirectory: 'coverage', reportOnFailure: true },
  },
});
