import { describe, expect, it } from 'vitest';
import { citationsIn, datasetCitations } from '../../../src/lib/data/citations.ts';
import { toAdvisorData } from '../../../src/lib/advisor/trim.ts';
import { loadFixture } from './fixture.ts';

describe('the citation walker', () => {
  it('finds every list under a cite key at any depth, with the field it sits in, in order', () => {
    const data = {
      cite: [{ doc: 'a' }],
      offerings: [{ history: [{ cite: [{ doc: 'b', section: 'Limits' }] }, { cite: [{ doc: 'c' }, { doc: 'd' }] }] }],
      related: { cite: [{ doc: 'e' }] },
    };
    expect([...citationsIn(data)]).toEqual([
      { field: 'cite[0]', citation: { doc: 'a' } },
      { field: 'offerings[0].history[0].cite[0]', citation: { doc: 'b', section: 'Limits' } },
      { field: 'offerings[0].history[1].cite[0]', citation: { doc: 'c' } },
      { field: 'offerings[0].history[1].cite[1]', citation: { doc: 'd' } },
      { field: 'related.cite[0]', citation: { doc: 'e' } },
    ]);
  });

  it('prefixes a path, and skips what is not a citation', () => {
    expect([...citationsIn([{ cite: [{ doc: 'a' }, 'b', null, { section: 'x' }] }], 'rules')]).toEqual([{ field: 'rules[0].cite[0]', citation: { doc: 'a' } }]);
    for (const value of [null, undefined, 'cite', 3, { cite: 'a' }, { cite: { doc: 'a' } }]) expect([...citationsIn(value)]).toEqual([]);
  });

  it('walks a whole dataset file by file, naming each file', () => {
    const { dataset } = loadFixture();
    if (!dataset) throw new Error('fixture does not load');
    const found = [...datasetCitations(dataset)];
    expect(found).toContainEqual({ file: 'content/scenarios/sql-server-to-azure-sql-managed-instance.md', field: 'offerings[0].history[0].cite[0]', citation: { doc: 'status-2022' } });
    expect(found).toContainEqual({ file: 'content/guides/offline-vs-online.md', field: 'rules[0].cite[0]', citation: { doc: 'status-2022' } });
    // Every entry of the fixture that cites: platforms (2), tool, footnote, scenario, consideration and 9 guide rules.
    expect(found).toHaveLength(15);
  });

  it('is what keeps a cited document in the advisor data, and drops an uncited one', () => {
    const { dataset } = loadFixture({ 'documents/uncited-2023.md': '---\ntitle: Nobody cites this\nurl: https://example.com/\ndate: 2023-01-01\n---\n' });
    if (!dataset) throw new Error('fixture does not load');
    expect(Object.keys(toAdvisorData(dataset).documents)).toEqual(['status-2022']);
  });
});
