import fc from 'fast-check';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { toDecimal } from '../../../src/lib/advisor/decimal.ts';
import { recommend } from '../../../src/lib/advisor/recommend.ts';
import type { AdvisorData, AnswerValues } from '../../../src/lib/advisor/types.ts';
import { adviseInventory, SAMPLE_INVENTORY } from '../../../src/lib/fleet/index.ts';
import { CONTENT_TODAY, loadRealContent } from '../../support/real-content.ts';

let data: AdvisorData;
beforeAll(() => {
  ({ data } = loadRealContent());
});

/** Any valid answer set, each question answered or left empty, with any value its definition allows. */
function answersArbitrary(d: AdvisorData): fc.Arbitrary<AnswerValues> {
  const fields: Record<string, fc.Arbitrary<AnswerValues[string] | undefined>> = {};
  for (const [id, { data: q }] of Object.entries(d.questions)) {
    const value: fc.Arbitrary<AnswerValues[string]> =
      q.kind === 'number'
        ? fc.oneof(fc.double({ min: q.min, max: q.max, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(q.min, q.max, q.default ?? q.min))
        : q.kind === 'choice'
          ? fc.constantFrom(...q.options.map((o) => o.value))
          : fc.boolean();
    fields[id] = fc.option(value, { nil: undefined });
  }
  return fc.record(fields).map((record) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as AnswerValues);
}

/** An answer as a person's spreadsheet would hold it: a plain decimal, true/false, an option's value. */
const cellText = (value: AnswerValues[string] | undefined) => (value === undefined ? '' : typeof value === 'number' ? toDecimal(value) : String(value));

describe('fleet rows agree with the single-pair advisor', () => {
  it('gives every valid row the mode, tool, status, blockers and estimate recommend() gives for the same answers', () => {
    const pairs = Object.values(data.scenarios).map((s) => ({ source: s.data.source, target: s.data.target }));
    const questionIds = Object.keys(data.questions);
    const rowArbitrary = fc.record({ pair: fc.constantFrom(...pairs), answers: answersArbitrary(data), name: fc.string({ maxLength: 12 }) });
    fc.assert(
      fc.property(fc.array(rowArbitrary, { minLength: 1, maxLength: 6 }), (rows) => {
        const csv = Papa.unparse({
          fields: ['name', 'source', 'target', ...questionIds],
          data: rows.map((r) => [r.name, r.pair.source, r.pair.target, ...questionIds.map((id) => cellText(r.answers[id]))]),
        });
        const result = adviseInventory(csv, data, { today: CONTENT_TODAY });
        expect(result.fileErrors).toEqual([]);
        expect(result.rows).toHaveLength(rows.length);
        rows.forEach((r, i) => {
          const rec = recommend(data, { ...r.pair, answers: r.answers }, { today: CONTENT_TODAY });
          const row = result.rows[i];
          expect(row.errors).toEqual([]);
          // Names are read trimmed, as every cell is.
          expect(row.name).toBe(r.name.trim());
          expect({ mode: row.mode, tool: row.tool, status: row.status, headline: row.headline, scenario: row.scenario }).toEqual({
            mode: rec.mode,
            tool: rec.tool,
            status: rec.status,
            headline: rec.headline,
            scenario: rec.scenario,
          });
          const blocked = new Set(rec.offerings.filter((o) => o.excluded === 'blocked').flatMap((o) => o.blockers));
          expect(row.blockers.map((b) => b.id)).toEqual([...blocked].sort());
          expect(row.estimate).toEqual(rec.estimate && { hours: rec.estimate.hours, lowerBound: rec.estimate.lowerBound, basis: rec.estimate.basis });
        });
      }),
      { numRuns: 40 },
    );
  });
});

describe('the sample inventory', () => {
  it('uses only platform and question ids that exist, and shows each thing it is there to show', () => {
    const result = adviseInventory(SAMPLE_INVENTORY, data, { today: CONTENT_TODAY });
    expect(result.fileErrors).toEqual([]);
    expect(result.notices.map((n) => n.kind).sort()).toEqual(['ignored-column', 'not-applicable']);
    // One row with an error (the typo in a target), with a did-you-mean.
    expect(result.rows.filter((r) => r.errors.length > 0).map((r) => r.errors.map((e) => [e.kind, e.expected]))).toEqual([[['unknown-platform', 'azure-sql-managed-instance']]]);
    expect(result.rows.some((r) => r.deadlines.length > 0)).toBe(true);
    const targets = new Set(result.rows.filter((r) => r.advised && r.mode !== 'none').map((r) => r.target));
    for (const target of ['azure-sql-managed-instance', 'azure-sql-database', 'sql-server-on-azure-vm', 'azure-mysql-flexible-server', 'azure-postgresql-flexible-server', 'azure-documentdb']) {
      expect(targets).toContain(target);
    }
  });
});
