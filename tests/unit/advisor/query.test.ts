import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/lib/advisor/answers.ts';
import { parseDecimal, toDecimal } from '../../../src/lib/advisor/decimal.ts';
import { toQuery } from '../../../src/lib/advisor/wizard-address.ts';
import { pick, relevantQuestions } from '../../../src/lib/advisor/relevance.ts';
import type { AdvisorData, AnswerValues } from '../../../src/lib/advisor/types.ts';
import { fixture } from './fixture.ts';

/** The fixture plus questions whose ranges and options reach the extremes of a double. */
const data = fixture({
  questions: {
    'any-number': { kind: 'number', prompt: 'Any number?', order: 400, unit: 'units', min: -Number.MAX_VALUE, max: Number.MAX_VALUE },
    'tiny-number': { kind: 'number', prompt: 'A tiny number?', order: 410, unit: 'units', min: 0, max: 1e-300 },
    'odd-option': {
      kind: 'choice',
      prompt: 'An option with an odd number?',
      order: 420,
      options: [
        { value: 1e-7, label: 'Tiny' },
        { value: 1e21, label: 'Huge' },
        { value: 'plain', label: 'Plain' },
      ],
    },
  },
});

const MI = { source: 'sql-server', target: 'azure-sql-managed-instance' };

/** Doubles a person would not type but a form or a script can produce, for any range. */
const EXTREMES = [Number.MIN_VALUE, 1e-300, 1e-7, 1.5e-7, 0.1, 1e21, 1.2345678901234567e25, Number.MAX_SAFE_INTEGER + 2, Number.MAX_VALUE];

function numberIn(min: number, max: number): fc.Arbitrary<number> {
  const extremes = [...EXTREMES, ...EXTREMES.map((x) => -x), min, max, 0, -0].filter((x) => x >= min && x <= max);
  return fc.oneof(fc.double({ min, max, noNaN: true }), fc.constantFrom(...extremes));
}

/** Any valid answer set: each question answered or not, with any value its definition allows. */
function answersArbitrary(d: AdvisorData): fc.Arbitrary<AnswerValues> {
  const fields: Record<string, fc.Arbitrary<AnswerValues[string]>> = {};
  for (const [id, { data: q }] of Object.entries(d.questions)) {
    fields[id] = q.kind === 'number' ? numberIn(q.min, q.max) : q.kind === 'choice' ? fc.constantFrom(...q.options.map((o) => o.value)) : fc.boolean();
  }
  return fc.record(fields, { requiredKeys: [] }) as fc.Arbitrary<AnswerValues>;
}

const pairs = fc.oneof(
  fc.constantFrom(...Object.values(data.scenarios).map((s) => ({ source: s.data.source, target: s.data.target }))),
  fc.constant({}),
);

describe('writing numbers into the address', () => {
  it.each([
    [1e-7, '0.0000001'],
    [-1.5e-7, '-0.00000015'],
    [1e21, '1000000000000000000000'],
    [1.2345e22, '12345000000000000000000'],
    [2.5, '2.5'],
    [720, '720'],
    [-0, '-0'],
  ])('writes %d as the plain decimal %s', (value, text) => {
    expect(toDecimal(value)).toBe(text);
    expect(Object.is(parseDecimal(text), value)).toBe(true);
  });

  it('writes every finite double as a plain decimal that reads back as the same double', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(...EXTREMES)), (value) => {
        const text = toDecimal(value);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Object.is(parseDecimal(text), value)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('writes a tiny downtime without an exponent, so the wizard reads it back', () => {
    expect(toQuery(data, { ...MI, answers: { 'downtime-hours': 1e-7 } })).toBe('source=sql-server&target=azure-sql-managed-instance&downtime-hours=0.0000001');
  });
});

describe('the wizard address reads back what it writes', () => {
  it('for any pair and any valid answers to every question, numbers anywhere in [min, max]', () => {
    fc.assert(
      fc.property(pairs, answersArbitrary(data), (pair, answers) => {
        const written = pick(answers, relevantQuestions(data, pair, answers));
        const query = toQuery(data, { ...pair, answers });
        expect(query).not.toMatch(/\d[eE][+-]?\d/);
        // toEqual compares numbers with Object.is, so -0 must come back as -0, not 0.
        expect(parseQuery(data, query)).toEqual({ ...pair, answers: written, problems: [] });
      }),
      { numRuns: 500 },
    );
  });
});
