import { describe, expect, it } from 'vitest';
import { parseInventory } from '../../../src/lib/fleet/parse.ts';
import { MAX_BYTES, MAX_ROWS } from '../../../src/lib/fleet/limits.ts';
import { fixture } from '../advisor/fixture.ts';

const data = fixture();
const parse = (text: string) => parseInventory(text, data);

describe('columns', () => {
  it('matches headers whatever their case, spaces and underscores, and reads the aliases', () => {
    const { rows, notices, fileErrors } = parse(' Database ,SOURCE,Target,size_gb,Downtime_Minutes,network_mbps\ncrm,sql-server,azure-sql-database,80,90,500\n');
    expect(fileErrors).toEqual([]);
    expect(notices).toEqual([]);
    expect(rows[0]).toMatchObject({ name: 'crm', source: 'sql-server', target: 'azure-sql-database', answers: { 'database-size-gb': 80, 'downtime-hours': 1.5, 'network-mbps': 500 } });
  });

  it('reports an unknown column once for the whole file and ignores it', () => {
    const { rows, notices } = parse('source,target,owner\nsql-server,azure-sql-database,ann\nmysql,azure-mysql-flexible-server,bob\n');
    expect(notices).toEqual([expect.objectContaining({ kind: 'unknown-column', column: 'owner' })]);
    expect(rows.every((r) => r.errors.length === 0)).toBe(true);
  });

  it('does not read Azure Migrate\u2019s "Storage in use (In GB)" as a database size, and says why', () => {
    const { rows, notices } = parse('source,target,Storage in use (In GB)\nsql-server,azure-sql-database,4096\n');
    expect(rows[0].answers).toEqual({});
    expect(notices).toEqual([expect.objectContaining({ kind: 'ignored-column', column: 'Storage in use (In GB)' })]);
    expect(notices[0].message).toMatch(/disk space a server uses.*not the size of one database/);
  });

  it('reads a field from its first column only and says the second was ignored', () => {
    const { rows, notices } = parse('source,target,database-size-gb,size_gb\nsql-server,azure-sql-database,10,20\n');
    expect(rows[0].answers['database-size-gb']).toBe(10);
    expect(notices).toEqual([expect.objectContaining({ kind: 'duplicate-column', column: 'size_gb' })]);
  });

  it('summarises cells for questions that do not apply once per column, never as row errors', () => {
    const csv = 'source,target,sql-server-version\nmysql,azure-mysql-flexible-server,2014\nmysql,azure-mysql-flexible-server,abc\nsql-server,azure-sql-database,2014\npostgresql,azure-postgresql-flexible-server,2016\n';
    const { rows, notices } = parse(csv);
    expect(rows.map((r) => r.errors)).toEqual([[], [], [], []]);
    expect(rows[2].answers).toEqual({ 'sql-server-version': 2014 });
    expect(rows[0].answers).toEqual({});
    expect(notices).toEqual([{ kind: 'not-applicable', column: 'sql-server-version', lines: [2, 3, 5], message: "sql-server-version ignored on 3 rows where it does not apply to the row's source and target (the wizard does not ask it there)." }]);
  });
});

describe('cells', () => {
  it.each([
    ['30 min', 0.5],
    ['4h', 4],
    ['4', 4],
    ['1h30', 1.5],
    ['0.123456', 0.123456],
  ])('reads the downtime %j as the wizard does', (cell, hours) => {
    expect(parse(`source,target,downtime-hours\nsql-server,azure-sql-database,${cell}\n`).rows[0].answers['downtime-hours']).toBe(hours);
  });

  it('reads platforms by name or id in any case', () => {
    const { rows } = parse('source,target\nSQL server,azure sql DATABASE\n');
    expect(rows[0]).toMatchObject({ source: 'sql-server', target: 'azure-sql-database', advisable: true });
  });

  it('reads TRUE/yes as true and a choice by its label in any case', () => {
    const { rows } = parse('source,target,backup-location,storage-firewall\nsql-server,azure-sql-managed-instance,AZURE STORAGE,Yes\n');
    expect(rows[0].answers).toEqual({ 'backup-location': 'azure-storage', 'storage-firewall': true });
  });
});

