import { describe, expect, it } from 'vitest';
import { buildChangesApi, type ChangeLinks } from '../../../src/lib/api/changes.ts';
import { changeList } from '../../../src/lib/data/change-events.ts';
import { CONTENT_TODAY, loadRealContent } from '../../support/real-content.ts';

const { dataset } = loadRealContent();
const list = changeList(dataset, CONTENT_TODAY);
const SITE = 'https://wiki.example.com/migration/';
const links: ChangeLinks = {
  scenario: (id) => `${SITE}scenarios/${id}/`,
  tool: (id) => `${SITE}tools/${id}/`,
  platform: (id) => `${SITE}platforms/${id}/`,
  change: (id) => `${SITE}changes/#${id}`,
};
const api = buildChangesApi(dataset, list, { generated: CONTENT_TODAY, links });

describe('api/changes.json', () => {
  it('is versioned and dated, and carries the same news as the page, in the same order, with the filters’ values', () => {
    expect(api.version).toBe(1);
    expect(api.generated).toBe(CONTENT_TODAY);
    expect(api.changes.map((c) => c.id)).toEqual(list.events.map((e) => e.id));
    expect(api.upcoming.map((c) => c.id)).toEqual(list.upcoming.map((e) => e.id));
    expect(api.facets).toEqual(list.facets);
  });

  it('gives every change its date, kind, engines, links and the documents that state it, with their ids and addresses', () => {
    for (const change of [...api.changes, ...api.upcoming]) {
      expect(change.url).toBe(`${SITE}changes/#${change.id}`);
      expect(change.citations.length).toBeGreaterThan(0);
      for (const citation of change.citations) expect(citation.url).toBe(dataset.documents[citation.doc].data.url);
      const subject = [...change.subject.scenarios, change.subject.tool, change.subject.platform].filter(Boolean);
      expect(subject.length, change.id).toBeGreaterThan(0);
    }
  });

  it('tells a status change by its tool, scenarios with modes, and the status before and after', () => {
    const retired = api.changes.find((c) => c.kind === 'status-change' && c.subject.tool?.id === 'dms-classic' && c.status?.to === 'retired');
    expect(retired).toMatchObject({
      date: '2026-03-15',
      label: 'Status change',
      engines: ['sql-server'],
      status: { from: 'listed', to: 'retired' },
      subject: { tool: { id: 'dms-classic', url: `${SITE}tools/dms-classic/` } },
    });
    expect(retired?.subject.scenarios.find((s) => s.id === 'sql-server-to-azure-sql-managed-instance')).toEqual({
      id: 'sql-server-to-azure-sql-managed-instance',
      name: 'SQL Server → Azure SQL Managed Instance',
      url: `${SITE}scenarios/sql-server-to-azure-sql-managed-instance/`,
      modes: ['offline', 'online'],
    });
  });

  it('tells a lifecycle event by its platform or tool, its successor and the uses it concerns', () => {
    const retired = api.changes.find((c) => c.id === 'change-2026-03-15-tool-dms-classic-retired');
    expect(retired).toMatchObject({
      kind: 'retirement',
      label: 'Retired',
      subject: { scenarios: [], tool: { id: 'dms-classic' } },
      lifecycle: { event: 'retired', successor: { id: 'dms', url: `${SITE}tools/dms/` }, appliesTo: { engines: ['sql-server'] } },
      citations: [{ doc: 'dms-classic-sql-retirement-2026' }, { doc: 'mysql-migration-tools-2024' }],
    });
    expect(api.changes.find((c) => c.subject.platform?.id === 'azure-mysql-single-server' && c.kind === 'retirement')?.date).toBe('2024-09-16');
  });

  it('tells a new scenario once, with every path listed that day', () => {
    const documentdb = api.changes.filter((c) => c.kind === 'new-scenario' && c.subject.scenarios[0].id === 'mongodb-to-azure-documentdb');
    expect(documentdb).toHaveLength(1);
    expect(documentdb[0].paths?.map((p) => `${p.tool.id} ${p.mode} ${p.status}`).sort()).toEqual([
      'cosmos-mongodb-migration-extension online listed',
      'mongo-migration-web-utility offline listed',
      'mongo-migration-web-utility online listed',
      'mongodb-native-tools offline listed',
    ]);
    expect(documentdb[0].subject.scenarios[0].modes).toEqual(['offline', 'online']);
  });
});
