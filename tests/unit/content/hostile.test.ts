import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/lib/content/problems.ts';
import { renderMarkdown } from '../../../src/lib/content/markdown.ts';
import { VALID, edit, loadFixture } from './fixture.ts';

const errors = (problems: Problem[]) => problems.filter((p) => p.level === 'error');
const FOOTNOTE = 'footnotes/ads-targets.md';
const withBody = (body: string) => ({ [FOOTNOTE]: `---\ncite: status-2022\n---\n${body}\n` });

describe('hostile content', () => {
  it.each([
    ['a raw <script> element', '<script>alert(1)</script>', 'raw-html'],
    ['an inline event handler', 'Text <img src=x onerror=alert(1)> more', 'raw-html'],
    ['an HTML comment hiding markup', '<!-- <script>alert(1)</script> -->', 'raw-html'],
    ['a javascript: link', '[click](javascript:alert(1))', 'unsafe-link'],
    ['a javascript: link in mixed case', '[click](JaVaScRiPt:alert(1))', 'unsafe-link'],
    ['a javascript: link split by an encoded tab', '[click](java&#x09;script:alert(1))', 'unsafe-link'],
    ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', 'unsafe-link'],
    ['a vbscript: reference link', '[x][a]\n\n[a]: vbscript:msgbox(1)', 'unsafe-link'],
    ['a data: image', '![x](data:image/png;base64,iVBORw0KGgo=)', 'unsafe-link'],
  ])('rejects %s in a Markdown body, naming the file', (_name, body, kind) => {
    const result = loadFixture(withBody(body));
    expect(result.dataset).toBeUndefined();
    expect(errors(result.problems)[0]).toMatchObject({ kind, file: `content/${FOOTNOTE}`, field: 'body' });
  });

  it('never emits live markup even from a body it rejects', () => {
    const { html } = renderMarkdown('<script>alert(1)</script>\n\n[a](javascript:alert(1)) <img src=x onerror=alert(1)>', 'f.md', 1);
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
  });

  it('keeps HTML in a YAML string as text: it is valid data, escaped when rendered', () => {
    const result = loadFixture(edit('tools/dms.md', 'short: DMS', 'short: "<b onmouseover=alert(1)>DMS</b>"'));
    expect(errors(result.problems)).toEqual([]);
    expect(result.dataset?.tools.dms.data.short).toBe('<b onmouseover=alert(1)>DMS</b>');
  });

  it('rejects an enormous string with the limit it broke', () => {
    const result = loadFixture(edit('tools/dms.md', 'short: DMS', `short: ${'x'.repeat(5000)}`));
    expect(errors(result.problems)[0]).toMatchObject({ kind: 'bad-shape', field: 'short', expected: 'at most 40 character(s)' });
  });

  it('rejects an enormous file before parsing it', () => {
    const result = loadFixture({ 'tools/dms.md': `${VALID['tools/dms.md']}${'word '.repeat(100_000)}` });
    expect(errors(result.problems)[0]).toMatchObject({ kind: 'unreadable', file: 'content/tools/dms.md', expected: 'at most 256 KB' });
  });

  it('rejects deeply nested YAML before building it, naming the line', () => {
    const nested = `${'['.repeat(5000)}1${']'.repeat(5000)}`;
    const result = loadFixture(edit('tools/dms.md', 'short: DMS', `short: ${nested}`));
    expect(errors(result.problems)[0]).toMatchObject({ kind: 'bad-yaml', file: 'content/tools/dms.md', found: 'nesting exceeded maxDepth (100)', line: 4 });
  });

  it('rejects moderately nested YAML where the schema expects a value, naming the field', () => {
    const result = loadFixture(edit('tools/dms.md', 'short: DMS', 'short: [[[[1]]]]'));
    expect(errors(result.problems)[0]).toMatchObject({ kind: 'bad-shape', file: 'content/tools/dms.md', field: 'short' });
  });

  it('rejects a YAML alias bomb instead of expanding it', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i += 1) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const result = loadFixture({ 'tools/dms.md': `---\nname: DMS\ncite: status-2022\n${lines.join('\n')}\n---\n` });
    expect(errors(result.problems)[0]).toMatchObject({ kind: 'bad-yaml', file: 'content/tools/dms.md' });
  });

  it('accepts a harmless YAML anchor and alias (authors may reuse a citation)', () => {
    const result = loadFixture(
      edit('scenarios/sql-server-to-azure-sql-managed-instance.md', 'reviewed: 2026-11-01', 'reviewed: &when 2026-11-01\nx-note: *when'),
    );
    // The alias resolves, and the extra key is then reported as an unknown field: nothing silent.
    expect(errors(result.problems)[0]).toMatchObject({ kind: 'bad-shape', found: 'unknown field(s) "x-note"' });
  });

  it('rejects duplicate keys instead of keeping the last one silently', () => {
    const result = loadFixture(edit('tools/dms.md', 'short: DMS', 'short: DMS\nshort: Other'));
    expect(errors(result.problems)[0]).toMatchObject({ kind: 'bad-yaml', file: 'content/tools/dms.md' });
  });

  it('rejects bytes that are not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('---\nname: '), Buffer.from([0xc3, 0x28]), Buffer.from('\ncite: status-2022\n---\n')]);
    const result = loadFixture({ 'tools/dms.md': bytes });
    expect(errors(result.problems)[0]).toMatchObject({ kind: 'bad-encoding', file: 'content/tools/dms.md' });
  });

  it.each([
    ['a JSON file', 'tools/dms.json', '{"name": "DMS"}'],
    ['a binary file', 'tools/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47])],
    ['a Markdown file without front matter', 'tools/readme-notes.md', '# Notes\n'],
    ['a file in an unknown folder', 'scenario/typo.md', '---\n---\n'],
  ])('rejects %s with a message naming it', (_name, path, text) => {
    const result = loadFixture({ [path]: text });
    expect(result.dataset).toBeUndefined();
    expect(errors(result.problems)[0].file).toMatch(new RegExp(`content/${path.split('/')[0]}`));
  });

  it('rejects front matter that is a list instead of fields', () => {
    const result = loadFixture({ 'tools/dms.md': '---\n- a\n- b\n---\n' });
    expect(errors(result.problems)[0]).toMatchObject({ kind: 'bad-yaml', expected: 'front matter that is a set of key: value fields' });
  });

  it('rejects a document address that is not http(s)', () => {
    const result = loadFixture(edit('documents/status-2022.md', 'url: https://learn.microsoft.com/azure/dms/resource-scenario-status', 'url: javascript:alert(1)'));
    expect(errors(result.problems)[0]).toMatchObject({ file: 'content/documents/status-2022.md', field: 'url', expected: 'an http(s) address' });
  });
});