describe('row errors', () => {
  const csv = [
    'name,source,target,downtime-hours',
    'a,sql-server,azure-sql-managed-instence,4',
    'b,sql-server,oracle,4',
    'c,sql-server,azure-sql-database,forever',
    'd,,azure-sql-database,',
    'e,sql-server,azure-sql-database,4',
    'f,sql-server,azure-sql-database,4,surplus',
  ].join('\n');
  const { rows, fileErrors } = parse(csv);

  it('keeps reading after bad rows and leaves the good row advisable', () => {
    expect(fileErrors).toEqual([]);
    expect(rows.map((r) => r.advisable)).toEqual([false, false, false, false, true, false]);
  });

  it('names an unknown platform with its line, column and a did-you-mean', () => {
    expect(rows[0].errors).toEqual([
      {
        kind: 'unknown-platform',
        line: 2,
        column: 'target',
        expected: 'azure-sql-managed-instance',
        found: 'azure-sql-managed-instence',
        message: 'Line 2: target "azure-sql-managed-instence" is not a platform this site knows; did you mean "azure-sql-managed-instance"? The row was not advised.',
      },
    ]);
  });

  it('refuses a pair no scenario describes', () => {
    expect(rows[1].errors).toEqual([expect.objectContaining({ kind: 'no-scenario', line: 3, found: 'sql-server → oracle' })]);
  });

  it('names an invalid answer with what it needs', () => {
    expect(rows[2].errors).toEqual([expect.objectContaining({ kind: 'invalid-answer', line: 4, column: 'downtime-hours', found: 'forever' })]);
    expect(rows[2].errors[0].expected).toMatch(/a number from 0 to 720 hours, or a time such as 30 min/);
  });

  it('asks for a missing platform', () => {
    expect(rows[3].errors).toEqual([expect.objectContaining({ kind: 'missing-platform', line: 5, column: 'source' })]);
  });

  it('refuses a row with more cells than the header', () => {
    expect(rows[5].errors).toEqual([expect.objectContaining({ kind: 'extra-cells', line: 7, expected: '4', found: '5' })]);
  });

  it('reports a name two platforms share as ambiguous rather than guessing', () => {
    const twins = fixture({ platforms: { 'mysql-copy': { name: 'MySQL', engine: 'mysql', hosting: 'self-managed', cite: 'status-2022' } } } as never);
    const row = parseInventory('source,target\nMySQL,azure-mysql-flexible-server\n', twins).rows[0];
    expect(row.errors).toEqual([expect.objectContaining({ kind: 'ambiguous-platform', expected: 'mysql or mysql-copy' })]);
  });
});

describe('file errors', () => {
  it('stops on a missing source or target column and names the headers found', () => {
    const { rows, fileErrors } = parse('name,destination\na,b\n');
    expect(rows).toEqual([]);
    expect(fileErrors).toEqual([{ kind: 'missing-column', message: 'The header row has no source or target column (it has "name", "destination"); fleet mode needs source and target to know which migration each row is.' }]);
  });

  it('stops on an empty file', () => {
    expect(parse('\ufeff\r\n').fileErrors).toEqual([expect.objectContaining({ kind: 'empty' })]);
  });

  it('refuses more rows than MAX_ROWS before parsing', () => {
    const text = `source,target\n${'sql-server,azure-sql-database\n'.repeat(MAX_ROWS + 1)}`;
    const { rows, fileErrors } = parse(text);
    expect(rows).toEqual([]);
    expect(fileErrors).toEqual([expect.objectContaining({ kind: 'too-many-rows' })]);
  });

  it('refuses a file over MAX_BYTES, counted in UTF-8', () => {
    // Multi-byte characters: fewer characters than MAX_BYTES, more bytes.
    const text = `source,target,name\n${'é'.repeat(MAX_BYTES / 2 + 1)}`;
    expect(text.length).toBeLessThan(MAX_BYTES);
    expect(parse(text).fileErrors).toEqual([expect.objectContaining({ kind: 'too-large' })]);
  });
});
