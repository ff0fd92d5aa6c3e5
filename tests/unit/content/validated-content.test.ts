/**
 * A build loads content once: the content-validation integration validates it (validateContent)
 * and the pages read that result (validatedContent, through getDataset).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError, type Problem } from '../../../src/lib/content/content-problems.ts';
import { validateContent, validatedContent } from '../../../src/lib/content/validated-content.ts';
import { VALID, edit } from './fixture.ts';

const SCENARIO = 'scenarios/sql-server-to-azure-sql-managed-instance.md';
const root = mkdtempSync(join(tmpdir(), 'ma-validated-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A content folder holding VALID with overrides. Reviewed long ago, so it passes whatever today is, with a stale warning. */
function contentFolder(name: string, overrides: Record<string, string> = {}) {
  const contentDir = join(root, name, 'content');
  const files = { ...VALID, ...edit(SCENARIO, 'reviewed: 2026-11-01', 'reviewed: 2020-01-01'), ...overrides };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(contentDir, path)), { recursive: true });
    writeFileSync(join(contentDir, path), text);
  }
  return { contentDir, projectDir: join(root, name) };
}

describe('content validated once per build', () => {
  it('hands the pages the dataset the integration validated, without loading it again', () => {
    const location = contentFolder('valid');
    const warnings: Problem[] = [];
    const validated = validateContent(location, (p) => warnings.push(p));
    expect(warnings.map((p) => `${p.kind} ${p.file}`)).toEqual([`stale content/${SCENARIO}`]);
    expect(validated.warnings).toEqual(warnings);
    // Deleting the folder proves the second call reads what the first one remembered.
    rmSync(location.contentDir, { recursive: true });
    expect(validatedContent(location)).toBe(validated);
  });

  it('validates a folder nobody validated yet, and keeps folders apart', () => {
    const one = contentFolder('one');
    const two = contentFolder('two', { 'tools/spare.md': '---\nname: Spare tool\ncite: status-2022\n---\n' });
    expect(Object.keys(validatedContent(one).dataset.tools)).toEqual(['dms']);
    expect(Object.keys(validatedContent(two).dataset.tools)).toEqual(['dms', 'spare']);
  });

  it('throws a ContentError naming every error, after telling each warning, and remembers nothing', () => {
    const location = contentFolder('invalid', { 'tools/spare.md': '---\nname: Spare tool\nshrot: x\ncite: status-2022\n---\n' });
    const warnings: Problem[] = [];
    let thrown: unknown;
    try {
      validateContent(location, (p) => warnings.push(p));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    expect((thrown as ContentError).problems.map((p) => `${p.kind} ${p.file}`)).toEqual(['bad-shape content/tools/spare.md']);
    expect((thrown as ContentError).message).toContain('unknown field(s) "shrot"');
    expect(warnings.map((p) => p.kind)).toEqual(['stale']);
    // A later call validates again (and fails again) instead of handing out an invalid dataset.
    expect(() => validatedContent(location)).toThrow(ContentError);
  });
});
