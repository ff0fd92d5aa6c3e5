import { describe, expect, it } from 'vitest';
import { QUESTION_IDS, RULE_IDS } from '../../../src/lib/advisor/known-ids.ts';
import { PAIR_PARAMS } from '../../../src/lib/advisor/answers.ts';
import { GUIDE_IDS, SITE_CONTRACT } from '../../../src/lib/content/contracts.ts';
import { loadContentFiles } from '../../support/content-files.ts';
import { TODAY, VALID, edit, errors, loadFixture } from './fixture.ts';

const GUIDE = 'guides/offline-vs-online.md';
const SCENARIO = 'scenarios/sql-server-to-azure-sql-managed-instance.md';

describe('the ids the code relies on', () => {
  it('are the ones the navigation and the advisor use', () => {
    expect(Object.keys(SITE_CONTRACT.guides)).toEqual([GUIDE_IDS.offlineVsOnline]);
    expect(GUIDE_IDS.offlineVsOnline).toBe('offline-vs-online');
    expect(SITE_CONTRACT.rules).toEqual(Object.values(RULE_IDS));
    expect(Object.keys(SITE_CONTRACT.questions).sort()).toEqual(Object.values(QUESTION_IDS).sort());
    expect(SITE_CONTRACT.reserved).toEqual([{ collection: 'questions', ids: PAIR_PARAMS, why: expect.any(String) }]);
  });

  it('are all present in the valid fixture, which loads without a problem', () => {
    expect(loadFixture().problems).toEqual([]);
  });

  it('reports the guide every page links to when it is renamed', () => {
    const result = loadFixture({ [GUIDE]: null, 'guides/offline-or-online.md': VALID[GUIDE] });
    expect(result.dataset).toBeUndefined();
    expect(errors(result.problems)).toEqual([
      expect.objectContaining({ kind: 'missing-content', file: 'content/guides/offline-vs-online.md', found: 'no such file' }),
    ]);
  });

  it('reports a guide rule the advisor cites when it is deleted', () => {
    const result = loadFixture(edit(GUIDE, '  - { id: online-manual-cutover, text: You start the cutover., cite: status-2022 }\n', ''));
    expect(errors(result.problems)).toEqual([
      expect.objectContaining({ kind: 'missing-content', file: 'content/guides/offline-vs-online.md', field: 'rules', expected: expect.stringContaining('"online-manual-cutover"') }),
    ]);
  });

  it('accepts a rule the advisor cites written in another guide', () => {
    const moved = edit(GUIDE, '  - { id: online-manual-cutover, text: You start the cutover., cite: status-2022 }\n', '');
    const other = { 'guides/cutover.md': '---\ntitle: Cutover\nsummary: When.\nrules:\n  - { id: online-manual-cutover, text: You start it., cite: status-2022 }\n---\nProse.\n' };
    expect(loadFixture({ ...moved, ...other }).problems).toEqual([]);
  });

  it('reports a question the advisor reads when it is deleted', () => {
    const result = loadFixture({ 'questions/network-mbps.md': null });
    expect(errors(result.problems)).toEqual([
      expect.objectContaining({ kind: 'missing-content', file: 'content/questions/network-mbps.md', found: 'no such file' }),
    ]);
  });

  it('reports a question the advisor reads as a number when its kind changes', () => {
    const result = loadFixture({ 'questions/downtime-hours.md': '---\nkind: boolean\nprompt: Can the application go down?\norder: 10\n---\n' });
    expect(errors(result.problems)).toEqual([
      expect.objectContaining({ kind: 'missing-content', file: 'content/questions/downtime-hours.md', field: 'kind', found: '"boolean"' }),
    ]);
  });

  it('reports the write-intensity question when it loses the "heavy" option the advisor compares with', () => {
    const result = loadFixture(edit('questions/write-intensity.md', '{ value: heavy, label: Heavy }', '{ value: high, label: High }'));
    expect(errors(result.problems)).toEqual([
      expect.objectContaining({ kind: 'missing-content', file: 'content/questions/write-intensity.md', field: 'options' }),
    ]);
  });

  it('does not also call a required file missing when it exists but has errors of its own', () => {
    const result = loadFixture({ [GUIDE]: VALID[GUIDE].replace('title: Offline or online', 'title: [Offline') });
    expect(result.problems.map((p) => `${p.kind} ${p.file}`)).toEqual([`bad-yaml content/${GUIDE}`]);
  });

  it('refuses an empty content folder with one problem', () => {
    const result = loadContentFiles({}, TODAY);
    expect(result.dataset).toBeUndefined();
    expect(result.problems).toEqual([expect.objectContaining({ kind: 'missing-content', file: 'content' })]);
  });

  it('refuses content without scenarios: the site would have nothing to show', () => {
    const result = loadFixture({ [SCENARIO]: null, 'considerations/old-sql-server.md': null });
    expect(result.dataset).toBeUndefined();
    expect(result.problems).toEqual([expect.objectContaining({ kind: 'missing-content', file: 'content/scenarios', found: 'no files' })]);
  });

  it.each(PAIR_PARAMS)('rejects a question named %s, which the wizard address uses for the pair', (id) => {
    const result = loadFixture({ [`questions/${id}.md`]: '---\nkind: boolean\nprompt: A question?\norder: 70\n---\n' });
    expect(result.dataset).toBeUndefined();
    expect(result.problems).toEqual([expect.objectContaining({ kind: 'reserved-id', file: `content/questions/${id}.md`, found: JSON.stringify(id) })]);
  });
});
