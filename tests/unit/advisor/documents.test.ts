import { CONTENT_TODAY, loadRealContent } from '../../support/real-content.ts';
import { STATUSES } from '../../../src/lib/schema/vocabulary.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { recommend } from '../../../src/lib/advisor/recommend.ts';
import { relevantQuestions } from '../../../src/lib/advisor/relevance.ts';
import type { AdvisorData, AnswerValues, CiteRef, Recommendation } from '../../../src/lib/advisor/types.ts';

/**
 * The rules the source documents give, checked against the real content in content/. Each case
 * names its document; the content is what others edit, so a failure here means a rule and its
 * data disagree.
 */
const TODAY = CONTENT_TODAY;
let data: AdvisorData;

beforeAll(() => {
  ({ data } = loadRealContent());
});

const MI = { source: 'sql-server', target: 'azure-sql-managed-instance' };
const SQLDB = { source: 'sql-server', target: 'azure-sql-database' };
const PG = { source: 'postgresql', target: 'azure-postgresql-flexible-server' };
const MYSQL = { source: 'mysql', target: 'azure-mysql-flexible-server' };
const BIG_AND_SHORT = { 'database-size-gb': 2000, 'downtime-hours': 1 };
const SMALL_AND_LONG = { 'database-size-gb': 20, 'downtime-hours': 8 };

function advise(pair: { source: string; target: string }, answers: Record<string, unknown> = {}): Recommendation {
  return recommend(data, { ...pair, answers: answers as AnswerValues }, { today: TODAY });
}
const ids = (refs: CiteRef[]) => refs.map((r) => `${r.kind}:${r.id}`);
const reasonCites = (rec: Recommendation) => [...rec.reasons, ...rec.changes].flatMap((r) => ids(r.cite));
const text = (rec: Recommendation) => [...rec.reasons, ...rec.changes].map((r) => r.text).join('\n');
const offering = (rec: Recommendation, mode: string, tool: string) => rec.offerings.find((o) => o.mode === mode && o.tool === tool);

