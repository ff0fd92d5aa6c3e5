import { beforeAll, describe, expect, it } from 'vitest';
import { markdownFromModel } from '../../../src/lib/advisor/markdown-result.ts';
import { recommend } from '../../../src/lib/advisor/recommend.ts';
import { plainText, resultModel, type Badge, type LinkTarget, type ResultModel } from '../../../src/lib/advisor/result-sections.ts';
import { SUMMARY_LIMITS, summaryOf } from '../../../src/lib/advisor/result-summary.ts';
import { toQuery } from '../../../src/lib/advisor/wizard-address.ts';
import type { AdvisorData, AnswerValues } from '../../../src/lib/advisor/types.ts';
import { CONTENT_TODAY, loadRealContent } from '../../support/real-content.ts';

let data: AdvisorData;
beforeAll(() => {
  data = loadRealContent().data;
});

/** Addresses as long as an intranet copy under a sub-path gives them. */
const SITE = 'https://intranet.example.com/tools/database-migration/';
const href = (to: LinkTarget) => ('id' in to ? `${SITE}${to.kind}/${to.id}/` : `${SITE}wizard/?source=${to.source}&target=${to.target}`);
const image = (badge: Badge) => `${SITE}badges/${badge.scenario}.png`;

function both(source: string, target: string, answers: Record<string, unknown>) {
  const input = { source, target, answers: answers as AnswerValues };
  const model = resultModel(recommend(data, input, { today: CONTENT_TODAY }), data);
  const link = `${SITE}wizard/?${toQuery(data, input)}`;
  return { model, summary: markdownFromModel(summaryOf(model), { link, href, image }), full: markdownFromModel(model, { link, href, image }), link };
}

/** Answer sets that lengthen a result: no answers (presets), a short window, old versions, keyless tables. */
const ANSWER_SETS: Record<string, unknown>[] = [
  {},
  { 'downtime-hours': 0.25, 'database-size-gb': 2000 },
  { 'downtime-hours': 0, 'database-size-gb': 50_000, 'network-mbps': 10, 'write-intensity': 'heavy' },
  { 'sql-server-version': 2005, 'postgresql-version': 9.5, 'tables-without-primary-key': true, 'mysql-version': 5.6, 'allow-preview': true },
];

describe('the short summary (result-summary.ts, rendered by markdown-result.ts)', () => {
  it('stays under 1,500 characters for every pair and answer set, while the full result is far longer', () => {
    let longest = { length: 0, pair: '' };
    for (const { data: s } of Object.values(data.scenarios)) {
      for (const answers of ANSWER_SETS) {
        const { summary, full } = both(s.source, s.target, answers);
        if (summary.length > longest.length) longest = { length: summary.length, pair: `${s.source} → ${s.target} ${JSON.stringify(answers)}` };
        expect(full.length).toBeGreaterThan(summary.length);
      }
    }
    console.log(`Longest short summary: ${longest.length} characters (${longest.pair}).`);
    expect(longest.length, longest.pair).toBeLessThan(1500);
  });

  it('says the headline, mode, tool and status, and links back to the full result and the scenario page', () => {
    const { summary, link } = both('sql-server', 'azure-sql-managed-instance', { 'downtime-hours': 1, 'database-size-gb': 2000 });
    expect(summary).toMatch(/\n# SQL Server → Azure SQL Managed Instance\n\n\*\*Migrate online with Azure Database Migration Service \(generally available\)\.\*\*/);
    expect(summary).toContain('- Mode: Online');
    expect(summary).toContain('- Tool: DMS');
    expect(summary).toMatch(/- Status on \d{4}-\d{2}-\d{2}: ✔ GA since 2022-06-13/);
    expect(summary).toContain(`Wizard: <${link}> · [scenario page](${SITE}scenario/sql-server-to-azure-sql-managed-instance/)`);
    expect(summary.length).toBeLessThan(1500);
  });

  it('opens with the pair’s status badge; the full result has none', () => {
    const { summary, full } = both('sql-server', 'azure-sql-managed-instance', {});
    expect(summary.split('\n')[0]).toBe(`![Migration status of SQL Server → Azure SQL Managed Instance](${SITE}badges/sql-server-to-azure-sql-managed-instance.png)`);
    expect(full).not.toContain('badges/');
  });

  it('names the blockers that rule a pair out, by title', () => {
    const { model, summary } = both('sql-server', 'azure-sql-database', { 'sql-server-version': 2005 });
    expect(model.mode).toBe('none');
    expect(summary).toMatch(/\n- Blocker: SQL Server 2005 /);
  });

  it('names at most a few limitations of the recommended path and counts the rest', () => {
    const { model } = both('postgresql', 'azure-postgresql-flexible-server', { 'downtime-hours': 1, 'database-size-gb': 5000, 'tables-without-primary-key': true });
    const [section] = summaryOf(model).sections;
    const facts = section.blocks[0].kind === 'facts' ? section.blocks[0].facts : [];
    const limits = facts.filter((f) => /Blocker|Warning/.test(f.term));
    expect(limits.length).toBeGreaterThan(0);
    expect(limits.length).toBeLessThanOrEqual(SUMMARY_LIMITS);
    // None of them concerns only a path that is not recommended.
    const other = model.sections.find((s) => s.kind === 'limitations')!.blocks.find((b) => b.kind === 'group' && b.folded);
    const otherTitles = JSON.stringify(other ?? {});
    for (const fact of limits) expect(otherTitles).not.toContain(JSON.stringify(plainText(fact.value)));
    expect(facts.at(-1)?.term).toBe('More limitations');
  });

  it('is the same model as the full result, so every renderer renders it: same headline and lead', () => {
    const { model } = both('postgresql', 'azure-postgresql-flexible-server', {});
    const short: ResultModel = summaryOf(model);
    expect(short).toMatchObject({ title: model.title, headline: model.headline, lead: model.lead, judged: undefined });
    expect(short.sections.map((s) => s.kind)).toEqual(['summary']);
  });
});
