import { describe, expect, it } from 'vitest';
import { errors, loadFixture } from './fixture.ts';

const TOOL = 'tools/spare.md';

describe('front matter delimiters', () => {
  it.each([
    ['with fields and no body', '---\nname: Spare tool\ncite: status-2022\n'],
    ['with a body', '---\nname: Spare tool\ncite: status-2022\n\nProse that would be read as YAML.\n'],
    ['with only the opening line', '---\n'],
    ['closed by four dashes, which is not a delimiter', '---\nname: Spare tool\ncite: status-2022\n----\n'],
  ])('rejects front matter that is never closed, %s', (_name, text) => {
    const result = loadFixture({ [TOOL]: text });
    expect(result.dataset).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({
        kind: 'unclosed-front-matter',
        file: `content/${TOOL}`,
        line: 1,
        expected: 'a --- line that closes the front matter opened on line 1',
        found: 'no closing --- line',
      }),
    ]);
  });

  it('accepts a closing line with trailing spaces', () => {
    const result = loadFixture({ [TOOL]: '---\nname: Spare tool\ncite: status-2022\n---  \nBody.\n' });
    expect(result.problems).toEqual([]);
    expect(result.dataset?.tools.spare.html).toBe('<p>Body.</p>');
  });

  it('closes at the first --- line, so a rule later in the body stays in the body', () => {
    const result = loadFixture({ [TOOL]: '---\nname: Spare tool\ncite: status-2022\n---\nAbove.\n\n---\n\nBelow.\n' });
    expect(result.problems).toEqual([]);
    expect(result.dataset?.tools.spare.html).toBe('<p>Above.</p>\n<hr>\n<p>Below.</p>');
  });

  it('reads Windows line endings, and counts body lines from the file', () => {
    const result = loadFixture({ [TOOL]: '---\r\nname: Spare tool\r\ncite: status-2022\r\n---\r\nFine.\r\n\r\n<div>bold</div>\r\n' });
    expect(errors(result.problems)).toEqual([expect.objectContaining({ kind: 'raw-html', line: 7 })]);
  });

  it('treats empty front matter as no fields, so the schema names the missing ones', () => {
    const result = loadFixture({ [TOOL]: '---\n---\n' });
    expect(result.problems.map((p) => `${p.kind} ${p.field} ${p.found}`)).toEqual([
      'bad-shape name nothing (the field is missing)',
      'bad-shape cite nothing (the field is missing)',
    ]);
  });
});
