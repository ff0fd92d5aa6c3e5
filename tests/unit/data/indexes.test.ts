import { describe, expect, it } from 'vitest';
import { considerationsByEngine, lifecycleState, platformsIndex, scenariosByEngine, toolsIndex } from '../../../src/lib/data/indexes.ts';
import { CONTENT_TODAY, loadRealContent } from '../../support/real-content.ts';
import { smallDataset } from './site-lists.fixture.ts';

const small = smallDataset();
const { dataset } = loadRealContent();

describe('index pages', () => {
  it('groups platforms by engine in the vocabulary order, counting scenarios from and to each', () => {
    const groups = platformsIndex(small, '2026-01-01');
    expect(groups.map((g) => g.engine)).toEqual(['oracle', 'mysql', 'postgresql']);
    const pg = groups[2].platforms.map((p) => [p.platform.id, p.asSource, p.asTarget, p.state?.word]);
    expect(pg).toEqual([
      ['pg-flex', 0, 2, undefined],
      ['pg-old', 0, 1, 'Retired'],
      ['pg', 2, 0, undefined],
    ]);
  });

  it('gives an ending in the tense of the day, else a deprecation that has happened', () => {
    const old = small.tools.old;
    expect(lifecycleState(old, '2026-01-01')).toMatchObject({ word: 'Retired', ended: true });
    expect(lifecycleState(old, '2025-01-01')).toMatchObject({ word: 'Retires', ended: false });
    expect(lifecycleState({ data: { lifecycle: old.data.lifecycle.filter((e) => e.event === 'deprecated') } }, '2025-01-01')).toMatchObject({ word: 'Deprecated' });
    expect(lifecycleState({ data: { lifecycle: old.data.lifecycle.filter((e) => e.event === 'deprecated') } }, '2024-01-01')).toBeUndefined();
    expect(lifecycleState(small.tools.svc, '2026-01-01')).toBeUndefined();
  });

  it('lists tools by name with the scenarios they serve and their state', () => {
    expect(toolsIndex(small, '2026-01-01').map((t) => [t.tool.id, t.scenarios, t.state?.word])).toEqual([
      ['svc', 2, undefined],
      ['old', 1, 'Retired'],
      ['other', 1, 'Retires'],
    ]);
  });

  it('groups scenarios by the engine of their source, every scenario once', () => {
    const groups = scenariosByEngine(dataset);
    expect(groups.flatMap((g) => g.scenarios).length).toBe(Object.keys(dataset.scenarios).length);
    for (const group of groups) for (const s of group.scenarios) expect(dataset.platforms[s.data.source].data.engine).toBe(group.engine);
  });

  it('groups limitations by engine: each under every engine it concerns, limitations before prerequisites, every one at least once', () => {
    const groups = considerationsByEngine(dataset);
    const seen = new Set(groups.flatMap((g) => g.kinds.flatMap((k) => k.items.map((i) => i.id))));
    expect(seen.size).toBe(Object.keys(dataset.considerations).length);
    for (const group of groups) {
      expect(group.count).toBe(group.kinds.reduce((n, k) => n + k.items.length, 0));
      expect(group.kinds.map((k) => k.kind)).toEqual(['limitation', 'prerequisite'].filter((kind) => group.kinds.some((k) => k.kind === kind)));
    }
    const mysql = groups.find((g) => g.engine === 'mysql');
    expect(mysql?.kinds.flatMap((k) => k.items.map((i) => i.id))).toContain('mysql-no-rollback-after-final-migration');
    expect(groups.find((g) => g.engine === 'sql-server')?.kinds.flatMap((k) => k.items.map((i) => i.id))).not.toContain('mysql-no-rollback-after-final-migration');
  });

  it('on the real content, calls DMS (classic) retired with its scope, and Azure Data Studio extensions ended', () => {
    const rows = new Map(toolsIndex(dataset, CONTENT_TODAY).map((t) => [t.tool.id, t.state]));
    expect(rows.get('dms-classic')).toMatchObject({ word: 'Retired', ended: true, event: { appliesTo: { engines: ['sql-server'] } } });
    expect(rows.get('azure-sql-migration-extension')?.word).toBe('Ended');
    expect(rows.get('dms')).toBeUndefined();
  });
});
