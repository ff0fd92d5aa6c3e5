import { describe, expect, it } from 'vitest';
import { modeState, scenarioBadge } from '../../../src/lib/badges/model.ts';
import { modeSummary } from '../../../src/lib/scenario/paths.ts';
import { MODE_IDS, STATUSES } from '../../../src/lib/schema/vocabulary.ts';
import { CONTENT_TODAY, loadRealContent } from '../../support/real-content.ts';
import { FILES, TODAY, loadDataset } from '../matrix/fixture.ts';

const real = loadRealContent().dataset;

/** The matrix fixture's SQL Server → SQL MI scenario with other offline offerings. */
const withOfflineOfferings = (offerings: string) => ({
  'scenarios/sql-server-to-azure-sql-managed-instance.md': `---
source: sql-server
target: azure-sql-managed-instance
reviewed: 2026-11-01
offerings:
${offerings}
  - mode: online
    tool: dms
    history:
      - { date: 2022-06-13, status: ga, cite: status-2022 }
---
`,
});

describe('what a badge says', () => {
  it('names the pair by short names and each mode by its current status, in the words cells use', () => {
    const badge = scenarioBadge(real, real.scenarios['sql-server-to-azure-sql-managed-instance'], CONTENT_TODAY);
    expect(badge).toEqual({
      label: 'SQL Server → SQL MI',
      parts: [
        { text: 'Offline ✔ GA', tone: 'ga' },
        { text: 'Online ✔ GA', tone: 'ga' },
      ],
      title: 'SQL Server → Azure SQL Managed Instance: offline GA; online GA',
    });
  });

  it('says "listed" without calling it GA, and "No offering listed" for a mode no document lists', () => {
    const badge = scenarioBadge(real, real.scenarios['oracle-to-azure-postgresql-flexible-server'], CONTENT_TODAY);
    expect(badge.parts).toEqual([
      { text: 'Offline ○ Listed', tone: 'listed' },
      { text: 'Online — No offering listed', tone: 'none' },
    ]);
    expect(badge.title).toBe('Oracle Database → Azure Database for PostgreSQL – Flexible Server: offline listed, status not stated; online no offering listed');
  });

  it('shows one mode alone, as it shows in the badge for both', () => {
    const scenario = real.scenarios['amazon-rds-postgresql-to-azure-postgresql-hyperscale-citus'];
    const both = scenarioBadge(real, scenario, CONTENT_TODAY);
    for (const [index, mode] of MODE_IDS.entries()) {
      const one = scenarioBadge(real, scenario, CONTENT_TODAY, mode);
      expect(one.label).toBe(both.label);
      expect(one.parts).toEqual([both.parts[index]]);
    }
    expect(scenarioBadge(real, scenario, CONTENT_TODAY, 'online').title).toBe(
      'Amazon RDS for PostgreSQL → Azure Database for PostgreSQL – Hyperscale (Citus): online no longer listed',
    );
  });

  it('agrees with the scenario page: while the best path is usable, its status is the mode\'s', () => {
    for (const scenario of Object.values(real.scenarios)) {
      for (const mode of MODE_IDS) {
        const { best } = modeSummary(real, scenario, mode, CONTENT_TODAY);
        const state = modeState(real, scenario, mode, CONTENT_TODAY);
        if (!best) expect(state).toEqual({ kind: 'none' });
        else if (!best.ended) expect(state).toEqual({ kind: 'status', status: best.status });
      }
    }
  });

  it('never shows GA, or any usable status, for a mode whose paths have all ended', () => {
    for (const scenario of Object.values(real.scenarios)) {
      for (const mode of MODE_IDS) {
        const summary = modeSummary(real, scenario, mode, CONTENT_TODAY);
        const state = modeState(real, scenario, mode, CONTENT_TODAY);
        if (summary.best?.ended && summary.otherCurrent.length === 0) {
          expect(state.kind === 'status' && STATUSES[state.status].supported, `${scenario.id} ${mode}`).toBe(false);
        }
      }
    }
  });

  it('says how a path ended when its status still reads as usable but its target has retired', () => {
    const dataset = loadDataset();
    const badge = scenarioBadge(dataset, dataset.scenarios['mysql-to-azure-mysql-single-server'], TODAY);
    expect(badge.parts).toEqual([
      { text: 'Offline ⊘ Retired', tone: 'retired' },
      { text: 'Online — No offering listed', tone: 'none' },
    ]);
  });

  it('says "Ended" for a tool that ended with the product it ran inside', () => {
    const dataset = loadDataset({
      'tools/dms-classic.md': FILES['tools/dms-classic.md'].replace('event: retired', 'event: ended-with-host\n    host: Azure Data Studio'),
      ...withOfflineOfferings(`  - mode: offline
    tool: dms-classic
    history:
      - { date: 2022-06-13, status: ga, cite: status-2022 }`),
    });
    const scenario = dataset.scenarios['sql-server-to-azure-sql-managed-instance'];
    expect(scenarioBadge(dataset, scenario, TODAY, 'offline').parts).toEqual([{ text: 'Offline ⊘ Ended', tone: 'retired' }]);
    // The day before it ended, the status the documents gave.
    expect(scenarioBadge(dataset, scenario, '2026-03-14', 'offline').parts).toEqual([{ text: 'Offline ✔ GA', tone: 'ga' }]);
  });

  it('falls back to another usable path once the best one has ended', () => {
    const dataset = loadDataset(
      withOfflineOfferings(`  - mode: offline
    tool: dms-classic
    history:
      - { date: 2022-06-13, status: ga, cite: status-2022 }
  - mode: offline
    tool: dms
    history:
      - { date: 2022-06-13, status: preview, cite: status-2022 }`),
    );
    const scenario = dataset.scenarios['sql-server-to-azure-sql-managed-instance'];
    expect(modeSummary(dataset, scenario, 'offline', TODAY).best?.tool).toBe('dms-classic');
    expect(modeState(dataset, scenario, 'offline', TODAY)).toEqual({ kind: 'status', status: 'preview' });
    expect(modeState(dataset, scenario, 'offline', '2026-03-14')).toEqual({ kind: 'status', status: 'ga' });
  });
});
