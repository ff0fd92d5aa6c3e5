import { describe, expect, it } from 'vitest';
import { recommend } from '../../../src/lib/advisor/recommend.ts';
import { relevantQuestions } from '../../../src/lib/advisor/relevance.ts';
import { toQuery } from '../../../src/lib/advisor/wizard-address.ts';
import type { AnswerValues, CiteRef, Recommendation } from '../../../src/lib/advisor/types.ts';
import { fixture, TODAY } from './fixture.ts';

const data = fixture();
const MI = { source: 'sql-server', target: 'azure-sql-managed-instance' };
const PG = { source: 'postgresql', target: 'azure-postgresql-flexible-server' };
const MYSQL = { source: 'mysql', target: 'azure-mysql-flexible-server' };

function advise(pair: { source: string; target: string }, answers: Record<string, unknown> = {}, d = data): Recommendation {
  return recommend(d, { ...pair, answers: answers as AnswerValues }, { today: TODAY });
}
const cited = (refs: CiteRef[]) => refs.map((r) => `${r.kind}:${r.id}`);
const allCites = (rec: Recommendation) => [...rec.reasons, ...rec.changes].flatMap((r) => cited(r.cite));

describe('choosing the mode from the downtime window', () => {
  it.each([
    // 100 Mbit/s carries 43.9 GB/h.
    ['a 40 GB copy (0.9 h) fits a 1-hour window: offline', { 'database-size-gb': 40, 'downtime-hours': 1 }, 'offline'],
    ['the window equal to the copy still fits: offline', { 'database-size-gb': 43.9453125, 'downtime-hours': 1 }, 'offline'],
    ['a 500 GB copy (11.4 h) in a 4-hour window: online', { 'database-size-gb': 500, 'downtime-hours': 4 }, 'online'],
    ['a zero-hour window never fits a real copy: online', { 'database-size-gb': 1, 'downtime-hours': 0 }, 'online'],
    ['a fast link makes the same copy fit: offline', { 'database-size-gb': 500, 'downtime-hours': 4, 'network-mbps': 1000 }, 'offline'],
  ])('%s', (_name, answers, mode) => {
    expect(advise(MI, answers).mode).toBe(mode);
  });

  it('cites offline-when-window-fits and offline-simpler-fewer-failures when the window fits', () => {
    const rec = advise(PG, { 'database-size-gb': 10, 'downtime-hours': 8 });
    expect(rec.mode).toBe('offline');
    expect(allCites(rec)).toEqual(expect.arrayContaining(['rule:offline-when-window-fits', 'rule:offline-simpler-fewer-failures', 'document:pg-2025']));
  });

  it('cites online-when-downtime-short, the cutover and the load on the source when it does not', () => {
    const rec = advise(PG, { 'database-size-gb': 5000, 'downtime-hours': 2 });
    expect(rec.mode).toBe('online');
    expect(allCites(rec)).toEqual(expect.arrayContaining(['rule:online-when-downtime-short', 'rule:online-manual-cutover', 'rule:online-source-impact']));
    expect(rec.changes.map((c) => c.text).join(' ')).toMatch(/downtime window of at least 4\.6 days/);
  });

  it('tells write-heavy workloads to reduce the load when online', () => {
    const rec = advise(MI, { 'database-size-gb': 5000, 'write-intensity': 'heavy' });
    expect(rec.mode).toBe('online');
    expect(allCites(rec)).toContain('rule:online-write-heavy-reduce-load');
  });

  it('cites the primary-key rule beside an online recommendation when tables lack one', () => {
    const rec = advise(PG, { 'database-size-gb': 5000, 'downtime-hours': 1, 'tables-without-primary-key': true });
    expect(allCites(rec)).toContain('rule:online-primary-keys');
    expect(rec.flags.map((f) => f.id)).toContain('pg-online-no-primary-key');
  });

  it('uses the presets for unanswered numbers and says so', () => {
    const rec = advise(MI);
    expect(rec.estimate).toMatchObject({ sizeGb: 100, networkMbps: 100, downtimeHours: 4, assumed: ['database-size-gb', 'network-mbps', 'downtime-hours'] });
    expect(rec.estimate?.assumptions.map((a) => a.text).join(' ')).toContain('preset value was used');
  });
});

