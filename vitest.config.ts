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
    env: seed === undefined ? {} : { FC_SEED: seed },
  },
});
