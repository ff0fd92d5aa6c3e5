import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/lib/content/render-markdown.ts';
import { VALID, edit, errors, loadFixture } from './fixture.ts';

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
    expect(result.problems).toEqual([expect.objectContaining({ kind, file: `content/${FOOTNOTE}`, field: 'body' })]);
  });

  it('never emits live markup even from a body it rejects', () => {
    const { html } = renderMarkdown('<script>alert(1)</script>\n\n[a](javascript:alert(1)) <img src=x onerror=alert(1)>', 'f.md', 1);
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
  });

  it('keeps HTML in a YAML string as text: it is valid data, escaped when rendered', () => {
    const result = loadFixture(edit('tools/dms.md', 'short: DMS', 'short: "<b onmouseover=alert(1)>DMS</b>"'));
    expect(result.problems).toEqual([]);
    expect(result.dataset?.tools.dms.data.short).toBe('<b onmouseover=alert(1)>DMS</b>');
  });

  it('rejects an enormous string with the limit it broke', () => {
    const result = loadFixture({ 'tools/spare.md': `---\nname: Spare\ncite: status-2022\nshort: ${'x'.repeat(5000)}\n---\n` });
    expect(result.problems).toEqual([
      expect.objectContaining({ kind: 'bad-shape', field: 'short', expected: 'at most 40 character(s)', found: `"${'x'.repeat(77)}..."` }),
    ]);
  });

  it('rejects an enormous file before parsing it: its size is the only problem', () => {
    const result = loadFixture({ 'tools/spare.md': `---\nname: Spare\ncite: status-2022\n---\n${'word '.repeat(100_000)}` });
    expect(result.problems).toEqual([
      expect.objectContaining({ kind: 'too-large', file: 'content/tools/spare.md', expected: 'at most 256 KB', found: '488 KB' }),
    ]);
  });

  it('rejects deeply nested YAML before building it, naming the line', () => {
    const nested = `${'['.repeat(5000)}1${']'.repeat(5000)}`;
    const result = loadFixture({ 'tools/spare.md': `---\nname: Spare\ncite: status-2022\nshort: ${nested}\n---\n` });
    expect(result.problems).toEqual([
      expect.objectContaining({ kind: 'bad-yaml', file: 'content/tools/spare.md', found: 'nesting exceeded maxDepth (100)', line: 4 }),
    ]);
  });

  it('rejects moderately nested YAML where the schema expects a value, naming the field', () => {
    const result = loadFixture({ 'tools/spare.md': '---\nname: Spare\ncite: status-2022\nshort: [[[[1]]]]\n---\n' });
    expect(result.problems).toEqual([
      expect.objectContaining({ kind: 'bad-shape', file: 'content/tools/spare.md', field: 'short', expected: 'a value of type string', found: 'a list of 1' }),
    ]);
  });

  it('rejects a YAML alias bomb instead of expanding it', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i += 1) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const result = loadFixture({ 'tools/spare.md': `---\nname: DMS\ncite: status-2022\n${lines.join('\n')}\n---\n` });
    expect(result.problems).toEqual([
      expect.objectContaining({
        kind: 'bad-yaml',
        file: 'content/tools/spare.md',
        found: 'front matter expands to more than 20000 values (YAML aliases repeated inside each other?)',
      }),
    ]);
  });

  it('accepts a harmless YAML anchor and alias (authors may reuse a citation)', () => {
    const guide = 'guides/offline-vs-online.md';
    const result = loadFixture({
      [guide]: VALID[guide]
        .replace('{ id: test-offline-first, text: Test offline first., cite: status-2022 }', '{ id: test-offline-first, text: Test offline first., cite: &doc status-2022 }')
        .replace('{ id: online-primary-keys, text: Online needs primary keys., cite: status-2022 }', '{ id: online-primary-keys, text: Online needs primary keys., cite: *doc }'),
    });
    expect(result.problems).toEqual([]);
    const rule = result.dataset?.guides['offline-vs-online'].data.rules.find((r) => r.id === 'online-primary-keys');
    expect(rule?.cite).toEqual([{ doc: 'status-2022' }]);
  });

  it('reports an alias that resolves to an unknown field, instead of ignoring it', () => {
    const result = loadFixture(
      edit('scenarios/sql-server-to-azure-sql-managed-instance.md', 'reviewed: 2026-11-01', 'reviewed: &when 2026-11-01\nx-note: *when'),
    );
    expect(result.problems).toEqual([expect.objectContaining({ kind: 'bad-shape', field: '', found: 'unknown field(s) "x-note"' })]);
  });

  it('rejects duplicate keys instead of keeping the last one silently', () => {
    const result = loadFixture({ 'tools/spare.md': '---\nname: Spare\nshort: DMS\nshort: Other\ncite: status-2022\n---\n' });
    expect(result.problems).toEqual([
      expect.objectContaining({ kind: 'bad-yaml', file: 'content/tools/spare.md', found: 'duplicated mapping key', line: 4 }),
    ]);
  });

  it('rejects bytes that are not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('---\nname: '), Buffer.from([0xc3, 0x28]), Buffer.from('\ncite: status-2022\n---\n')]);
    const result = loadFixture({ 'tools/spare.md': bytes });
    expect(result.problems).toEqual([expect.objectContaining({ kind: 'bad-encoding', file: 'content/tools/spare.md' })]);
  });

  it.each([
    ['a JSON file', 'tools/dms.json', '{"name": "DMS"}', 'not-markdown', 'content/tools/dms.json'],
    ['a binary file', 'tools/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'not-markdown', 'content/tools/logo.png'],
    ['a Markdown file without front matter', 'tools/readme-notes.md', '# Notes\n', 'no-front-matter', 'content/tools/readme-notes.md'],
    ['a file in an unknown folder', 'scenario/typo.md', '---\n---\n', 'unknown-folder', 'content/scenario'],
    ['a folder inside a collection', 'tools/nested/dms.md', '---\n---\n', 'not-markdown', 'content/tools/nested'],
    ['a Markdown file outside any collection', 'notes.md', '# Notes\n', 'unknown-folder', 'content/notes.md'],
  ])('rejects %s with a problem of the right kind naming it', (_name, path, text, kind, file) => {
    const result = loadFixture({ [path]: text });
    expect(result.dataset).toBeUndefined();
    expect(result.problems).toEqual([expect.objectContaining({ kind, file })]);
  });

  it('rejects front matter that is a list instead of fields', () => {
    const result = loadFixture({ 'tools/spare.md': '---\n- a\n- b\n---\n' });
    expect(result.problems).toEqual([
      expect.objectContaining({ kind: 'bad-yaml', file: 'content/tools/spare.md', expected: 'front matter that is a set of key: value fields', found: 'a list' }),
    ]);
  });

  it('rejects a document address that is not http(s)', () => {
    const result = loadFixture(edit('documents/status-2022.md', 'url: https://learn.microsoft.com/azure/dms/resource-scenario-status', 'url: javascript:alert(1)'));
    expect(errors(result.problems)).toEqual([
      expect.objectContaining({ kind: 'bad-shape', file: 'content/documents/status-2022.md', field: 'url', expected: 'an http(s) address', found: '"javascript:alert(1)"' }),
    ]);
  });
});
