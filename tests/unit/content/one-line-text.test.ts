import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../src/lib/content/content-problems.ts';
import { lineSchema, webUrlSchema } from '../../../src/lib/schema/primitives.ts';
import { edit, errors, loadFixture } from './fixture.ts';

/** The message a one-line field gives for a value, or undefined when it is accepted. */
function messageFor(value: string): string | undefined {
  const result = lineSchema(200).safeParse(value);
  return result.success ? undefined : result.error.issues.map((issue) => issue.message).join('; ');
}

describe('one-line text fields', () => {
  it.each([
    ['NUL', 'Sp\u0000are', 'U+0000 NULL at position 3'],
    ['BEL', 'Spare\u0007', 'U+0007 BELL at position 6'],
    ['ESC (a terminal colour code)', '\u001b[31mSpare', 'U+001B ESCAPE at position 1'],
    ['a line feed inside the text', 'Spare\ntool', 'U+000A LINE FEED at position 6'],
    ['a carriage return inside the text', 'Spare\rtool', 'U+000D CARRIAGE RETURN at position 6'],
    ['a tab', 'Spare\ttool', 'U+0009 CHARACTER TABULATION at position 6'],
    ['DEL', 'Spare\u007f', 'U+007F DELETE at position 6'],
    ['a C1 control (NEXT LINE)', 'Spare\u0085tool', 'U+0085 NEXT LINE at position 6'],
    ['a line separator', 'Spare\u2028tool', 'U+2028 LINE SEPARATOR at position 6'],
    ['a right-to-left override', 'Spare\u202Eloot', 'U+202E RIGHT-TO-LEFT OVERRIDE at position 6'],
    ['a left-to-right embedding', '\u202ASpare', 'U+202A LEFT-TO-RIGHT EMBEDDING at position 1'],
    ['a pop directional formatting', 'Spare\u202C', 'U+202C POP DIRECTIONAL FORMATTING at position 6'],
    ['a left-to-right override', 'Sp\u202Dare', 'U+202D LEFT-TO-RIGHT OVERRIDE at position 3'],
    ['a right-to-left isolate', 'Spare \u2067tool', 'U+2067 RIGHT-TO-LEFT ISOLATE at position 7'],
    ['a pop directional isolate', 'Spare\u2069', 'U+2069 POP DIRECTIONAL ISOLATE at position 6'],
    ['a first strong isolate', '\u2068Spare', 'U+2068 FIRST STRONG ISOLATE at position 1'],
    ['a left-to-right isolate', 'Spa\u2066re', 'U+2066 LEFT-TO-RIGHT ISOLATE at position 4'],
    ['a zero-width space', 'Spa\u200Bre', 'U+200B ZERO WIDTH SPACE at position 4'],
    ['a byte order mark', 'Spare\uFEFF tool', 'U+FEFF ZERO WIDTH NO-BREAK SPACE at position 6'],
    ['a lone surrogate', 'Spare \uD800', 'U+D800 a lone surrogate at position 7'],
  ])('rejects %s, naming the character and its position', (_name, value, named) => {
    expect(messageFor(value)).toBe(`one line of text without control, line-break, bidirectional-override or zero-width characters (found ${named})`);
  });

  it.each([
    ['zero-width joiners only', '\u200D\u200C'],
    ['invisible operators', '\u2062\u2063'],
    ['a Hangul filler', '\u3164'],
  ])('rejects %s: text a reader cannot see', (_name, value) => {
    expect(messageFor(value)).toMatch(/^visible text \(found only invisible characters: U\+/);
  });

  it.each([
    ['whitespace only', ' \u00a0 \u3000 '],
    ['an empty string', ''],
  ])('rejects %s as empty after trimming', (_name, value) => {
    expect(messageFor(value)).toBe('Too small: expected string to have >=1 characters');
  });

  it.each([
    ['plain English', 'Azure SQL Managed Instance'],
    ['punctuation and symbols', 'C# & .NET: 100% <b>safe</b> — “quoted”'],
    ['accents', 'Résumé de la migration'],
    ['Chinese', '数据库迁移'],
    ['Arabic, right to left without overrides', 'ترحيل قاعدة البيانات'],
    ['an emoji joined by a zero-width joiner', 'Developer 👩‍💻'],
    ['a non-joiner inside Persian text', 'می‌خواهم'],
  ])('accepts %s', (_name, value) => {
    expect(messageFor(value)).toBeUndefined();
  });

  it('trims surrounding whitespace, such as the newline a YAML block scalar leaves', () => {
    expect(lineSchema(200).parse('  Spare tool\n')).toBe('Spare tool');
  });

  it('applies to web addresses as well', () => {
    expect(webUrlSchema.safeParse('https://example.com/\u202Egnp.exe').success).toBe(false);
    expect(webUrlSchema.safeParse('https://example.com/a').success).toBe(true);
  });

  it('reports the field in a content file and never prints the raw character', () => {
    const result = loadFixture(edit('tools/dms.md', 'short: DMS', 'short: "DMS\\u202Egnp.exe"'));
    expect(errors(result.problems)).toEqual([
      expect.objectContaining({
        kind: 'bad-shape',
        file: 'content/tools/dms.md',
        field: 'short',
        expected: 'one line of text without control, line-break, bidirectional-override or zero-width characters',
        found: '"DMS\\u202egnp.exe" (U+202E RIGHT-TO-LEFT OVERRIDE at position 4)',
      }),
    ]);
    expect(formatReport(result.problems)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('rejects a title spread over two lines by a YAML literal block', () => {
    const result = loadFixture(edit('considerations/old-sql-server.md', 'title: SQL Server 2014 and earlier', 'title: |\n  SQL Server 2014\n  and earlier'));
    // Found is the text as checked, after trimming (the block's final line break is dropped), so the position counts in what is shown.
    expect(errors(result.problems)).toEqual([
      expect.objectContaining({ kind: 'bad-shape', field: 'title', found: '"SQL Server 2014\\nand earlier" (U+000A LINE FEED at position 16)' }),
    ]);
  });

  it('counts the position in the trimmed text it shows', () => {
    const result = loadFixture(edit('considerations/old-sql-server.md', 'title: SQL Server 2014 and earlier', 'title: "  SQL\\u0007Server"'));
    expect(errors(result.problems)).toEqual([
      expect.objectContaining({ kind: 'bad-shape', field: 'title', found: expect.stringMatching(/^"SQL\\u0007Server" \(U\+0007 .* at position 4\)$/) }),
    ]);
  });
});
