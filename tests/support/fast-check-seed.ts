/**
 * The seed every property test runs with. tests/support/fast-check-setup.ts hands it to fast-check
 * before each test file, so all `fc.assert` calls start from it: by default the fixed one below,
 * so a run that passes keeps passing and a failure fails again on the next machine. fast-check's
 * failure message names the seed and the path to the shrunk counterexample, e.g.
 * `{ seed: 20261122, path: "17:3:0" }`.
 *
 *   FC_SEED=<integer> npx vitest run   replays a run with that seed (e.g. one a failure printed)
 *   FC_SEED=random npx vitest run      explores: one new seed for the whole run, printed at the start
 *
 * vitest.config.ts turns `random` into a number before the tests start, so the tests only ever
 * see a number or nothing.
 */
export const DEFAULT_SEED = 20_261_122;

/** The seed an FC_SEED setting names: the default when unset, otherwise an integer. */
export function seedFrom(setting: string | undefined): number {
  const text = setting?.trim() ?? '';
  if (text === '') return DEFAULT_SEED;
  const seed = Number(text);
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(seed)) {
    throw new Error(`FC_SEED="${setting}" is not a seed. Give an integer, such as the seed a failing property printed, or "random".`);
  }
  return seed;
}
