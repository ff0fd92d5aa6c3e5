/** Runs before each test file (vitest.config.ts `setupFiles`): see fast-check-seed.ts. */
import fc from 'fast-check';
import { seedFrom } from './fast-check-seed.ts';

// Keep any other global settings; only the seed is ours. fast-check's default verbosity prints
// the seed and path of a failure, so it is left as it is.
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: seedFrom(process.env.FC_SEED) });
