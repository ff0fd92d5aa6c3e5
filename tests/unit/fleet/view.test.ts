import { describe, expect, it } from 'vitest';
import { adviseInventory } from '../../../src/lib/fleet/index.ts';
import { COLUMN_ALIASES } from '../../../src/lib/fleet/columns.ts';
import { formatColumns, ignoredColumns } from '../../../src/lib/fleet/view-format.ts';
import { filterOptions, summaryWords, viewRow } from '../../../src/lib/fleet/view-row.ts';
import { FILE_ORDER, filterRows, keeps, nextSort, presetsUsed, sortRows, visibleRows } from '../../../src/lib/fleet/view-table.ts';
import { STATUSES } from '../../../src/lib/schema/vocabulary.ts';
import { fixture, TODAY } from '../advisor/fixture.ts';

const data = fixture();
const CSV = [
  'name,source,target,database-size-gb,downtime-hours,sql-server-version',
  'mi-small,sql-server,azure-sql-managed-instance,40,4,2016',
  'mi-big,sql-server,azure-sql-managed-instance,5000,1,',
  'old,sql-server,azure-sql-managed-instance,10,4,2005',
  ',postgresql,azure-postgresql-flexible-server,,,',
  'single,mysql,azure-mysql-single-server,10,4,',
  'typo,sql-server,azure-sql-databse,10,4,',
].join('\n');
const result = adviseInventory(CSV, data, { today: TODAY });
const rows = result.rows.map(viewRow);
const all = rows.map((_, i) => i);
const names = (indexes: number[]) => indexes.map((i) => rows[i].name || `line ${rows[i].line}`);

describe('the fleet table', () => {
  it('starts in file order and sorts a column ascending, then descending on a second click', () => {
    expect(names(sortRows(rows, all, FILE_ORDER))).toEqual(['mi-small', 'mi-big', 'old', 'line 5', 'single', 'typo']);
    const byName = nextSort(FILE_ORDER, 'name');
    expect(byName).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSort(byName, 'name')).toEqual({ key: 'name', direction: 'descending' });
    expect(nextSort(nextSort(byName, 'name'), 'line')).toEqual({ key: 'line', direction: 'ascending' });
    // Rows without a name go last both ways, in file order.
    expect(names(sortRows(rows, all, byName))).toEqual(['mi-big', 'mi-small', 'old', 'single', 'typo', 'line 5']);
    expect(names(sortRows(rows, all, nextSort(byName, 'name')))).toEqual(['typo', 'single', 'old', 'mi-small', 'mi-big', 'line 5']);
  });

  it('sorts statuses by the vocabulary’s rank and estimates by hours, blanks last', () => {
    const byStatus = sortRows(rows, all, { key: 'status', direction: 'ascending' }).map((i) => rows[i].status);
    const ranks = byStatus.filter((s) => s !== null).map((s) => STATUSES[s!].rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(byStatus.slice(byStatus.indexOf(null))).toEqual(byStatus.filter((s) => s === null));
    const hours = sortRows(rows, all, { key: 'estimate', direction: 'descending' }).map((i) => rows[i].estimate?.hours);
    const known = hours.filter((h) => h !== undefined) as number[];
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(hours.slice(known.length).every((h) => h === undefined)).toBe(true);
  });

  it('keeps the rows every set filter matches, and only advised rows for a mode', () => {
    expect(names(filterRows(rows, { errors: 'with' }))).toEqual(['typo']);
    expect(names(filterRows(rows, { errors: 'without' }))).toHaveLength(5);
    expect(filterRows(rows, { mode: 'none' }).every((i) => rows[i].advised)).toBe(true);
    expect(names(filterRows(rows, { blocker: 'dms-sql-server-2005' }))).toEqual(['old']);
    expect(names(filterRows(rows, { deadline: 'past' }))).toEqual(['single']);
    expect(filterRows(rows, { deadline: 'none', errors: 'with' })).toEqual(filterRows(rows, { errors: 'with' }));
    expect(filterRows(rows, {})).toEqual(all);
    expect(keeps(rows[0], { tool: 'no-such-tool' })).toBe(false);
  });

  it('offers each filter’s choices with the counts the summary gives, and no choice without rows', () => {
    const options = filterOptions(result);
    for (const option of options.mode) expect(filterRows(rows, { mode: option.value }).length).toBe(option.count);
    for (const option of options.tool) expect(filterRows(rows, { tool: option.value }).length).toBe(option.count);
    for (const option of options.deadline) expect(filterRows(rows, { deadline: option.value as 'any' }).length).toBe(option.count);
    expect(options.errors).toEqual([
      { value: 'with', label: 'Rows with errors', count: 1 },
      { value: 'without', label: 'Rows without errors', count: 5 },
    ]);
    expect(Object.values(options).flat().every((o) => o.count > 0)).toBe(true);
  });

  it('draws the first page of rows and says how many are left', () => {
    expect(visibleRows(all, 4)).toEqual({ shown: [0, 1, 2, 3], hidden: 2 });
    expect(visibleRows(all, 200)).toEqual({ shown: all, hidden: 0 });
  });

  it('counts the presets that stood in for empty cells, most used first', () => {
    const used = presetsUsed(rows);
    expect(used[0]).toEqual({ id: expect.any(String), rows: Math.max(...used.map((u) => u.rows)) });
    expect(used.find((u) => u.id === 'downtime-hours')).toEqual({ id: 'downtime-hours', rows: 1 });
  });
});

describe('what a row shows', () => {
  it('links the wizard with the row’s answers and the scenario, under the base path', () => {
    const big = rows.find((r) => r.name === 'mi-big')!;
    expect(big.view.wizardHref).toBe(`/wizard/?${big.wizardQuery}`);
    expect(big.view.scenarioHref).toBe('/scenarios/sql-server-to-azure-sql-managed-instance/');
    expect(big.view.mode).toBe(big.mode === 'online' ? 'Online' : big.mode === 'offline' ? 'Offline' : 'No path fits');
  });

  it('gives a row with errors no mode, status or scenario, only its wizard link', () => {
    const typo = rows.find((r) => r.name === 'typo')!;
    expect(typo.view).toEqual({ mode: '', estimate: '', wizardHref: `/wizard/?${typo.wizardQuery}` });
  });

  it('names every status and event the summary counts', () => {
    const words = summaryWords(result);
    for (const { id } of result.summary.byStatus) expect(words.statuses[id]).toEqual({ label: STATUSES[id].label, symbol: STATUSES[id].symbol });
    expect(words.modes.none).toBe('No path fits');
  });
});

describe('the format the page explains', () => {
  it('lists name, source and target, then every wizard question once, with the aliases that map to it', () => {
    const columns = formatColumns(data);
    expect(columns.slice(0, 3).map((c) => [c.column, c.required])).toEqual([['name', false], ['source', true], ['target', true]]);
    expect(columns.slice(3).map((c) => c.column).sort()).toEqual(Object.keys(data.questions).sort());
    expect(columns[0].aliases).toEqual(['database', 'db', 'id']);
    const downtime = columns.find((c) => c.column === 'downtime-hours')!;
    expect(downtime.aliases).toEqual(['downtime', 'downtime-minutes (in minutes)']);
    expect(downtime.preset).toBe('4 h');
    // Every alias in the table appears on exactly one column or among the ignored ones.
    const shown = [...columns.flatMap((c) => [c.column, ...c.aliases.map((a) => a.replace(' (in minutes)', ''))]), ...ignoredColumns().map((i) => i.column)];
    for (const alias of Object.keys(COLUMN_ALIASES)) expect(shown.filter((s) => s === alias)).toHaveLength(1);
  });
});
