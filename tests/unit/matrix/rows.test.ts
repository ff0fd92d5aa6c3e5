import { describe, expect, it } from 'vitest';
import { bestOffering } from '../../../src/lib/data/queries.ts';
import { numberMatrixFootnotes } from '../../../src/lib/matrix/footnotes.ts';
import { filterOptions, vocabularyOf } from '../../../src/lib/matrix/options.ts';
import { pivotRows } from '../../../src/lib/matrix/pivot.ts';
import { buildMatrixRows, groupByTarget, rowKeys } from '../../../src/lib/matrix/rows.ts';
import { MODE_IDS } from '../../../src/lib/schema/vocabulary.ts';
import { FILES, TODAY, loadDataset } from './fixture.ts';

const dataset = loadDataset();
const rows = buildMatrixRows(dataset, TODAY);
const row = (id: string) => {
  const found = rows.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};

describe('building matrix rows', () => {
  it('makes one row per scenario, ordered by target then source as the source tables are', () => {
    expect(rows.map((r) => r.id)).toEqual([
      'sql-server-to-azure-sql-managed-instance',
      'amazon-rds-sql-server-to-azure-sql-managed-instance',
      'mysql-to-azure-mysql-flexible-server',
      'azure-mysql-single-server-to-azure-mysql-flexible-server',
      'mysql-to-azure-mysql-single-server',
    ]);
  });

  it('shows the best offering of each mode prominently, as queries.bestOffering picks it', () => {
    for (const r of rows) {
      for (const mode of MODE_IDS) {
        const expected = bestOffering(dataset, dataset.scenarios[r.id], mode);
        expect(r.cells[mode].best?.tool.id).toBe(expected?.tool);
      }
    }
    const cell = row('sql-server-to-azure-sql-managed-instance').cells.offline;
    expect(cell.best).toMatchObject({ status: 'ga', tool: { id: 'dms', short: 'DMS' }, since: '2022-06-13', footnotes: ['extension-targets'] });
  });

  it('lists the other offerings of a mode compactly, best status first, and retired tools apart', () => {
    const online = row('mysql-to-azure-mysql-flexible-server').cells.online;
    expect(online.best).toMatchObject({ status: 'preview', tool: { id: 'dms' } });
    expect(online.others).toEqual([]);
    expect(online.retired.map((o) => `${o.tool.id}:${o.status}`)).toEqual(['dms-classic:not-supported']);
    expect(row('sql-server-to-azure-sql-managed-instance').cells.offline.retired.map((o) => o.status)).toEqual(['retired']);
  });

  it('judges a retired tool by isRetired, for its scenario, as of the build', () => {
    const cell = (today: string) => buildMatrixRows(dataset, today).find((r) => r.id === 'sql-server-to-azure-sql-managed-instance')!.cells.offline;
    expect(cell('2026-03-14')).toMatchObject({ others: [{ tool: { id: 'dms-classic' } }], retired: [] });
    expect(cell('2026-03-15')).toMatchObject({ others: [], retired: [{ tool: { id: 'dms-classic' } }] });
    // A retirement scoped to SQL Server leaves MySQL's DMS (classic) among the current tools.
    const scoped = loadDataset({
      'tools/dms-classic.md': `---
name: Azure Database Migration Service (classic)
short: DMS (classic)
lifecycle:
  - event: retired
    date: 2026-03-15
    successor: dms
    appliesTo: { engines: [sql-server] }
    cite: status-2026
cite: status-2026
---
`,
    });
    const scopedRows = buildMatrixRows(scoped, TODAY);
    expect(scopedRows.find((r) => r.id === 'sql-server-to-azure-sql-managed-instance')?.cells.offline.retired).toHaveLength(1);
    expect(scopedRows.find((r) => r.id === 'mysql-to-azure-mysql-flexible-server')?.cells.online).toMatchObject({ others: [{ tool: { id: 'dms-classic' } }], retired: [] });
  });

  it('leaves a mode without offerings empty rather than inventing a status', () => {
    expect(row('mysql-to-azure-mysql-single-server').cells.online).toEqual({ others: [], retired: [] });
  });

  it('uses the date the current status began, not the date of the newest entry', () => {
    expect(row('amazon-rds-sql-server-to-azure-sql-managed-instance').cells.offline.best?.since).toBe('2026-02-19');
  });

  it('says whether that date is when the path was first documented or when its status changed', () => {
    // Not supported in 2022, GA from 2026: "since".
    expect(row('amazon-rds-sql-server-to-azure-sql-managed-instance').cells.offline.best).toMatchObject({ since: '2026-02-19', dated: 'since' });
    // GA in 2022, confirmed in 2026: "first documented" in 2022.
    expect(row('sql-server-to-azure-sql-managed-instance').cells.offline.best).toMatchObject({ since: '2022-06-13', dated: 'first-documented' });
  });

  it('marks retired targets and tools with their successor', () => {
    expect(row('mysql-to-azure-mysql-single-server').target.retirement).toEqual({
      date: '2024-09-16',
      past: true,
      word: 'Retired',
      successor: { id: 'azure-mysql-flexible-server', name: 'MySQL Flexible' },
    });
    const classic = row('sql-server-to-azure-sql-managed-instance').cells.offline.retired[0].tool;
    expect(classic.retirement).toEqual({ date: '2026-03-15', past: true, word: 'Retired', successor: { id: 'dms', name: 'DMS' } });
    expect(row('sql-server-to-azure-sql-managed-instance').target.retirement).toBeUndefined();
  });

  it('shows a retirement that lies after the build date as coming, not past', () => {
    const early = buildMatrixRows(dataset, '2026-01-01').find((r) => r.id === 'sql-server-to-azure-sql-managed-instance');
    expect(early?.cells.offline.others[0].tool.retirement).toMatchObject({ past: false, word: 'Retires' });
    expect(early?.cells.offline.retired).toEqual([]);
  });

  it('gives each row lower-cased search text with names, short names, engine and tools', () => {
    const text = row('amazon-rds-sql-server-to-azure-sql-managed-instance').text;
    for (const word of ['amazon rds for sql server', 'rds sql server', 'sql mi', 'sql server', 'dms']) expect(text).toContain(word);
    expect(text).toBe(text.toLowerCase());
  });

  it('exposes the keys the filters read', () => {
    expect(rowKeys(row('mysql-to-azure-mysql-flexible-server'))).toMatchObject({
      source: 'mysql',
      target: 'azure-mysql-flexible-server',
      engine: 'mysql',
      offerings: [
        { mode: 'offline', tool: 'dms', status: 'ga', retired: false },
        { mode: 'online', tool: 'dms', status: 'preview', retired: false },
        { mode: 'online', tool: 'dms-classic', status: 'not-supported', retired: true },
      ],
    });
  });
});

