import { describe, expect, it } from 'vitest';
import { forTerminal } from '../../../src/lib/advisor/terminal.ts';

describe('text for a terminal', () => {
  it.each([
    ['ESC, as in a colour or clear-screen sequence', '\u001b[2J', '\\u001b[2J'],
    ['an OSC title sequence ended by BEL', '\u001b]0;owned\u0007', '\\u001b]0;owned\\u0007'],
    ['the one-byte CSI of C1', '\u009b31m', '\\u009b31m'],
    ['a carriage return that would overwrite the line', 'ok\rno', 'ok\\u000dno'],
    ['a tab, DEL and NUL', 'a\tb\u007fc\u0000', 'a\\u0009b\\u007fc\\u0000'],
    ['a right-to-left override and an isolate', 'abc\u202edef\u2066x\u2069', 'abc\\u202edef\\u2066x\\u2069'],
    ['a right-to-left mark and an Arabic letter mark', 'a\u200fb\u061c', 'a\\u200fb\\u061c'],
    ['zero-width characters that make two ids look alike', 'sql\u200b-ser\u200dver\ufeff', 'sql\\u200b-ser\\u200dver\\ufeff'],
    ['a line separator and a lone surrogate', 'a\u2028b\ud800', 'a\\u2028b\\ud800'],
  ])('writes %s as visible escapes', (_name, text, escaped) => {
    expect(forTerminal(text)).toBe(escaped);
  });

  it('keeps newlines and ordinary text in any script', () => {
    const text = 'Azure SQL → Managed Instance\nSérver 😀 日本語 العربية';
    expect(forTerminal(text)).toBe(text);
  });

  it('keeps JSON output valid and equal to what was printed', () => {
    const value = { id: '\u001b[31mred\u009b\u202e', nested: ['\r\t\u2067'] };
    const json = forTerminal(JSON.stringify(value, null, 2));
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
