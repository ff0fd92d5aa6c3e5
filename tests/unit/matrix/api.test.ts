import { describe, expect, it } from 'vitest';
import { CSV_HEADER, csvField, scenariosCsv, toCsv } from '../../../src/lib/api/csv.ts';
import { buildScenariosApi } from '../../../src/lib/api/scenarios.ts';
import { loadDataset } from './fixture.ts';

const dataset = loadDataset();
const api = buildScenariosApi(dataset, { generated: '2026-11-22', scenarioUrl: (id) => `https://wiki.example.com/migration/scenarios/${id}/` });

describe('the JSON API', () => {
  it('is versioned and dated, with every scenario in id order', () => {
    expect(api.version).toBe(1);
    expect(api.generated).toBe('2026-11-22');
    expect(api.scenarios.map((s) => s.id)).toEqual(Object.keys(dataset.scenarios).sort());
  });

  it('gives each scenario its address, source, target and review date', () => {
    const scenario = api.scenarios.find((s) => s.id === 'mysql-to-azure-mysql-single-server');
    expect(scenario).toMatchObject({
      url: 'https://wiki.example.com/migration/scenarios/mysql-to-azure-mysql-single-server/',
      source: { id: 'mysql', name: 'MySQL' },
      target: { id: 'azure-mysql-single-server', name: 'Azure Database for MySQL – Single Server' },
      reviewed: '2026-11-01',
    });
  });

  it('gives each offering its current status, since, footnotes, history and the citation for the current status', () => {
    const scenario = api.scenarios.find((s) => s.id === 'sql-server-to-azure-sql-managed-instance');
    const offline = scenario?.offerings.find((o) => o.mode === 'offline' && o.tool.id === 'dms');
    expect(offline).toEqual({
      tool: { id: 'dms', name: 'Azure Database Migration Service' },
      mode: 'offline',
      supported: true,
      status: 'ga',
      statusStated: true,
      since: '2022-06-13',
      footnotes: [
        {
          id: 'extension-targets',
          html: '<p>Through the <strong>Azure SQL Migration</strong> extension.</p>',
          citations: [{ title: 'Database migration scenario status', url: 'https://learn.microsoft.com/azure/dms/resource-scenario-status', date: '2022-06-13' }],
        },
      ],
      citation: {
        title: 'Supported scenarios, "2026" edition',
        url: 'https://learn.microsoft.com/azure/dms/resource-scenario-status?view=2026',
        date: '2026-02-19',
        section: 'Offline',
      },
      history: [
        {
          date: '2022-06-13',
          status: 'ga',
          supported: true,
          kind: 'event',
          citations: [{ title: 'Database migration scenario status', url: 'https://learn.microsoft.com/azure/dms/resource-scenario-status', date: '2022-06-13' }],
        },
        {
          date: '2026-02-19',
          status: 'ga',
          supported: true,
          kind: 'confirmation',
          note: 'Still GA.',
          citations: [
            { title: 'Supported scenarios, "2026" edition', url: 'https://learn.microsoft.com/azure/dms/resource-scenario-status?view=2026', date: '2026-02-19', section: 'Offline' },
          ],
        },
      ],
    });
    expect(scenario?.related).toEqual([]);
  });

  it('marks retired and unsupported offerings as not supported', () => {
    const offerings = api.scenarios.flatMap((s) => s.offerings);
    expect(offerings.filter((o) => !o.supported).map((o) => o.status).sort()).toEqual(['not-supported', 'not-supported', 'retired']);
  });

  it('survives a round trip through JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(api))).toEqual(api);
  });
});

describe('CSV', () => {
  it('leaves plain fields alone', () => {
    expect(csvField('dms')).toBe('dms');
    expect(csvField(true)).toBe('true');
    expect(csvField('')).toBe('');
  });

  it('quotes fields with commas, quotes and line breaks, doubling inner quotes (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('the "2026" edition')).toBe('"the ""2026"" edition"');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(' padded ')).toBe('" padded "');
  });

  it.each([
    ['=HYPERLINK("https://evil.example","click")', `"'=HYPERLINK(""https://evil.example"",""click"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['-5', "'-5"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
  ])('neutralises %j, which a spreadsheet would run as a formula, with a leading quote', (text, field) => {
    expect(csvField(text)).toBe(field);
  });

  it('leaves text that only contains a formula character, and typed numbers, as they are', () => {
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField('2026-02-19')).toBe('2026-02-19');
    expect(csvField(-5)).toBe('-5');
    expect(csvField(-0.25)).toBe('-0.25');
  });

  it('neutralises a citation title that starts a formula in the published file', () => {
    const hostile = structuredClone(api);
    hostile.scenarios[0].offerings[0].citation.title = '=cmd|\' /C calc\'!A0';
    const line = scenariosCsv(hostile).split('\r\n')[1];
    expect(line.split(',')).toContain("'=cmd|' /C calc'!A0");
  });

  it('ends records with CRLF', () => {
    expect(toCsv([['a', 'b'], ['c,d', 'e']])).toBe('a,b\r\n"c,d",e\r\n');
  });

  it('has a header and one row per offering', () => {
    const lines = scenariosCsv(api).split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines.at(-1)).toBe('');
    const offerings = api.scenarios.reduce((sum, s) => sum + s.offerings.length, 0);
    expect(lines.length - 2).toBe(offerings);
    expect(lines).toContain(
      'sql-server-to-azure-sql-managed-instance,sql-server,SQL Server,azure-sql-managed-instance,Azure SQL Managed Instance,offline,dms,Azure Database Migration Service,ga,true,2022-06-13,"Supported scenarios, ""2026"" edition",https://learn.microsoft.com/azure/dms/resource-scenario-status?view=2026,2026-02-19',
    );
  });
});
