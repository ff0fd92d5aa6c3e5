import { describe, expect, it } from 'vitest';
import { blockersOf, UNANSWERED } from '../../../src/lib/advisor/offerings.ts';
import { bestOffering, considerationsFor } from '../../../src/lib/data/queries.ts';
import { considerationGroups, modePaths, modeSummary, pathsPhrase, scenarioPaths, type ScenarioPath } from '../../../src/lib/scenario/paths.ts';
import { MODE_IDS } from '../../../src/lib/schema/vocabulary.ts';
import { CONTENT_TODAY, loadRealContent } from '../../support/real-content.ts';

const { dataset } = loadRealContent();
const scenarios = Object.values(dataset.scenarios);
const MI = dataset.scenarios['sql-server-to-azure-sql-managed-instance'];

describe('scenario paths', () => {
  it('calls a path ended when its tool has ended for this scenario or its status supports nothing', () => {
    const ended = scenarioPaths(dataset, MI, CONTENT_TODAY).filter((p) => p.ended).map((p) => `${p.mode}:${p.tool}`);
    expect(ended.sort()).toEqual(['offline:azure-sql-migration-extension', 'offline:dms-classic', 'online:azure-sql-migration-extension', 'online:dms-classic']);
    // Before DMS (classic) retired for SQL Server, its paths were current.
    const earlier = scenarioPaths(dataset, MI, '2026-03-14').filter((p) => p.tool === 'dms-classic');
    expect(earlier.every((p) => !p.ended)).toBe(true);
  });

  it('lists a mode\'s usable paths before its ended ones', () => {
    for (const scenario of scenarios) {
      for (const mode of MODE_IDS) {
        const paths = modePaths(dataset, scenario, mode, CONTENT_TODAY);
        const firstEnded = paths.findIndex((p) => p.ended);
        if (firstEnded >= 0) expect(paths.slice(firstEnded).every((p) => p.ended)).toBe(true);
      }
    }
  });
});

describe('the summary of a mode', () => {
  it('speaks for the best offering and counts its blockers by the one rule, for every scenario', () => {
    for (const scenario of scenarios) {
      for (const mode of MODE_IDS) {
        const summary = modeSummary(dataset, scenario, mode, CONTENT_TODAY);
        expect(summary.best?.offering).toBe(bestOffering(dataset, scenario, mode));
        if (summary.best) {
          expect({ blocks: summary.blocks, mayBlock: summary.mayBlock }).toEqual(blockersOf(dataset, scenario, summary.best.offering, UNANSWERED));
        }
        expect(summary.otherCurrent.every((p) => !p.ended && p !== summary.best)).toBe(true);
      }
    }
  });

  it('says SQL Server → Managed Instance is GA with DMS in both modes, blocked for SQL Server 2005 only', () => {
    for (const mode of MODE_IDS) {
      const summary = modeSummary(dataset, MI, mode, CONTENT_TODAY);
      expect(summary.best).toMatchObject({ tool: 'dms', status: 'ga', ended: false });
      expect(summary.blocks).toEqual([]);
      expect(summary.mayBlock).toEqual(['dms-sql-server-2005-not-supported']);
    }
  });
});

describe('limitations grouped by the paths they concern', () => {
  it('puts every consideration of a scenario under exactly one group', () => {
    for (const scenario of scenarios) {
      const grouped = considerationGroups(dataset, scenario, CONTENT_TODAY).flatMap((g) => g.items.map((i) => i.id));
      expect(grouped.sort()).toEqual(considerationsFor(dataset, scenario).map((c) => c.id).sort());
    }
  });

  it('sets groups of ended paths apart, after the current ones, and places the rest by mode', () => {
    for (const scenario of scenarios) {
      const groups = considerationGroups(dataset, scenario, CONTENT_TODAY);
      const firstEnded = groups.findIndex((g) => g.ended);
      if (firstEnded >= 0) expect(groups.slice(firstEnded).every((g) => g.ended)).toBe(true);
      for (const group of groups) {
        expect(group.ended).toBe(group.paths.every((p) => p.ended));
        const placed = group.ended ? group.paths : group.paths.filter((p) => !p.ended);
        if (group.section !== 'both') expect(placed.every((p) => p.mode === group.section)).toBe(true);
      }
    }
  });

  it('folds away the retired DMS (classic) and the ended Azure Data Studio extension on SQL Server → Managed Instance', () => {
    const ended = considerationGroups(dataset, MI, CONTENT_TODAY).filter((g) => g.ended);
    expect(new Set(ended.flatMap((g) => g.paths.map((p) => p.tool)))).toEqual(new Set(['dms-classic', 'azure-sql-migration-extension']));
    expect(ended.flatMap((g) => g.items.map((i) => i.id))).toContain('dms-classic-sql-retired');
  });
});

describe('pathsPhrase', () => {
  const path = (mode: 'offline' | 'online', shortToolName: string) => ({ mode, shortToolName }) as ScenarioPath;

  it('joins the modes of one tool and the tools that share modes', () => {
    expect(pathsPhrase([path('offline', 'DMS'), path('online', 'DMS'), path('online', 'MI link')])).toBe('offline and online with DMS; online with MI link');
    expect(pathsPhrase([path('online', 'B'), path('offline', 'A'), path('offline', 'C')])).toBe('offline with A, C; online with B');
  });
});
