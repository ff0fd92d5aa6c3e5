import { describe, expect, it } from 'vitest';
import { badgeFiles } from '../../../src/lib/badges/files.ts';
import { badgeName } from '../../../src/lib/badges/name.ts';
import { paths } from '../../../src/lib/site/paths.ts';
import { FILES, loadDataset } from '../matrix/fixture.ts';

describe('badge files', () => {
  it('lists, per scenario, a badge for both modes and one per mode', () => {
    const dataset = loadDataset();
    const files = badgeFiles(dataset);
    expect(files).toHaveLength(3 * Object.keys(dataset.scenarios).length);
    expect(files.filter((f) => f.scenarioId === 'mysql-to-azure-mysql-single-server')).toEqual([
      { name: 'mysql-to-azure-mysql-single-server', scenarioId: 'mysql-to-azure-mysql-single-server' },
      { name: 'mysql-to-azure-mysql-single-server-offline', scenarioId: 'mysql-to-azure-mysql-single-server', mode: 'offline' },
      { name: 'mysql-to-azure-mysql-single-server-online', scenarioId: 'mysql-to-azure-mysql-single-server', mode: 'online' },
    ]);
  });

  it('are where paths.badge links: a name ending in .svg or .png, with no query string', () => {
    expect(paths.badge('mysql-to-azure-mysql-single-server', 'png')).toBe(`/badges/${badgeName('mysql-to-azure-mysql-single-server')}.png`);
    expect(paths.badge('mysql-to-azure-mysql-single-server', 'svg', 'online')).toBe('/badges/mysql-to-azure-mysql-single-server-online.svg');
    for (const file of badgeFiles(loadDataset())) {
      for (const format of ['svg', 'png'] as const) expect(paths.badge(file.scenarioId, format, file.mode)).toBe(`/badges/${file.name}.${format}`);
    }
  });

  it('refuses two scenarios whose badges would share a file, naming both', () => {
    const dataset = loadDataset({
      'platforms/azure-sql-managed-instance-online.md': FILES['platforms/azure-sql-managed-instance.md'].replace(/SQL MI|Azure SQL Managed Instance/g, (name) => `${name} online`),
      'scenarios/sql-server-to-azure-sql-managed-instance-online.md': FILES['scenarios/sql-server-to-azure-sql-managed-instance.md'].replace(
        'target: azure-sql-managed-instance',
        'target: azure-sql-managed-instance-online',
      ),
    });
    expect(() => badgeFiles(dataset)).toThrow(
      'Two badges would be written to badges/sql-server-to-azure-sql-managed-instance-online: scenario "sql-server-to-azure-sql-managed-instance" (online) and scenario "sql-server-to-azure-sql-managed-instance-online". Rename one of the scenarios.',
    );
  });
});