describe('rules from the source documents, on the real content', () => {
  it('[DMS status 2026] preview-only pairs are not offered as alternatives when preview is not accepted', () => {
    const rec = advise({ source: 'oracle', target: 'azure-sql-database' }, { 'downtime-hours': 24 });
    expect(rec.mode).toBe('none');
    // Only paths usable without preview remain: Oracle → PostgreSQL with Ora2Pg, listed without a status.
    expect(rec.alternatives.flatMap((a) => a.modes).some((m) => STATUSES[m.status].preview)).toBe(false);
    expect(rec.alternatives.map((a) => a.target)).toEqual(['azure-postgresql-flexible-server']);
    const withPreview = advise({ source: 'oracle', target: 'azure-sql-database' }, { 'downtime-hours': 24, 'allow-preview': true });
    expect(withPreview.mode).toBe('offline');
  });

  it('[DMS status 2022] a same-platform move that the content describes is answered, not refused', () => {
    const rec = advise({ source: 'azure-postgresql-single-server', target: 'azure-postgresql-single-server' });
    expect(rec.problems).toEqual([]);
    expect(rec.scenario).toBe('azure-postgresql-single-server-to-azure-postgresql-single-server');
    expect(rec.supported).toBe(false);
    const none = advise({ source: 'azure-mysql-single-server', target: 'azure-mysql-single-server' });
    expect(none.problems.map((p) => p.kind)).toContain('same-platform');
  });

  it('[DMS PostgreSQL note 2025] the PostgreSQL migration service is preferred over DMS when both are GA online', () => {
    // 300 GB stays under the 1 TB limit of DMS online for PostgreSQL, so both tools are available.
    const rec = advise(PG, { 'database-size-gb': 300, 'downtime-hours': 1 });
    expect(rec.mode).toBe('online');
    expect(offering(rec, 'online', 'dms')?.available).toBe(true);
    expect(rec.tool).toBe('postgresql-migration-service');
  });

  it('[DMS ADS 2021] SQL Server 2014 is a blocker for the Azure SQL Migration extension', () => {
    const old = advise(MI, { 'sql-server-version': 2014 });
    const extension = old.offerings.filter((o) => o.tool === 'azure-sql-migration-extension');
    expect(extension.length).toBeGreaterThan(0);
    for (const o of extension) expect(o.blockers).toContain('ads-sql-server-2014-and-earlier');
    expect(old.tool).not.toBe('azure-sql-migration-extension');
    const recent = advise(MI, { 'sql-server-version': 2016 });
    expect(recent.offerings.flatMap((o) => o.blockers)).not.toContain('ads-sql-server-2014-and-earlier');
  });

  it('[DMS ADS 2021] a storage account behind a firewall is a blocker for the extension', () => {
    const rec = advise(MI, { 'storage-firewall': true });
    expect(offering(rec, 'offline', 'azure-sql-migration-extension')?.blockers).toContain('ads-storage-firewall-not-supported');
  });

  it('[DMS FAQ 2026, MI overview 2024] SQL Server 2005 is below the range of DMS, LRS and the link: only a native restore is left', () => {
    const rec = advise(MI, { 'sql-server-version': 2005 });
    expect(rec).toMatchObject({ mode: 'offline', tool: 'native-backup-restore', status: 'listed' });
    for (const tool of ['log-replay-service', 'mi-link']) expect(rec.offerings.filter((o) => o.tool === tool).every((o) => o.excluded === 'blocked')).toBe(true);
    expect(offering(rec, 'offline', 'dms')).toMatchObject({ available: false, excluded: 'blocked' });
    expect(reasonCites(rec)).toContain('consideration:dms-sql-server-2005-not-supported');
  });

  it('[DMS status 2022] Azure SQL Database online is not supported', () => {
    const rec = advise(SQLDB, BIG_AND_SHORT);
    expect(offering(rec, 'online', 'dms')).toMatchObject({ status: 'not-supported', available: false });
    expect(rec.mode).toBe('none');
    expect(text(rec)).toMatch(/online migration is not available here/);
    expect(reasonCites(rec)).toContain('document:dms-scenario-status-2022');
  });

  it('[DMS supported scenarios 2026] Azure SQL Database offline is generally available with DMS', () => {
    const rec = advise(SQLDB, SMALL_AND_LONG);
    expect(rec).toMatchObject({ mode: 'offline', tool: 'dms', status: 'ga' });
  });

  it('[DMS classic retirement 2026] DMS (classic) is retired for SQL Server, so it is never recommended', () => {
    const rec = advise(SQLDB, SMALL_AND_LONG);
    expect(offering(rec, 'offline', 'dms-classic')?.available).toBe(false);
    expect(text(rec)).toContain('Azure Database Migration Service (classic) was retired on 2026-03-15');
  });

  it('[DMS supported scenarios 2026] Oracle to SQL Managed Instance is an offline preview, left out unless preview is allowed', () => {
    const pair = { source: 'oracle', target: 'azure-sql-managed-instance' };
    const strict = advise(pair, SMALL_AND_LONG);
    expect(strict.mode).toBe('none');
    expect(offering(strict, 'offline', 'dms')).toMatchObject({ status: 'preview', excluded: 'preview-not-allowed' });
    const open = advise(pair, { ...SMALL_AND_LONG, 'allow-preview': true });
    expect(open).toMatchObject({ mode: 'offline', tool: 'dms', status: 'preview' });
    expect(open.caveats.map((c) => c.text).join(' ')).toMatch(/^Preview:/);
  });

  it('[PostgreSQL migration service 2025] a copy that fits the window is done offline: simpler, fewer failures', () => {
    const rec = advise(PG, SMALL_AND_LONG);
    expect(rec.mode).toBe('offline');
    expect(reasonCites(rec)).toEqual(
      expect.arrayContaining(['rule:offline-when-window-fits', 'rule:offline-simpler-fewer-failures', 'document:postgresql-migration-service-overview-2025']),
    );
  });

  it('[DMS status 2022] a window shorter than the copy calls for online', () => {
    const rec = advise(MI, BIG_AND_SHORT);
    expect(rec.mode).toBe('online');
    expect(reasonCites(rec)).toEqual(expect.arrayContaining(['rule:online-when-downtime-short', 'document:dms-scenario-status-2022']));
  });

  it('[PostgreSQL migration service 2025] tables without primary keys are flagged for online', () => {
    const rec = advise(PG, { ...BIG_AND_SHORT, 'tables-without-primary-key': true });
    expect(rec.flags.find((f) => f.id === 'postgresql-online-primary-keys')).toMatchObject({ severity: 'blocker', mode: 'online' });
    expect(offering(rec, 'online', 'postgresql-migration-service')).toMatchObject({ excluded: 'blocked' });
    expect(rec.tool === 'postgresql-migration-service' && rec.mode === 'online').toBe(false);
    expect(advise(PG, { 'tables-without-primary-key': false }).flags.map((f) => f.id)).not.toContain('postgresql-online-primary-keys');
  });

  it('[PostgreSQL migration service 2025] an online run loads the source, and the cutover is manual', () => {
    const rec = advise(PG, BIG_AND_SHORT);
    expect(rec.mode).toBe('online');
    expect(reasonCites(rec)).toEqual(expect.arrayContaining(['rule:online-source-impact', 'rule:online-manual-cutover']));
  });

  it('[PostgreSQL best practices 2025] the estimate is the migration service’s benchmark when the link is faster', () => {
    const rec = advise(PG, { 'database-size-gb': 1000, 'network-mbps': 10000, 'downtime-hours': 24 });
    expect(rec.estimate).toMatchObject({ tool: 'postgresql-migration-service', limitedBy: 'tool', basis: 'benchmark', lowerBound: false });
    expect(rec.estimate!.hours).toBeCloseTo(7);
    expect(rec.estimate!.assumptions.flatMap((a) => ids(a.cite))).toContain('document:postgresql-migration-best-practices-2025');
  });

  it('[PostgreSQL extensions 2025] TimescaleDB rules out online with the migration service', () => {
    const rec = advise(PG, { 'uses-timescaledb': true });
    expect(offering(rec, 'online', 'postgresql-migration-service')?.blockers).toContain('postgresql-timescaledb-offline-only');
  });

  it('[MySQL FAQ 2022] databases over 1 TB need a support ticket', () => {
    const big = advise(MYSQL, { 'database-size-gb': 2048, 'downtime-hours': 720 });
    expect(big.tool).toBe('dms');
    expect(big.checklist.find((c) => c.id === 'mysql-large-database-support-ticket')).toMatchObject({ severity: 'warning' });
    const small = advise(MYSQL, { 'database-size-gb': 500, 'downtime-hours': 720 });
    expect(small.checklist.map((c) => c.id)).not.toContain('mysql-large-database-support-ticket');
  });

  it('[MySQL FAQ 2022] write-heavy workloads can go online but should reduce the load', () => {
    const rec = advise(MYSQL, { ...BIG_AND_SHORT, 'write-intensity': 'heavy' });
    expect(rec.mode).toBe('online');
    expect(reasonCites(rec)).toEqual(expect.arrayContaining(['rule:online-write-heavy-reduce-load', 'document:dms-mysql-single-to-flexible-faq-2022']));
  });

  it('[MySQL online tutorial 2025] a STATEMENT binary log rules out online migration', () => {
    const rec = advise(MYSQL, { ...BIG_AND_SHORT, 'mysql-binlog-format': 'statement' });
    expect(offering(rec, 'online', 'dms')?.blockers).toContain('mysql-online-binlog-row-format');
    expect(rec.mode).toBe('none');
    expect(text(rec)).toMatch(/Without “Online MySQL migration needs row-based binary logging”, online migration/);
  });

  it('[MySQL Single Server retirement 2024] a Single Server target is retired and Flexible Server is offered instead', () => {
    const rec = advise({ source: 'mysql', target: 'azure-mysql-single-server' });
    expect(rec).toMatchObject({ supported: false, mode: 'none' });
    expect(text(rec)).toMatch(/retired on 2024-09-16; its successor is Azure Database for MySQL/);
    expect(rec.alternatives[0]).toMatchObject({ relation: 'successor', target: 'azure-mysql-flexible-server' });
  });

  it('[SQL MI limitations 2025] online migrations to SQL Managed Instance must finish within 30 days', () => {
    const rec = advise(MI, BIG_AND_SHORT);
    expect(rec.flags.find((f) => f.id === 'mi-online-lrs-30-day-limit')).toMatchObject({ severity: 'warning', recommended: true });
  });

  it('[DMS MongoDB tutorial 2025] a serverless Cosmos DB account is a blocker for DMS', () => {
    const rec = advise({ source: 'mongodb', target: 'azure-cosmos-db-mongodb' }, { 'cosmos-serverless-target': true });
    const dms = rec.offerings.filter((o) => o.tool === 'dms');
    expect(dms.length).toBeGreaterThan(0);
    expect(dms.every((o) => o.blockers.includes('cosmos-serverless-not-supported'))).toBe(true);
    expect(rec.tool).not.toBe('dms');
  });

  it('[DMS ADS 2021] the questions for SQL Server to SQL Managed Instance include backups and TDE, not PostgreSQL ones', () => {
    const asked = relevantQuestions(data, MI, {});
    expect(asked).toEqual(expect.arrayContaining(['sql-server-version', 'backup-location', 'uses-tde']));
    expect(asked).not.toContain('tables-without-primary-key');
  });

  it('cites a document, limitation, footnote or rule for every reason of every scenario', () => {
    for (const scenario of Object.values(data.scenarios)) {
      for (const answers of [SMALL_AND_LONG, BIG_AND_SHORT]) {
        const rec = advise(scenario.data, answers);
        expect(rec.reasons.length, scenario.id).toBeGreaterThan(0);
        for (const reason of [...rec.reasons, ...rec.changes, ...rec.caveats]) expect(reason.cite.length, `${scenario.id}: ${reason.text}`).toBeGreaterThan(0);
      }
    }
  });
});
