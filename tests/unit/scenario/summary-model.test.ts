import { describe, expect, it } from 'vitest';
import { blockersOf, UNANSWERED } from '../../../src/lib/advisor/offerings.ts';
import { plainText } from '../../../src/lib/advisor/result-sections.ts';
import { modeSummary } from '../../../src/lib/scenario/paths.ts';
import { scenarioSummaryModel } from '../../../src/lib/scenario/summary-model.ts';
import { MODE_IDS } from '../../../src/lib/schema/vocabulary.ts';
import { CONTENT_TODAY, loadRealContent } from '../../support/real-content.ts';

const { dataset } = loadRealContent();
const factsOf = (id: string, today = CONTENT_TODAY) => {
  const model = scenarioSummaryModel(dataset, dataset.scenarios[id], today);
  const block = model.sections[0].blocks[0];
  return { model, facts: block.kind === 'facts' ? block.facts : [] };
};

describe('a scenario’s summary as a result model', () => {
  it('states both modes with status, tool and the blocker counts of blockersOf, for every scenario', () => {
    for (const scenario of Object.values(dataset.scenarios)) {
      const { model, facts } = factsOf(scenario.id);
      expect(model.sections.map((s) => s.kind)).toEqual(['summary']);
      expect(facts.map((f) => f.term)).toEqual(['Offline', 'Online']);
      MODE_IDS.forEach((mode, i) => {
        const summary = modeSummary(dataset, scenario, mode, CONTENT_TODAY);
        const words = plainText(facts[i].value);
        if (!summary.best) {
          expect(words).toBe('— No document lists a tool for this mode.');
          return;
        }
        expect(words).toContain(summary.best.toolName);
        if (summary.best.ended) {
          expect(words).not.toMatch(/blocker/);
          return;
        }
        const verdict = blockersOf(dataset, scenario, summary.best.offering, UNANSWERED);
        const everyone = verdict.blocks.length === 0 ? 'No blocker for everyone' : `${verdict.blocks.length} blocker${verdict.blocks.length === 1 ? '' : 's'} for everyone`;
        expect(words).toContain(everyone);
        if (verdict.mayBlock.length > 0) expect(words).toContain(`${verdict.mayBlock.length} blocker${verdict.mayBlock.length === 1 ? '' : 's'} only in some cases (check yours)`);
        else expect(words).not.toContain('only in some cases');
      });
    }
  });

  it('opens with each mode’s status, says the date it is judged as of, and links back to the scenario page and its badge', () => {
    const { model, facts } = factsOf('sql-server-to-azure-sql-managed-instance');
    expect(model).toMatchObject({
      title: 'SQL Server → Azure SQL Managed Instance',
      headline: 'Offline: ✔ GA · Online: ✔ GA',
      mode: 'none',
      scenario: { kind: 'scenario', id: 'sql-server-to-azure-sql-managed-instance' },
      badge: { scenario: 'sql-server-to-azure-sql-managed-instance' },
      judged: `Statuses and retirements as of ${CONTENT_TODAY}. Last reviewed 2026-11-22.`,
    });
    expect(plainText(facts[0].value)).toBe(
      '✔ GA. With Azure Database Migration Service, since 2022-06-13. Also: Log Replay Service (autocomplete mode), Native restore. No blocker for everyone; 1 blocker only in some cases (check yours).',
    );
    // "check yours" opens the wizard on this pair.
    expect(facts[0].value).toContainEqual({ kind: 'link', text: 'check yours', to: { kind: 'pair', source: 'sql-server', target: 'azure-sql-managed-instance' } });
  });

  it('says a mode no document lists a tool for, and a path that has ended, without counting its blockers', () => {
    const { model, facts } = factsOf('azure-mysql-to-azure-mysql-single-server');
    expect(model.headline).toBe('Offline: ⊘ Retired · Online: — No offering listed');
    expect(model.badge?.alt).toBe('Migration status of Azure Database for MySQL (existing server) → Azure Database for MySQL – Single Server: offline retired, online no offering listed');
    expect(plainText(facts[0].value)).toBe('⊘ Retired. Was Azure Database Migration Service, since 2024-09-16.');
    expect(plainText(facts[1].value)).toBe('— No document lists a tool for this mode.');
  });

  it('judges statuses as of the date it is given', () => {
    // Before Single Server retired, its offline path was current, with its blockers counted.
    const { model, facts } = factsOf('azure-mysql-to-azure-mysql-single-server', '2023-01-01');
    expect(model.headline).toBe('Offline: ✔ GA · Online: — No offering listed');
    expect(model.judged).toMatch(/^Statuses and retirements as of 2023-01-01\./);
    expect(plainText(facts[0].value)).toMatch(/^✔ GA\. With Azure Database Migration Service, since 2022-06-13\. .*blocker/);
  });
});