describe('grouping, pivoting and footnotes', () => {
  it('groups rows under their target in order', () => {
    expect(groupByTarget(rows).map((g) => [g.target.id, g.rows.length])).toEqual([
      ['azure-sql-managed-instance', 2],
      ['azure-mysql-flexible-server', 2],
      ['azure-mysql-single-server', 1],
    ]);
  });

  it('pivots into sources × targets with an empty meeting where there is no scenario', () => {
    const pivot = pivotRows(rows);
    expect(pivot.sources.map((p) => p.id)).toEqual(['sql-server', 'amazon-rds-sql-server', 'mysql', 'azure-mysql-single-server']);
    expect(pivot.targets.map((p) => p.id)).toEqual(['azure-sql-managed-instance', 'azure-mysql-flexible-server', 'azure-mysql-single-server']);
    expect(pivot.cell('mysql', 'azure-mysql-single-server')?.id).toBe('mysql-to-azure-mysql-single-server');
    expect(pivot.cell('sql-server', 'azure-mysql-single-server')).toBeUndefined();
  });

  it('numbers footnotes in the order a reader meets them, once each', () => {
    expect([...numberMatrixFootnotes(rows)]).toEqual([
      ['extension-targets', 1],
      ['pick-source-engine', 2],
    ]);
  });

  it('numbers notes that only retired tools carry last, so the default view counts without gaps', () => {
    const file = FILES['scenarios/sql-server-to-azure-sql-managed-instance.md'].replace('    tool: dms-classic\n', '    tool: dms-classic\n    footnotes: [classic-only]\n');
    const withNote = loadDataset({
      'footnotes/classic-only.md': '---\ncite: status-2026\n---\nOnly through the classic service.\n',
      'scenarios/sql-server-to-azure-sql-managed-instance.md': file,
    });
    expect([...numberMatrixFootnotes(buildMatrixRows(withNote, TODAY))]).toEqual([
      ['extension-targets', 1],
      ['pick-source-engine', 2],
      ['classic-only', 3],
    ]);
  });

  it('offers only filter values that occur in the matrix', () => {
    const options = filterOptions(rows);
    expect(options.engine).toEqual([
      { value: 'sql-server', label: 'SQL Server' },
      { value: 'mysql', label: 'MySQL' },
    ]);
    expect(options.tool).toEqual([
      { value: 'dms', label: 'Azure Database Migration Service' },
      { value: 'dms-classic', label: 'Azure Database Migration Service (classic)', retired: true },
    ]);
    expect(vocabularyOf(options).retiredTools).toEqual(['dms-classic']);
    expect(vocabularyOf(options).target).toEqual(['azure-sql-managed-instance', 'azure-mysql-flexible-server', 'azure-mysql-single-server']);
    expect(vocabularyOf(options).source).not.toContain('azure-mysql-flexible-server');
  });
});
