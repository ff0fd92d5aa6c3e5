import type { Dataset } from '../../src/lib/data/dataset.ts';
import { seededRandom } from './prng.ts';
import { randomInput, type RandomInput } from './random-answers.ts';

/** The engine's own signature, taken from its module so a change there shows up in `npm run check`. */
type Recommend = typeof import('../../src/lib/advisor/recommend.ts').recommend;
type AdvisorData = Parameters<Recommend>[0];

export interface EngineSpeed {
  inputs: number;
  /** Recommendations per second in the fastest of the timed passes. */
  perSecond: number;
  /** How often each outcome came up, to show the inputs exercised every path. */
  outcomes: Record<string, number>;
}

const SEED = 20_261_122;
const TIMED_PASSES = 3;

/**
 * Recommendations per second over a fixed set of random answer sets (seeded, so every run feeds
 * the engine the same inputs). One untimed pass warms the JIT; the best timed pass is reported.
 */
export function measureEngine(recommend: Recommend, dataset: Dataset, data: AdvisorData, count = 5000): EngineSpeed {
  const random = seededRandom(SEED);
  const inputs: RandomInput[] = Array.from({ length: count }, () => randomInput(dataset, random));
  const today = new Date().toISOString().slice(0, 10);
  const outcomes: Record<string, number> = {};
  for (const input of inputs) {
    const { mode, supported } = recommend(data, input, { today });
    const outcome = !supported ? 'pair not supported today' : mode === 'none' ? 'no mode fits' : mode;
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  }
  let best = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < TIMED_PASSES; pass += 1) {
    const started = performance.now();
    for (const input of inputs) recommend(data, input, { today });
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  return { inputs: count, perSecond: count / best, outcomes };
}
