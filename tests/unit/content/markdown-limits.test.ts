import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/lib/content/render-markdown.ts';
import { errors, loadFixture } from './fixture.ts';

const FOOTNOTE = 'footnotes/ads-targets.md';
const withBody = (body: string) => ({ [FOOTNOTE]: `---\ncite: status-2022\n---\n${body}\n` });

/** Renders a body as line 5 of a file and times it. */
function render(body: string) {
  const started = performance.now();
  const result = renderMarkdown(body, 'content/footnotes/x.md', 5);
  return { ...result, ms: performance.now() - started };
}

/** The single limit problem a body gives: which limit (named in `expected`), what was found, where. */
function limitProblem(body: string) {
  const { problems, html } = render(body);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ kind: 'markdown-limit', file: 'content/footnotes/x.md', field: 'body' });
  expect(html).toBe('');
  return problems[0];
}

describe('Markdown limits, checked before remark parses a body', () => {
  it('rejects a body over 32 KB, naming the body size limit', () => {
    const p = limitProblem('word '.repeat(8000));
    expect(p.expected).toBe('at most 32 KB of Markdown (the body size limit)');
    expect(p.found).toBe('39 KB');
  });

  it('rejects 100 KB of "*a" at once instead of parsing it for minutes', () => {
    const { problems, ms } = render('*a'.repeat(50_000));
    expect(problems[0]?.expected).toContain('body size limit');
    expect(ms).toBeLessThan(1000);
  });

  it('rejects 80 KB of "[a](" at once instead of parsing it for seconds', () => {
    const { problems, ms } = render('[a]('.repeat(20_000));
    expect(problems[0]?.expected).toContain('body size limit');
    expect(ms).toBeLessThan(1000);
  });

  it('rejects more than 500 emphasis markers in one paragraph, naming the emphasis limit and the paragraph', () => {
    const p = limitProblem(`Intro.\n\n${'*a'.repeat(5000)}`);
    expect(p.expected).toBe('at most 500 emphasis markers (*, _ or ~) in one paragraph (the emphasis limit)');
    expect(p.found).toBe('5000 in the paragraph at line 7');
    expect(p.line).toBe(7);
  });

  it('counts emphasis markers per paragraph, so many ordinary paragraphs pass', () => {
    const { problems } = render('Some **bold** and _italic_ text.\n\n'.repeat(100));
    expect(problems).toEqual([]);
  });

  it('rejects more than 500 brackets in one paragraph, naming the bracket limit', () => {
    const p = limitProblem('[a]('.repeat(2000));
    expect(p.expected).toBe('at most 500 brackets ([ or ]) in one paragraph (the bracket limit)');
    expect(p.found).toBe('4000 in the paragraph at line 5');
  });

  it('rejects nested images past the bracket limit before they cost seconds', () => {
    const { problems, ms } = render(`${'!['.repeat(1000)}a${'](b)'.repeat(1000)}`);
    expect(problems[0]?.expected).toContain('bracket limit');
    expect(ms).toBeLessThan(1000);
  });

  it.each([
    ['3,000 nested block quotes', `${'>'.repeat(3000)} deep`],
    ['3,000 nested block quotes with spaces', `${'> '.repeat(3000)}deep`],
    ['3,000 nested bullet lists', `${'- '.repeat(3000)}deep`],
    ['3,000 nested numbered lists', `${'1. '.repeat(3000)}deep`],
    ['quotes and lists mixed', `${'> - '.repeat(1500)}deep`],
  ])('rejects %s with the nesting limit and the line, without overflowing the stack', (_name, body) => {
    const p = limitProblem(`Intro.\n\n${body}`);
    expect(p.expected).toBe('block quotes and lists nested at most 16 deep (the nesting limit)');
    expect(p.line).toBe(7);
  });

  it('counts indentation as nesting, so a list indented level by level cannot go deep either', () => {
    const staircase = Array.from({ length: 100 }, (_, level) => `${'  '.repeat(level)}- item`).join('\n');
    const { problems, ms } = render(staircase);
    expect(problems).toEqual([expect.objectContaining({ kind: 'markdown-limit', line: 5 + 16 })]);
    expect(problems[0].expected).toContain('nesting limit');
    expect(ms).toBeLessThan(1000);
  });

  it('accepts ordinary nesting: a list three deep and a list inside a quote', () => {
    const { problems, html } = render('- one\n  - two\n    - three\n\n> - quoted item\n>   1. numbered');
    expect(problems).toEqual([]);
    expect(html).toContain('<blockquote>');
  });

  it('rejects more than 500 list items and quote markers in one body, naming the limit', () => {
    const p = limitProblem('- item\n'.repeat(600));
    expect(p.expected).toBe('at most 500 list items and block-quote markers in one body (the list and quote limit)');
    expect(p.found).toBe('600');
    expect(p.line).toBe(5 + 500);
  });

  it('rejects more than 20 headings underlined with --- or ===, naming the limit', () => {
    const p = limitProblem('Title\n---\n\n'.repeat(30));
    expect(p.expected).toBe('at most 20 headings underlined with --- or === (the underlined-heading limit)');
    expect(p.found).toBe('30');
    expect(p.hint).toContain('#');
  });

  it('does not count a --- rule after a blank line as an underlined heading', () => {
    const { problems } = render('Text.\n\n---\n\n'.repeat(30));
    expect(problems).toEqual([]);
  });
});

describe('a file whose body breaks a limit', () => {
  it('gives one problem naming the file and the line, and no crash, for 3,000 nested ">"', () => {
    const result = loadFixture(withBody(`${'>'.repeat(3000)} deep`));
    expect(result.dataset).toBeUndefined();
    expect(errors(result.problems)).toEqual([
      expect.objectContaining({ kind: 'markdown-limit', file: `content/${FOOTNOTE}`, field: 'body', line: 4 }),
    ]);
  });

  it('is checked quickly: the content suite never waits on remark for a hostile body', () => {
    const started = performance.now();
    const result = loadFixture(withBody('*a'.repeat(50_000)));
    expect(errors(result.problems).map((p) => p.kind)).toEqual(['markdown-limit']);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
