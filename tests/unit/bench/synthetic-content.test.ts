import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { syntheticContent } from '../../../scripts/bench/synthetic-content.ts';
import { writeContent } from '../../../scripts/bench/write-content.ts';

const TODAY = '2026-11-22';
const folders: string[] = [];

function loadSynthetic(scenarios: number) {
  const root = mkdtempSync(join(tmpdir(), 'ma-synthetic-test-'));
  folders.push(root);
  const contentDir = writeContent(syntheticContent({ scenarios, today: TODAY }), join(root, 'content'));
  return loadContent({ contentDir, projectDir: root, today: TODAY });
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('synthetic content', () => {
  it('is accepted by the loader with no problems at all for 20 scenarios', () => {
    const { dataset, problems } = loadSynthetic(20);
    expect(problems).toEqual([]);
    expect(dataset).toBeDefined();
  });

  it('holds exactly the number of scenarios asked for', () => {
    const { dataset } = loadSynthetic(20);
    expect(Object.keys(dataset?.scenarios ?? {})).toHaveLength(20);
  });

  it('has the questions the advisor engine reads, and conditions that use them', () => {
    const { dataset } = loadSynthetic(20);
    expect(Object.keys(dataset?.questions ?? {})).toEqual(
      expect.arrayContaining(['downtime-hours', 'database-size-gb', 'network-mbps', 'write-intensity', 'allow-preview']),
    );
    expect(Object.values(dataset?.considerations ?? {}).some((c) => c.data.when !== undefined)).toBe(true);
  });

  it('gives the same files for the same options', () => {
    expect(syntheticContent({ scenarios: 20, today: TODAY })).toEqual(syntheticContent({ scenarios: 20, today: TODAY }));
  });

  it('refuses to write into a folder that already holds files', () => {
    const root = mkdtempSync(join(tmpdir(), 'ma-synthetic-test-'));
    folders.push(root);
    writeContent({ 'guides/a.md': 'x' }, root);
    expect(() => writeContent({ 'guides/b.md': 'y' }, root)).toThrow(/not empty/);
  });
});
