import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { edit, loadFixture } from './fixture.ts';

const SCENARIO = 'scenarios/sql-server-to-azure-sql-managed-instance.md';
/** A retired tool whose id is close to dms: the did-you-mean a broken dms.md used to attract. */
const DMS_CLASSIC = `---
name: Azure Database Migration Service (classic)
lifecycle:
  - { event: retired, date: 2026-03-15, successor: dms, cite: status-2022 }
cite: status-2022
---
`;
const BROKEN_DMS = '---\nname: Azure Database Migration Service\nshort: [DMS\ncite: status-2022\n---\n';

describe('references to a file that exists but failed to load', () => {
  it('are reported once, after that file\'s own error, with no misleading did-you-mean', () => {
    const result = loadFixture({ 'tools/dms-classic.md': DMS_CLASSIC, 'tools/dms.md': BROKEN_DMS });
    expect(result.dataset).toBeUndefined();
    expect(result.problems.map((p) => `${p.level} ${p.kind} ${p.file}`)).toEqual([
      'error bad-yaml content/tools/dms.md',
      'warning depends-on-invalid content/tools/dms.md',
    ]);
    expect(result.problems[1].found).toBe(
      `3 references from 3 files: content/considerations/old-sql-server.md, content/${SCENARIO}, content/tools/dms-classic.md`,
    );
    expect(result.problems.some((p) => p.hint?.includes('Did you mean'))).toBe(false);
  });

  it('still suggest the broken file for a typo, not a neighbour that happens to load', () => {
    const result = loadFixture({ 'tools/dms-classic.md': DMS_CLASSIC, 'tools/dms.md': BROKEN_DMS, ...edit(SCENARIO, 'tool: dms', 'tool: dsm') });
    expect(result.problems).toContainEqual(expect.objectContaining({ kind: 'unknown-id', field: 'offerings[0].tool', hint: 'Did you mean "dms"?' }));
  });

  it('do not make a selector that names the broken file "match nothing"', () => {
    const result = loadFixture({ 'tools/dms.md': BROKEN_DMS });
    expect(result.problems.map((p) => p.kind)).not.toContain('matches-nothing');
  });

  it('turn one bad line in the real content/tools/dms.md into one error and one summary, not 99 errors', () => {
    const root = mkdtempSync(join(tmpdir(), 'ma-real-content-'));
    try {
      const contentDir = join(root, 'content');
      cpSync(resolve(import.meta.dirname, '../../../content'), contentDir, { recursive: true });
      const dms = join(contentDir, 'tools/dms.md');
      writeFileSync(dms, readFileSync(dms, 'utf8').replace('short: DMS', 'short: [DMS'));
      const { problems } = loadContent({ contentDir, projectDir: root, today: '2026-12-01' });
      const about = problems.filter((p) => p.kind !== 'stale');
      expect(about.map((p) => `${p.kind} ${p.file}`)).toEqual(['bad-yaml content/tools/dms.md', 'depends-on-invalid content/tools/dms.md']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
