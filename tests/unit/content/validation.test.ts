import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/content-problems.ts';
import { VALID, edit, errors, loadFixture } from './fixture.ts';

describe('content validation', () => {
  it('accepts the valid fixture and returns a dataset', () => {
    const result = loadFixture();
    expect(result.problems).toEqual([]);
    expect(result.dataset?.scenarios['sql-server-to-azure-sql-managed-instance']).toBeDefined();
  });

  it('reports malformed YAML with the file and line, and builds no dataset', () => {
    const result = loadFixture(edit('platforms/sql-server.md', 'engine: sql-server', 'engine: [sql-server'));
    expect(result.dataset).toBeUndefined();
    expect(errors(result.problems)).toEqual([expect.objectContaining({ kind: 'bad-yaml', file: 'content/platforms/sql-server.md', line: 4 })]);
  });

  it('names the field, what was expected and what was found for a wrong value', () => {
    const result = loadFixture(edit('scenarios/sql-server-to-azure-sql-managed-instance.md', 'status: ga', 'status: generally'));
    const [p] = errors(result.problems);
    expect(p).toMatchObject({
      kind: 'bad-shape',
      file: 'content/scenarios/sql-server-to-azure-sql-managed-instance.md',
      field: 'offerings[0].history[0].status',
      found: '"generally"',
    });
    expect(p.expected).toContain('"ga"');
  });

  it('reports an unknown field by name', () => {
    const result = loadFixture(edit('tools/dms.md', 'short: DMS', 'short: DMS\nshrot: x'));
    expect(errors(result.problems)[0]).toMatchObject({ file: 'content/tools/dms.md', found: 'unknown field(s) "shrot"' });
  });

  it('reports an unknown platform id with a did-you-mean', () => {
    const result = loadFixture(edit('scenarios/sql-server-to-azure-sql-managed-instance.md', 'source: sql-server', 'source: sql-sever'));
    const unknown = errors(result.problems).find((p) => p.kind === 'unknown-id');
    expect(unknown).toMatchObject({ field: 'source', found: '"sql-sever"', hint: 'Did you mean "sql-server"?' });
  });

  it('reports unknown tool, footnote, document and question ids', () => {
    const scenario = 'scenarios/sql-server-to-azure-sql-managed-instance.md';
    const result = loadFixture({
      [scenario]: VALID[scenario].replace('tool: dms', 'tool: dsm').replace('footnotes: [ads-targets]', 'footnotes: [ads-target]'),
      ...edit('considerations/old-sql-server.md', 'question: sql-server-version', 'question: sql-version'),
      ...edit('platforms/sql-server.md', 'cite: status-2022', 'cite: status-2020'),
    });
    const unknown = errors(result.problems)
      .filter((p) => p.kind === 'unknown-id')
      .map((p) => `${p.file} › ${p.field}`);
    expect(unknown).toEqual(
      expect.arrayContaining([
        `content/${scenario} › offerings[0].tool`,
        `content/${scenario} › offerings[0].footnotes[0]`,
        'content/considerations/old-sql-server.md › when.question',
        'content/platforms/sql-server.md › cite[0]',
      ]),
    );
  });

  it('reports a duplicate offering for the same mode and tool', () => {
    const result = loadFixture(
      edit(
        'scenarios/sql-server-to-azure-sql-managed-instance.md',
        'offerings:\n',
        'offerings:\n  - mode: offline\n    tool: dms\n    history: [{ date: 2026-02-19, status: ga, cite: status-2022 }]\n',
      ),
    );
    expect(errors(result.problems)[0]).toMatchObject({ kind: 'duplicate-offering', field: 'offerings[1]' });
  });

  it('reports a second file for the same source → target pair as a duplicate id', () => {
    const original = 'scenarios/sql-server-to-azure-sql-managed-instance.md';
    const result = loadFixture({ 'scenarios/copy.md': edit(original, 'reviewed:', 'reviewed:')[original] });
    const kinds = errors(result.problems).map((p) => `${p.kind} ${p.file}`);
    expect(kinds).toEqual(expect.arrayContaining(['wrong-file-name content/scenarios/copy.md', 'duplicate-id content/scenarios/copy.md']));
  });

  it('reports an impossible date and a future date', () => {
    const result = loadFixture({
      ...edit('documents/status-2022.md', 'date: 2022-06-13', 'date: 2022-02-30'),
      ...edit('scenarios/sql-server-to-azure-sql-managed-instance.md', 'reviewed: 2026-11-01', 'reviewed: 2027-01-01'),
    });
    expect(errors(result.problems)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'content/documents/status-2022.md', field: 'date', expected: 'a real calendar date', found: '"2022-02-30" (2022-02 has days 01 to 28)' }),
        expect.objectContaining({ kind: 'future-date', field: 'reviewed', found: '2027-01-01' }),
      ]),
    );
  });

  it('warns, without failing, when a scenario was reviewed over a year ago', () => {
    const result = loadFixture(edit('scenarios/sql-server-to-azure-sql-managed-instance.md', 'reviewed: 2026-11-01', 'reviewed: 2024-01-01'));
    expect(result.dataset).toBeDefined();
    expect(result.problems).toEqual([expect.objectContaining({ level: 'warning', kind: 'stale', field: 'reviewed' })]);
  });

  it('reports a cited document without an address', () => {
    const result = loadFixture(edit('documents/status-2022.md', 'url: https://learn.microsoft.com/azure/dms/resource-scenario-status\n', ''));
    expect(errors(result.problems)[0]).toMatchObject({ kind: 'missing-address', file: 'content/documents/status-2022.md', field: 'url' });
  });

  it('reports a retired platform whose successor does not exist', () => {
    const result = loadFixture(
      edit('platforms/sql-server.md', 'hosting: self-managed', 'hosting: self-managed\nlifecycle:\n  - { event: retired, date: 2025-01-01, successor: sql-server-2, cite: status-2022 }'),
    );
    expect(errors(result.problems)[0]).toMatchObject({ kind: 'unknown-id', field: 'lifecycle[0].successor', found: '"sql-server-2"' });
  });

  it('rejects raw HTML and javascript: links in Markdown, with the line', () => {
    const result = loadFixture({
      'footnotes/ads-targets.md': '---\ncite: status-2022\n---\nFine text.\n\n<script>alert(1)</script>\n\n[click](javascript:alert(1))\n',
    });
    const found = errors(result.problems).map((p) => [p.kind, p.file, p.field, p.line]);
    expect(found).toEqual([
      ['raw-html', 'content/footnotes/ads-targets.md', 'body', 6],
      ['unsafe-link', 'content/footnotes/ads-targets.md', 'body', 8],
    ]);
  });

  it('checks a condition against its question: values must be options', () => {
    const result = loadFixture(edit('considerations/old-sql-server.md', '{ question: sql-server-version, below: 2016 }', '{ question: sql-server-version, equals: 2015 }'));
    expect(errors(result.problems)[0]).toMatchObject({ kind: 'bad-condition', field: 'when.equals', expected: 'one of 2014, 2016', found: '2015' });
  });

  it('reports every problem of a run together, not just the first', () => {
    const result = loadFixture({
      ...edit('platforms/sql-server.md', 'engine: sql-server', 'engine: sqlserver'),
      ...edit('tools/dms.md', 'name: Azure Database Migration Service', 'name: ""'),
      'scenarios/notes.txt': 'not markdown',
    });
    expect(errors(result.problems).map((p) => p.file)).toEqual(
      expect.arrayContaining(['content/platforms/sql-server.md', 'content/tools/dms.md', 'content/scenarios/notes.txt']),
    );
  });

  it('rejects a file that is not UTF-8', () => {
    const result = loadFixture({ 'tools/dms.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]) });
    expect(errors(result.problems)[0]).toMatchObject({ kind: 'bad-encoding', file: 'content/tools/dms.md' });
  });

  it('formats a problem as file › field, expected, found and a hint', () => {
    const result = loadFixture(edit('scenarios/sql-server-to-azure-sql-managed-instance.md', 'tool: dms', 'tool: dsm'));
    expect(formatProblem(errors(result.problems)[0])).toMatchInlineSnapshot(`
      "✖ content/scenarios/sql-server-to-azure-sql-managed-instance.md › offerings[0].tool: Reference to an unknown id
          expected the id of a file in content/tools/
          found    "dsm"
          → Did you mean "dms"?"
    `);
  });
});