describe('the copy-time estimate', () => {
  it('divides the size by the network rate, 1 GB = 8,000 Mbit, and calls it a lower bound without a published rate', () => {
    const e = advise(MI, { 'database-size-gb': 90, 'network-mbps': 200 }).estimate!;
    expect(e.networkGbPerHour).toBeCloseTo((200 * 3600) / 8000);
    expect(e.hours).toBeCloseTo(90 / 90);
    expect(e.limitedBy).toBe('network');
    expect(e.basis).toBe('bandwidth');
    expect(e.lowerBound).toBe(true);
    expect(e.formula).toBe('90 GB ÷ 90 GB/h = 1 h');
    expect(e.networkFormula).toBe('200 Mbit/s × 3,600 s/h ÷ 8,000 Mbit/GB = 90 GB/h');
  });

  it('is the tool’s published time when that is longer than the link’s', () => {
    const e = advise(PG, { 'database-size-gb': 1460, 'network-mbps': 10000, 'downtime-hours': 24 }).estimate!;
    expect(e.limitedBy).toBe('tool');
    expect(e.basis).toBe('rate');
    expect(e.lowerBound).toBe(false);
    expect(e.hours).toBeCloseTo(10);
    expect(e.formula).toContain('max(');
  });

  it('states that only the data copy is estimated, and the unit convention', () => {
    const e = advise(MI).estimate!;
    expect(e.assumptions[0].text).toMatch(/^Only the data copy is estimated/);
    expect(e.assumptions.some((a) => a.text.includes('1 GB = 1,000 MB = 8,000 Mbit'))).toBe(true);
  });

  it('says a faster link cannot help when the tool is the limit', () => {
    const rec = advise(PG, { 'database-size-gb': 2920, 'network-mbps': 10000, 'downtime-hours': 4 });
    expect(rec.changes.map((c) => c.text).join(' ')).toMatch(/faster link would not be enough/);
  });
});

describe('statuses, preview and blockers', () => {
  it('leaves a preview offering out unless preview is allowed', () => {
    const big = { 'database-size-gb': 5000, 'downtime-hours': 1 };
    const strict = advise(MYSQL, big);
    expect(strict.mode).toBe('none');
    expect(strict.offerings.find((o) => o.mode === 'online')).toMatchObject({ status: 'preview', available: false, excluded: 'preview-not-allowed' });
    expect(strict.changes.map((c) => c.text).join(' ')).toMatch(/Allowing preview offerings would make online migration/);

    const open = advise(MYSQL, { ...big, 'allow-preview': true });
    expect(open).toMatchObject({ mode: 'online', tool: 'dms', status: 'preview' });
    expect(open.caveats[0].text).toMatch(/^Preview:/);
  });

  it('says which blocker ruled an offering out, and never recommends it', () => {
    const rec = advise(MI, { 'sql-server-version': 2005, 'database-size-gb': 10 }, fixture({ tools: { 'sql-migration-extension': { name: 'Azure SQL Migration extension', cite: 'ads-2021' } } }));
    expect(rec.mode).toBe('none');
    const blocked = rec.offerings.filter((o) => o.excluded === 'blocked');
    expect(blocked.map((o) => `${o.mode}/${o.tool}:${o.blockers}`).sort()).toEqual([
      'offline/dms:dms-sql-server-2005',
      'offline/sql-migration-extension:ads-sql-server-2014',
      'online/dms:dms-sql-server-2005',
    ]);
    expect(rec.reasons.map((r) => r.text).join(' ')).toContain('ruled out by “SQL Server 2005 is below the supported range of DMS”');
    expect(allCites(rec)).toContain('consideration:dms-sql-server-2005');
  });

  it('falls back to another tool when a blocker rules out one', () => {
    const d = fixture({ tools: { 'sql-migration-extension': { name: 'Azure SQL Migration extension', cite: 'ads-2021' } } });
    const rec = advise(MI, { 'sql-server-version': 2014, 'database-size-gb': 10 }, d);
    expect(rec).toMatchObject({ mode: 'offline', tool: 'dms' });
    expect(rec.offerings.find((o) => o.tool === 'sql-migration-extension')?.excluded).toBe('blocked');
  });

  it('asks a follow-up question only when the earlier answer calls for it', () => {
    expect(relevantQuestions(data, MI, { 'backup-location': 'smb-share' })).not.toContain('storage-firewall');
    expect(relevantQuestions(data, MI, { 'backup-location': 'azure-storage' })).toContain('storage-firewall');
    expect(relevantQuestions(data, PG, {})).toEqual(['downtime-hours', 'database-size-gb', 'database-count', 'network-mbps', 'write-intensity', 'allow-preview', 'tables-without-primary-key']);
  });

  it('ignores answers to questions that do not apply to the pair', () => {
    const rec = advise(PG, { 'sql-server-version': 2005, 'storage-firewall': true });
    expect(rec.relevant).not.toContain('sql-server-version');
    expect(rec.mode).not.toBe('none');
  });

  it('drops a follow-up answer from the address once its question no longer applies', () => {
    const query = toQuery(data, { ...MI, answers: { 'backup-location': 'smb-share', 'storage-firewall': true, 'downtime-hours': 2 } });
    expect(query).toBe('source=sql-server&target=azure-sql-managed-instance&downtime-hours=2&backup-location=smb-share');
  });
});

