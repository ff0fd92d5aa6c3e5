import { beforeAll, describe, expect, it } from 'vitest';
import { recommend } from '../../../src/lib/advisor/recommend.ts';
import type { AdvisorData } from '../../../src/lib/advisor/types.ts';
import type { Dataset } from '../../../src/lib/data/dataset.ts';
import { randomAnswers } from '../../../scripts/bench/engine.ts';
import { seededRandom, type Random } from '../../../scripts/bench/synthetic-content.ts';
import { DEFAULT_SEED } from '../../support/fast-check-seed.ts';
import { CONTENT_TODAY, loadRealContent } from '../../support/real-content.ts';

/*
 * What the advisor says, byte for byte, for a fixed sample of 300 wizard visits on the real
 * content: every scenario eight times with random answers, then random pairs (unsupported,
 * unknown, the same platform twice). The engine's speed work (caches per dataset, prepared
 * lookups) must leave every answer as it was; this file is the proof. Judged on several dates,
 * so a status or retirement cached per date cannot leak into another date; dates before the
 * build on the full dataset, as the CLI's --today does (the wizard's trimmed copy keeps only the
 * current status run).
 *
 * When content/ or the engine's wording changes on purpose, rewrite the snapshot with
 * `npx vitest run tests/unit/advisor/output-snapshot.test.ts -u` and read the diff.
 */

const PER_SCENARIO = 8;
const RANDOM_PAIRS = 20;
/** Dates on or after CONTENT_TODAY are judged on the trimmed data, earlier ones on the full dataset. */
const LATER_DATES = [CONTENT_TODAY, '2027-07-01', '2031-01-01'];
const EARLIER_DATES = ['2020-06-30', '2023-03-15', '2025-09-01'];

interface Case {
  on: 'trimmed' | 'full';
  today: string;
  input: { source: string; target: string; answers: Record<string, unknown> };
}

let dataset: Dataset;
let data: AdvisorData;

beforeAll(() => {
  ({ dataset, data } = loadRealContent());
});

/** Now and then an answer a visitor could not pick (a range's bounds, a wrong type, an unknown question), so problems are covered too. */
function withOddAnswers(answers: Record<string, unknown>, random: Random): Record<string, unknown> {
  if (!random.chance(0.15)) return answers;
  const odd: Record<string, unknown> = { ...answers };
  const numbers = Object.values(data.questions).filter((q) => q.data.kind === 'number');
  const q = random.pick(numbers);
  if (q.data.kind === 'number') odd[q.id] = random.pick([q.data.min, q.data.max, q.data.max + 1, 'lots', String(q.data.min)]);
  if (random.chance(0.3)) odd['not-a-question'] = 'x';
  return odd;
}

function sampleCases(): Case[] {
  const random = seededRandom(DEFAULT_SEED);
  const scenarios = Object.values(data.scenarios).sort((a, b) => a.id.localeCompare(b.id));
  const platforms = Object.keys(data.platforms).sort();
  const pairs = [
    ...scenarios.flatMap((s) => Array.from({ length: PER_SCENARIO }, () => ({ source: s.data.source, target: s.data.target }))),
    ...Array.from({ length: RANDOM_PAIRS }, (_, i) => {
      const source = random.pick(platforms);
      // Every fifth: the same platform twice, or a platform nobody knows.
      if (i % 5 === 0) return { source, target: i % 10 === 0 ? source : 'no-such-platform' };
      return { source, target: random.pick(platforms) };
    }),
  ];
  return pairs.map((pair, i) => {
    const earlier = i % 4 === 3;
    const today = random.pick(earlier ? EARLIER_DATES : LATER_DATES);
    return { on: earlier ? 'full' : 'trimmed', today, input: { ...pair, answers: withOddAnswers(randomAnswers(data, random), random) } };
  });
}

describe('the advisor on a fixed sample of visits', () => {
  it('covers every scenario, both data shapes and both paths', () => {
    const cases = sampleCases();
    expect(cases).toHaveLength(Object.keys(data.scenarios).length * PER_SCENARIO + RANDOM_PAIRS);
    const results = cases.map((c) => recommend(c.on === 'full' ? dataset : data, c.input as never, { today: c.today }));
    for (const id of Object.keys(data.scenarios)) expect(results.some((r) => r.scenario === id)).toBe(true);
    expect(new Set(cases.map((c) => c.on))).toEqual(new Set(['trimmed', 'full']));
    expect(new Set(results.map((r) => (r.supported ? r.mode : 'unsupported')))).toEqual(new Set(['offline', 'online', 'none', 'unsupported']));
    expect(results.some((r) => r.problems.length > 0)).toBe(true);
  });

  it('says exactly what it said before, for each of them', async () => {
    const visits = sampleCases().map((c) => ({ ...c, output: recommend(c.on === 'full' ? dataset : data, c.input as never, { today: c.today }) }));
    // One field a line (indented by one space to keep the file small), so a change shows as the lines it touched.
    await expect(`${JSON.stringify(visits, null, 1)}\n`).toMatchFileSnapshot('./__snapshots__/output-sample.json');
  });
});
