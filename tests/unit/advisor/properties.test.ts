import fc from 'fast-check';
import { CONTENT_TODAY, loadRealContent } from '../../support/real-content.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateCondition } from '../../../src/lib/advisor/conditions.ts';
import { cutCodePoints } from '../../../src/lib/advisor/code-points.ts';
import { recommend } from '../../../src/lib/advisor/recommend.ts';
import type { AdvisorData, AnswerValues, Recommendation } from '../../../src/lib/advisor/types.ts';
import { scenarioId, type Dataset } from '../../../src/lib/data/dataset.ts';
import { currentStatus } from '../../../src/lib/data/queries.ts';
import { selectorMatchesOffering, selectorMatchesScenario } from '../../../src/lib/data/selectors.ts';
import { STATUSES } from '../../../src/lib/schema/vocabulary.ts';

const TODAY = CONTENT_TODAY;
let dataset: Dataset;
let data: AdvisorData;

beforeAll(() => {
  ({ dataset, data } = loadRealContent());
});

/** Any valid answer set: each question answered or not, with any value its definition allows. */
function answersArbitrary(d: AdvisorData): fc.Arbitrary<AnswerValues> {
  const fields: Record<string, fc.Arbitrary<AnswerValues[string] | undefined>> = {};
  for (const [id, { data: q }] of Object.entries(d.questions)) {
    const value: fc.Arbitrary<AnswerValues[string]> =
      q.kind === 'number'
        ? fc.oneof(fc.double({ min: q.min, max: q.max, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(q.min, q.max))
        : q.kind === 'choice'
          ? fc.constantFrom(...q.options.map((o) => o.value))
          : fc.boolean();
    fields[id] = fc.option(value, { nil: undefined });
  }
  return fc.record(fields).map((record) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as AnswerValues);
}

const pairArbitrary = () =>
  fc.oneof(
    fc.constantFrom(...Object.values(data.scenarios).map((s) => ({ source: s.data.source, target: s.data.target }))),
    fc.record({ source: fc.constantFrom(...Object.keys(data.platforms)), target: fc.constantFrom(...Object.keys(data.platforms)) }),
  );

/** A blocker that matches an offering, worked out here from the schema's own selector rule. */
function blockedBy(source: string, target: string, offering: { tool: string; mode: 'offline' | 'online' }, answers: AnswerValues): string[] {
  const scenario = dataset.scenarios[scenarioId(source, target)];
  return Object.values(dataset.considerations)
    .filter((c) => c.data.severity === 'blocker')
    .filter((c) => selectorMatchesScenario(c.data.appliesTo, scenario, dataset) && selectorMatchesOffering(c.data.appliesTo, offering))
    .filter((c) => !c.data.when || evaluateCondition(c.data.when, answers))
    .map((c) => c.id);
}

/** Values of every type JavaScript has, including objects without a prototype and boxed values. */
const anyValue = fc.anything({
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withObjectString: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
});

/** Only text, numbers and booleans can be answers; every other value must be reported. */
const isAnswerType = (value: unknown) => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

describe('advisor properties on the real content', () => {
  it('answers any pair with any valid answers, with no problem reported and a headline that matches the mode', () => {
    fc.assert(
      fc.property(pairArbitrary(), answersArbitrary(data), (pair, answers) => {
        const rec = recommend(data, { ...pair, answers }, { today: TODAY });
        const samePlatform = rec.problems.some((p) => p.kind === 'same-platform');
        expect(rec.problems.filter((p) => p.kind !== 'same-platform')).toEqual([]);
        if (samePlatform) {
          expect(pair.source).toBe(pair.target);
          expect(rec.headline).toBe('Choose a source and a target to get a recommendation.');
          return;
        }
        const id = scenarioId(pair.source, pair.target);
        expect(rec).toMatchObject({ source: pair.source, target: pair.target, scenario: Object.hasOwn(data.scenarios, id) ? id : null });
        expect(rec.mode === 'none').toBe(rec.tool === null);
        expect(rec.mode === 'none').toBe(rec.status === null);
        if (rec.mode !== 'none') expect(rec.headline).toContain(rec.toolName);
        expect(rec.relevant.every((q) => Object.hasOwn(data.questions, q))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('recommends only a mode the scenario offers at an allowed status, never one a blocker rules out', () => {
    let recommended = 0;
    fc.assert(
      fc.property(pairArbitrary(), answersArbitrary(data), (pair, answers) => {
        const rec = recommend(data, { ...pair, answers }, { today: TODAY });
        if (rec.mode === 'none') return;
        recommended += 1;
        const scenario = dataset.scenarios[scenarioId(pair.source, pair.target)];
        const offering = scenario.data.offerings.find((o) => o.mode === rec.mode && o.tool === rec.tool);
        expect(offering).toBeDefined();
        const status = STATUSES[currentStatus(offering!).status];
        expect(status.supported).toBe(true);
        const relevantAnswers = Object.fromEntries(rec.relevant.filter((id) => id in answers).map((id) => [id, answers[id]]));
        if (status.preview) expect(relevantAnswers['allow-preview']).toBe(true);
        expect(blockedBy(pair.source, pair.target, offering!, relevantAnswers)).toEqual([]);
      }),
      { numRuns: 400 },
    );
    // The property says nothing about runs without a recommendation; make sure it was exercised.
    expect(recommended).toBeGreaterThan(40);
  });

  it('survives answers of the wrong type, reporting each of them instead of throwing', () => {
    const junk = fc.dictionary(fc.oneof(fc.constantFrom(...Object.keys(data.questions)), fc.string()), anyValue, { minKeys: 1 });
    let checked = 0;
    fc.assert(
      fc.property(pairArbitrary(), junk, (pair, answers) => {
        const rec = recommend(data, { ...pair, answers: answers as never }, { today: TODAY });
        const reported = new Set(rec.problems.map((p) => p.param));
        for (const [id, value] of Object.entries(answers)) {
          if (Object.hasOwn(data.questions, id) && isAnswerType(value)) continue;
          checked += 1;
          expect(reported.has(cutCodePoints(id, 60)), id).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(300);
  });

  it('never throws, whatever the input holds in place of the pair and the answers', () => {
    const input = fc.oneof(
      fc.record({ source: anyValue, target: anyValue, answers: anyValue }, { requiredKeys: [] }),
      anyValue,
    );
    fc.assert(
      fc.property(input, (value) => {
        const rec = recommend(data, value as never, { today: TODAY });
        // Whatever came in, what goes out is the advisor's own shape: text for the pair, problems as text.
        expect(typeof rec.source).toBe('string');
        expect(rec.problems.every((p) => typeof p.param === 'string' && typeof p.value === 'string')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same answer from the trimmed page data as from the full dataset', () => {
    fc.assert(
      fc.property(pairArbitrary(), answersArbitrary(data), (pair, answers) => {
        const trimmed = recommend(data, { ...pair, answers }, { today: TODAY });
        const full = recommend(dataset, { ...pair, answers }, { today: TODAY });
        // The page data leaves out limitations' own document citations; a flag cites its limitation first.
        const withoutDocs = (rec: Recommendation) => ({
          ...rec,
          flags: rec.flags.map((f) => ({ ...f, cite: f.cite.slice(0, 1) })),
          checklist: rec.checklist.map((f) => ({ ...f, cite: f.cite.slice(0, 1) })),
        });
        expect(withoutDocs(trimmed)).toEqual(withoutDocs(full));
      }),
      { numRuns: 200 },
    );
  });
});
