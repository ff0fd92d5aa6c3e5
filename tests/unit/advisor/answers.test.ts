import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PARAMS, parseAnswer, parseQuery } from '../../../src/lib/advisor/answers.ts';
import { shown } from '../../../src/lib/advisor/problems.ts';
import { fixture } from './fixture.ts';

const data = fixture();
const question = (id: string) => data.questions[id].data;

describe('parseAnswer', () => {
  it.each([
    ['downtime-hours', '4', 4],
    ['downtime-hours', '2.5', 2.5],
    ['downtime-hours', ' 0 ', 0],
    ['downtime-hours', '720', 720],
    ['write-intensity', 'heavy', 'heavy'],
    ['sql-server-version', '2014', 2014],
    ['sql-server-version', '2014.0', 2014],
    ['allow-preview', 'true', true],
    ['allow-preview', 'false', false],
  ])('accepts %s=%s as %j', (id, raw, value) => {
    expect(parseAnswer(id, question(id), raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['downtime-hours', '721', 'out-of-range'],
    ['downtime-hours', '-1', 'out-of-range'],
    ['downtime-hours', 'four', 'not-a-number'],
    ['downtime-hours', '1e3', 'not-a-number'],
    ['downtime-hours', '0x10', 'not-a-number'],
    ['downtime-hours', 'Infinity', 'not-a-number'],
    ['downtime-hours', '', 'not-a-number'],
    ['write-intensity', 'HEAVY', 'not-an-option'],
    ['write-intensity', '<b>heavy</b>', 'not-an-option'],
    ['sql-server-version', '2015', 'not-an-option'],
    ['allow-preview', 'yes', 'not-a-boolean'],
  ])('rejects %s=%s as %s', (id, raw, kind) => {
    const parsed = parseAnswer(id, question(id), raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.kind).toBe(kind);
  });
});

describe('parseQuery', () => {
  it('reads the pair and the answers of a wizard address', () => {
    const parsed = parseQuery(data, '?source=sql-server&target=azure-sql-managed-instance&downtime-hours=2&write-intensity=heavy');
    expect(parsed).toEqual({
      source: 'sql-server',
      target: 'azure-sql-managed-instance',
      answers: { 'downtime-hours': 2, 'write-intensity': 'heavy' },
      problems: [],
    });
  });

  it('reports an unknown id, an out-of-range number and an unknown platform, and ignores them', () => {
    const parsed = parseQuery(data, 'source=sql-sever&downtime-hours=9999&utm_source=mail');
    expect(parsed.source).toBeUndefined();
    expect(parsed.answers).toEqual({});
    expect(parsed.problems.map((p) => p.kind)).toEqual(['unknown-platform', 'out-of-range', 'unknown-question']);
    expect(parsed.problems[1].message).toBe('"downtime-hours" needs a number from 0 to 720 hours; "9999" is outside that range and was ignored.');
  });

  it('offers a did-you-mean for a platform when given a suggester', () => {
    const parsed = parseQuery(data, 'source=sql-sever', () => 'sql-server');
    expect(parsed.problems[0].message).toContain('Did you mean "sql-server"?');
  });

  it('keeps markup in a value as quoted text in the message', () => {
    const parsed = parseQuery(data, `write-intensity=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(parsed.answers).toEqual({});
    expect(parsed.problems[0].message).toBe('"write-intensity" needs one of low, moderate, heavy; "<img src=x onerror=alert(1)>" is not one of them and was ignored.');
  });

  it('uses the first of a repeated parameter and says so', () => {
    const parsed = parseQuery(data, 'downtime-hours=2&downtime-hours=8');
    expect(parsed.answers['downtime-hours']).toBe(2);
    expect(parsed.problems.map((p) => p.kind)).toEqual(['repeated']);
  });

  it('leaves the target unset when it is the source', () => {
    const parsed = parseQuery(data, 'source=mysql&target=mysql');
    expect(parsed.target).toBeUndefined();
    expect(parsed.problems.map((p) => p.kind)).toEqual(['same-platform']);
  });

  it('ignores empty values silently', () => {
    expect(parseQuery(data, 'source=&downtime-hours=')).toEqual({ answers: {}, problems: [] });
  });

  it(`reads at most ${MAX_PARAMS} parameters`, () => {
    const query = Array.from({ length: MAX_PARAMS + 50 }, (_, i) => `x${i}=1`).join('&');
    const parsed = parseQuery(data, query);
    expect(parsed.problems).toHaveLength(MAX_PARAMS + 1);
    expect(parsed.problems.at(-1)?.kind).toBe('too-many');
  });

  it('does not take prototype names for questions or platforms', () => {
    const parsed = parseQuery(data, 'source=__proto__&target=constructor&__proto__=1&hasOwnProperty=2&toString=3');
    expect(parsed.source).toBeUndefined();
    expect(parsed.target).toBeUndefined();
    expect(Object.keys(parsed.answers)).toEqual([]);
    expect(parsed.problems).toHaveLength(5);
  });
});

describe('parseQuery properties', () => {
  const known = new Set(Object.keys(data.questions));
  const keys = fc.oneof(fc.constantFrom(...known, 'source', 'target', '__proto__', 'constructor'), fc.string(), fc.string({ unit: 'binary' }));
  const values = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '4', 'true', 'heavy', '2014', 'NaN', '-0', '1e400'));
  const queries = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.array(fc.tuple(keys, values), { maxLength: 30 }).map((pairs) => new URLSearchParams(pairs).toString()),
  );

  it('never throws, whatever the address', () => {
    fc.assert(fc.property(queries, (query) => void parseQuery(data, query)), { numRuns: 500 });
  });

  it('never accepts an id that is not a question, and every accepted value fits its question', () => {
    fc.assert(
      fc.property(queries, (query) => {
        const { answers } = parseQuery(data, query);
        for (const [id, value] of Object.entries(answers)) {
          expect(known.has(id)).toBe(true);
          expect(parseAnswer(id, question(id), value)).toEqual({ ok: true, value });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('only ever accepts values without markup, and reports markup as plain quoted text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...known), fc.string().map((s) => `<${s}>`), (id, value) => {
        const { answers, problems } = parseQuery(data, new URLSearchParams([[id, value]]));
        expect(Object.values(answers).some((v) => String(v).includes('<'))).toBe(false);
        for (const p of problems) expect(p.message).toContain(shown(value.trim()));
      }),
      { numRuns: 300 },
    );
  });
});
