import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, seedFrom } from '../../support/fast-check-seed.ts';

/** The message of a property that fails, as a person reading the test output sees it. */
function failureMessage(): string {
  try {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1000 }), (n) => n < 500));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('the property was expected to fail');
}

describe('reproducible property tests', () => {
  it('run every property with the seed FC_SEED names, the fixed default when it is unset', () => {
    expect(fc.readConfigureGlobal().seed).toBe(seedFrom(process.env.FC_SEED));
    expect(seedFrom(undefined)).toBe(DEFAULT_SEED);
    expect(seedFrom(' ')).toBe(DEFAULT_SEED);
  });

  it('read FC_SEED as an integer and refuse anything else, saying what to give', () => {
    expect(seedFrom('42')).toBe(42);
    expect(seedFrom('-7')).toBe(-7);
    for (const setting of ['abc', '1.5', '1e3', '99999999999999999999']) {
      expect(() => seedFrom(setting)).toThrow(`FC_SEED="${setting}" is not a seed. Give an integer`);
    }
  });

  it('print the seed and path of a failure, and replaying them gives the same counterexample', () => {
    const message = failureMessage();
    const seed = fc.readConfigureGlobal().seed;
    expect(message).toContain(`seed: ${seed}`);
    const path = /path: "([\d:]+)"/.exec(message)?.[1];
    expect(path).toBeDefined();
    expect(failureMessage()).toBe(message);
    const replay = fc.check(fc.property(fc.integer({ min: 0, max: 1000 }), (n) => n < 500), { seed, path });
    expect(replay.failed).toBe(true);
    expect(message).toContain(`Counterexample: [${replay.counterexample?.[0]}]`);
  });
});