describe('flags and checklist', () => {
  it('flags a limitation without a condition for every matching offering, naming its mode when narrower', () => {
    const rec = advise(MI, { 'database-size-gb': 10 });
    const lrs = rec.flags.find((f) => f.id === 'mi-lrs-30-days');
    expect(lrs).toMatchObject({ severity: 'warning', mode: 'online', recommended: false });
  });

  it('flags a conditional limitation only when the answers match', () => {
    expect(advise(PG, { 'tables-without-primary-key': false }).flags.map((f) => f.id)).not.toContain('pg-online-no-primary-key');
    expect(advise(PG, {}).flags.map((f) => f.id)).not.toContain('pg-online-no-primary-key');
  });

  it('lists prerequisites as a checklist for the recommended offering', () => {
    const rec = advise(MI, { 'database-size-gb': 10 });
    expect(rec.checklist.map((c) => c.id)).toEqual(['sysadmin-login']);
    expect(rec.flags.map((f) => `${f.kind}:${f.id}`)).toEqual(['limitation:mi-lrs-30-days']);
  });

  it('cites the limitation itself as the source of every flag', () => {
    const { flags, checklist } = advise(MYSQL, { 'database-size-gb': 2000, 'allow-preview': true });
    expect(flags.length + checklist.length).toBeGreaterThan(0);
    for (const flag of [...flags, ...checklist]) expect(flag.cite[0]).toEqual({ kind: 'consideration', id: flag.id });
  });
});

describe('pairs that are not supported', () => {
  it('reports a retired target with its successor and offers the successor pair first', () => {
    const rec = advise({ source: 'mysql', target: 'azure-mysql-single-server' });
    expect(rec).toMatchObject({ supported: false, mode: 'none', tool: null });
    expect(rec.reasons.map((r) => r.text).join(' ')).toContain(
      'Azure Database for MySQL single server was retired on 2024-09-16; its successor is Azure Database for MySQL flexible server.',
    );
    expect(rec.alternatives[0]).toMatchObject({ scenario: 'mysql-to-azure-mysql-flexible-server', relation: 'successor' });
  });

  it('says a pair no document lists is unsupported and offers other targets for the same source, never other sources', () => {
    const rec = advise({ source: 'sql-server', target: 'azure-postgresql-flexible-server' });
    expect(rec).toMatchObject({ supported: false, scenario: null, mode: 'none' });
    expect(rec.reasons[0].cite.length).toBeGreaterThan(0);
    expect(rec.alternatives.map((a) => `${a.relation}:${a.scenario}`)).toEqual([
      'same-source:sql-server-to-azure-sql-database',
      'same-source:sql-server-to-azure-sql-managed-instance',
    ]);
  });

  it('offers only other targets when a supported pair fits neither mode, since the source is given', () => {
    const rec = advise({ source: 'sql-server', target: 'azure-sql-database' }, { 'database-size-gb': 5000, 'downtime-hours': 1 });
    expect(rec).toMatchObject({ supported: true, mode: 'none' });
    expect(rec.alternatives.map((a) => `${a.relation}:${a.target}`)).toEqual(['same-source:azure-sql-managed-instance']);
    expect(rec.changes.at(-1)?.text).toBe('Another target for the same source, judged with your answers: SQL Server → Azure SQL Managed Instance (listed below).');
  });

  it('says no offering can be used when every status is not supported', () => {
    const rec = advise({ source: 'oracle', target: 'azure-sql-managed-instance' });
    expect(rec.supported).toBe(false);
    expect(rec.reasons[0].text).toContain('offline with Azure Database Migration Service: not supported since 2022-06-13');
  });

  it('treats an offering of a retired tool as unusable and names the successor', () => {
    const rec = advise(MI, { 'database-size-gb': 10 });
    expect(rec.offerings.find((o) => o.tool === 'sql-migration-extension')?.excluded).toBe('tool-retired');
    expect(rec.reasons.map((r) => r.text)).toContain('Azure SQL Migration extension was retired on 2026-02-28; its successor is Azure Database Migration Service.');
  });

  it('asks for a pair when one is missing, and reports unknown platforms as problems', () => {
    expect(advise({ source: '', target: '' }).headline).toBe('Choose a source and a target to get a recommendation.');
    const rec = advise({ source: 'sql-sever', target: 'azure-sql-managed-instance' });
    expect(rec.mode).toBe('none');
    expect(rec.problems.map((p) => p.kind)).toEqual(['unknown-platform']);
  });

  it('ignores invalid answer values and reports them', () => {
    const rec = advise(MI, { 'downtime-hours': -3, nonsense: 1, 'write-intensity': '<b>' });
    expect(rec.problems.map((p) => p.kind)).toEqual(['out-of-range', 'unknown-question', 'not-an-option']);
    expect(rec.estimate?.downtimeHours).toBe(4);
  });
});

describe('every reason cites its source', () => {
  it.each([
    ['offline', MI, { 'database-size-gb': 10 }],
    ['online', MI, { 'database-size-gb': 5000, 'write-intensity': 'heavy' }],
    ['none', MYSQL, { 'database-size-gb': 5000, 'downtime-hours': 1 }],
    ['unsupported', { source: 'mysql', target: 'azure-mysql-single-server' }, {}],
  ] as const)('%s', (_name, pair, answers) => {
    const rec = advise(pair, answers);
    expect(rec.reasons.length).toBeGreaterThan(0);
    for (const reason of [...rec.reasons, ...rec.changes, ...rec.caveats]) expect(reason.cite.length, reason.text).toBeGreaterThan(0);
  });
});
