import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { recommend } from '../../../src/lib/advisor/recommend.ts';
import { adviseInventory, adviseRows, assembleResult, parseInventory, toCsv, toMarkdown, WAVES_BASIS } from '../../../src/lib/fleet/index.ts';
import { fixture, TODAY } from '../advisor/fixture.ts';

const data = fixture();
const CSV = [
  'name,source,target,database-size-gb,downtime-hours,sql-server-version',
  'mi-small,sql-server,azure-sql-managed-instance,40,4,2016',
  'mi-big,sql-server,azure-sql-managed-instance,5000,1,',
  'old,sql-server,azure-sql-managed-instance,10,4,2005',
  'pg,postgresql,azure-postgresql-flexible-server,,,',
  'single,mysql,azure-mysql-single-server,10,4,',
  'oracle,oracle,azure-sql-managed-instance,10,4,',
  'typo,sql-server,azure-sql-databse,10,4,',
].join('\n');
const result = adviseInventory(CSV, data, { today: TODAY });
const row = (name: string) => result.rows.find((r) => r.name === name)!;

describe('advising rows', () => {
  it('gives each row exactly the recommendation the wizard gives', () => {
    const rec = recommend(data, { source: 'sql-server', target: 'azure-sql-managed-instance', answers: { 'database-size-gb': 5000, 'downtime-hours': 1 } }, { today: TODAY });
    expect(row('mi-big')).toMatchObject({ mode: rec.mode, tool: rec.tool, status: rec.status, headline: rec.headline, scenario: rec.scenario, advised: true });
    expect(row('mi-big').estimate).toEqual({ hours: rec.estimate!.hours, lowerBound: rec.estimate!.lowerBound, basis: rec.estimate!.basis });
  });

  it('lists the blockers that ruled a path out, not those of a path already retired', () => {
    // The extension's own blocker matches SQL Server 2005 too, but the extension retired on 2026-02-28.
    expect(row('old').blockers.map((b) => b.id)).toEqual(['dms-sql-server-2005']);
    expect(row('old').mode).toBe('none');
  });

  it('lists the answers left empty that took their preset', () => {
    expect(row('pg').presets).toEqual(['downtime-hours', 'database-size-gb', 'database-count', 'network-mbps', 'allow-preview']);
    expect(row('mi-small').presets).toEqual(['database-count', 'network-mbps', 'allow-preview']);
  });

  it('flags a past retirement of the target as a deadline', () => {
    expect(row('single').deadlines).toEqual([
      expect.objectContaining({ date: '2024-09-16', subject: 'target', id: 'azure-mysql-single-server', event: 'retired', past: true }),
    ]);
  });

  it('gives a wizard address that holds the row\u2019s pair and answers', () => {
    expect(row('mi-small').wizardQuery).toBe('source=sql-server&target=azure-sql-managed-instance&downtime-hours=4&database-size-gb=40&sql-server-version=2016');
  });

  it('does not advise a row with errors', () => {
    expect(row('typo')).toMatchObject({ advised: false, mode: 'none', tool: null, errors: [expect.objectContaining({ kind: 'unknown-platform', line: 8 })] });
  });

  it('advises in pieces exactly as in one call, for a worker reporting progress', () => {
    const parsed = parseInventory(CSV, data);
    const pieces = [...adviseRows(data, parsed.rows, TODAY, 0, 3), ...adviseRows(data, parsed.rows, TODAY, 3)];
    expect(assembleResult(data, parsed, pieces, TODAY)).toEqual(result);
  });

  it('refuses a judging date that is not one', () => {
    expect(adviseInventory(CSV, data, { today: '2026-02-30' }).fileErrors).toEqual([expect.objectContaining({ kind: 'bad-date' })]);
  });
});

describe('summary and waves', () => {
  it('counts advised rows by mode, tool, status and target', () => {
    expect(result.summary).toMatchObject({ rows: 7, advised: 6, byMode: { offline: 2, online: 1, none: 3 } });
    expect(result.summary.byTool).toEqual([
      { id: 'dms', count: 2, name: 'Azure Database Migration Service' },
      { id: 'pg-migration-service', count: 1, name: 'PostgreSQL migration service' },
    ]);
    expect(result.summary.byTarget[0]).toEqual({ id: 'azure-sql-managed-instance', count: 4, name: 'Azure SQL Managed Instance' });
  });

  it('ranks the blockers by the rows they affect and lists the lines with errors', () => {
    const twice = adviseInventory(`${CSV}\nold2,sql-server,azure-sql-managed-instance,10,4,2005\nold3,sql-server,azure-sql-database,10,4,2005`, data, { today: TODAY });
    expect(twice.summary.topBlockers).toEqual([{ id: 'dms-sql-server-2005', title: 'SQL Server 2005 is below the supported range of DMS', count: 3 }]);
    expect(result.summary.errors).toEqual({ count: 1, lines: [8] });
    expect(result.summary.earliestDeadlines[0]).toMatchObject({ id: 'azure-mysql-single-server', rows: 1, past: true });
  });

  it('puts every row in exactly one wave, rows with no path and errors last', () => {
    const { waves, basis } = result.waves;
    expect(basis).toBe(WAVES_BASIS);
    expect(waves.flatMap((w) => w.rows).sort((a, b) => a - b)).toEqual(result.rows.map((_, i) => i));
    expect(waves.at(-1)!.rows.map((i) => result.rows[i].name)).toEqual(['typo']);
    expect(waves.at(-2)!.title).toBe('No path fits');
  });
});

describe('exports', () => {
  const hostile = adviseInventory('name,source,target\n=HYPERLINK("x"),sql-server,azure-sql-database\n"+1|*x*\nnext",sql-server,azure-sql-database\n@sum,sql-server,azure-sql-databse\n', data, { today: TODAY });

  it('writes CSV that parses back to one row per database, formulas neutralised', () => {
    const parsed = Papa.parse<Record<string, string>>(toCsv(hostile), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => r.name)).toEqual(["'=HYPERLINK(\"x\")", "'+1|*x*\nnext", "'@sum"]);
    expect(parsed.data[0]).toMatchObject({ line: '2', mode: 'offline', tool: 'dms', status: 'ga' });
    expect(parsed.data[2].errors).toMatch(/^Line 5: target/);
  });

  it('writes Markdown with names escaped, formulas neutralised and one table line per row', () => {
    const markdown = toMarkdown(hostile);
    const table = markdown.split('\n').filter((l) => l.startsWith('| '));
    expect(table).toHaveLength(2 + hostile.rows.length);
    expect(table[2]).toContain("| '=HYPERLINK(\"x\") |");
    expect(table[3]).toContain("| '+1\\|\\*x\\* next |");
  });

  it('says in Markdown why the file could not be read', () => {
    const markdown = toMarkdown(adviseInventory('name\nx\n', data, { today: TODAY }));
    expect(markdown).toContain('## The file could not be read');
    expect(markdown).not.toContain('## Databases');
  });
});
