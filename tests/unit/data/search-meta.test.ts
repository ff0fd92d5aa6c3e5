import { describe, expect, it } from 'vitest';
import { searchMeta } from '../../../src/lib/data/search-meta.ts';
import { NO_OFFERING, STATUSES } from '../../../src/lib/schema/vocabulary.ts';
import { CONTENT_TODAY, loadRealContent } from '../../support/real-content.ts';

const { dataset } = loadRealContent();
const meta = (route: string, id?: string) => searchMeta(dataset, route, id, CONTENT_TODAY);

describe('what a search result says of its page', () => {
  it("gives a scenario's best status in each mode", () => {
    const { ga, retired } = STATUSES;
    const no = STATUSES['not-supported'];
    expect(meta('/scenarios/[id]', 'sql-server-to-azure-sql-database')).toEqual({ type: 'Scenario', status: `Offline: ${ga.short} · Online: ${no.short}` });
    expect(meta('/scenarios/[id]', 'mysql-to-azure-mysql-single-server').status).toBe(`Offline: ${retired.short} · Online: ${NO_OFFERING.label.toLowerCase()}`);
  });

  it("gives a platform's engine and retirement, a tool's scoped retirement, a limitation's kind and severity", () => {
    expect(meta('/platforms/[id]', 'azure-mysql-single-server')).toEqual({ type: 'Platform · MySQL', status: 'Retired 2024-09-16' });
    expect(meta('/platforms/[id]', 'sql-server')).toEqual({ type: 'Platform · SQL Server', status: undefined });
    expect(meta('/tools/[id]', 'dms-classic')).toEqual({ type: 'Tool', status: 'Retired 2026-03-15 for SQL Server scenarios only' });
    expect(meta('/limitations/[id]', 'mysql-no-rollback-after-final-migration')).toEqual({ type: 'Limitation', status: 'Warning' });
  });

  it('names lists and other pages by their folder, and anything unknown a page', () => {
    expect(meta('/')).toEqual({ type: 'Home' });
    expect(meta('/limitations')).toEqual({ type: 'List' });
    expect(meta('/changes')).toEqual({ type: 'List' });
    expect(meta('/guides/[id]', 'offline-vs-online')).toEqual({ type: 'Guide' });
    expect(meta('/elsewhere')).toEqual({ type: 'Page' });
    expect(meta('/scenarios/[id]', 'no-such-pair')).toEqual({ type: 'List' });
  });
});
