import { describe, expect, it } from 'vitest';
import {
  decodeOfferings,
  encodeOfferings,
  matchesFilters,
  normaliseText,
  rowAttributes,
  rowKeysFromDataset,
  statusAccepted,
  type RowKeys,
} from '../../../src/lib/matrix/filter.ts';
import { NO_FILTERS, type MatrixFilters } from '../../../src/lib/matrix/query.ts';
import { buildMatrixRows, rowKeys } from '../../../src/lib/matrix/rows.ts';
import { TODAY, loadDataset } from './fixture.ts';

const rows = buildMatrixRows(loadDataset(), TODAY);
/** The scenario ids that pass the filters, in row order. */
const shown = (filters: Partial<MatrixFilters>) => rows.filter((row) => matchesFilters(rowKeys(row), { ...NO_FILTERS, ...filters })).map((row) => row.id);

describe('applying filters', () => {
  it('shows every scenario when nothing is filtered', () => {
    expect(shown({})).toEqual(rows.map((row) => row.id));
    expect(rows.length).toBeGreaterThan(0);
  });

  it('filters by source, target and source engine', () => {
    expect(shown({ source: 'mysql' })).toEqual(['mysql-to-azure-mysql-flexible-server', 'mysql-to-azure-mysql-single-server']);
    expect(shown({ target: 'azure-sql-managed-instance' })).toEqual([
      'sql-server-to-azure-sql-managed-instance',
      'amazon-rds-sql-server-to-azure-sql-managed-instance',
    ]);
    expect(shown({ engine: 'mysql', target: 'azure-mysql-flexible-server' })).toEqual([
      'mysql-to-azure-mysql-flexible-server',
      'azure-mysql-single-server-to-azure-mysql-flexible-server',
    ]);
  });

  it('keeps only generally available offerings with status=ga', () => {
    expect(shown({ status: 'ga', mode: 'online' })).toEqual(['sql-server-to-azure-sql-managed-instance']);
  });

  it('adds every kind of preview with status=preview, but never unsupported or retired ones', () => {
    expect(shown({ status: 'preview', mode: 'online' })).toEqual([
      'sql-server-to-azure-sql-managed-instance',
      'mysql-to-azure-mysql-flexible-server',
      'azure-mysql-single-server-to-azure-mysql-flexible-server',
    ]);
  });

  it('includes unsupported offerings with status=all, but only scenarios that list the mode', () => {
    expect(shown({ mode: 'online' })).not.toContain('mysql-to-azure-mysql-single-server');
    expect(shown({ mode: 'online' })).toContain('amazon-rds-sql-server-to-azure-sql-managed-instance');
  });

  it('applies mode, tool and status to the same offering', () => {
    // DMS (classic) is offered online for MySQL → Flexible, but not supported there. It is retired,
    // so these filters show retired tools, as the parser decides for a link naming it.
    expect(shown({ tool: 'dms-classic', mode: 'online', retired: true })).toEqual(['mysql-to-azure-mysql-flexible-server']);
    expect(shown({ tool: 'dms-classic', mode: 'online', status: 'preview', retired: true })).toEqual([]);
    expect(shown({ tool: 'dms-classic', status: 'ga', retired: true })).toEqual([]);
  });

  it('counts a retired tool\'s offering only while retired tools are shown, as a reader sees the cell', () => {
    expect(shown({ tool: 'dms-classic', mode: 'online' })).toEqual([]);
    expect(shown({ tool: 'dms-classic', mode: 'offline', retired: true })).toEqual(['sql-server-to-azure-sql-managed-instance']);
    // Without a mode, tool or status filter every row shows, its retired tools folded away.
    expect(shown({ retired: false })).toEqual(rows.map((row) => row.id));
  });

  it('searches names, short names and tools, every word, ignoring case and accents', () => {
    expect(shown({ q: 'RDS' })).toEqual(['amazon-rds-sql-server-to-azure-sql-managed-instance']);
    expect(shown({ q: 'single flexible' })).toEqual(['azure-mysql-single-server-to-azure-mysql-flexible-server']);
    expect(shown({ q: 'classic managed' })).toEqual(['sql-server-to-azure-sql-managed-instance']);
    expect(shown({ q: 'Sérver  MANAGED' })).toHaveLength(2);
    expect(shown({ q: 'oracle' })).toEqual([]);
  });

  it('treats markup in the search as literal text', () => {
    expect(shown({ q: '<b>sql</b>' })).toEqual([]);
  });
});

describe('status levels', () => {
  it('orders ga ⊂ preview ⊂ all', () => {
    expect(['ga', 'preview', 'public-preview', 'private-preview', 'not-supported', 'retired'].map((s) => statusAccepted('preview', s))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(statusAccepted('ga', 'preview')).toBe(false);
    expect(statusAccepted('all', 'not-supported')).toBe(true);
  });

  it('passes an unknown status only when statuses are not filtered', () => {
    expect(statusAccepted('preview', 'toString')).toBe(false);
    expect(statusAccepted('ga', 'constructor')).toBe(false);
    expect(statusAccepted('all', 'whatever')).toBe(true);
  });
});

describe('row keys in data-* attributes', () => {
  it('reads back what the page writes', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const keys = rowKeys(row);
      const attributes = rowAttributes(keys);
      // element.dataset turns data-foo into foo.
      const dataset = Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name.slice('data-'.length), value]));
      expect(rowKeysFromDataset(dataset)).toEqual<RowKeys>(keys);
    }
  });

  it('decodes a missing or empty attribute as no offerings', () => {
    expect(decodeOfferings('')).toEqual([]);
    expect(rowKeysFromDataset({})).toEqual({ source: '', target: '', engine: '', offerings: [], text: '' });
  });

  it('encodes offerings as mode/tool/status words, marking a retired tool\'s', () => {
    const offerings = [
      { mode: 'online', tool: 'dms', status: 'ga', retired: false },
      { mode: 'offline', tool: 'dms-classic', status: 'retired', retired: true },
    ];
    expect(encodeOfferings(offerings)).toBe('online/dms/ga offline/dms-classic/retired/retired');
    expect(decodeOfferings(encodeOfferings(offerings))).toEqual(offerings);
  });

  it('normalises text the same way for rows and searches', () => {
    expect(normaliseText('  Azure  Database for MySQL – Flexible Sérver ')).toBe('azure database for mysql – flexible server');
  });
});
