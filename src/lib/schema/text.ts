/**
 * The rule for one-line text (titles, names, labels, addresses), in words an author can act on.
 * Which characters it refuses is decided in ../unsafe-characters.ts.
 */
import { FORBIDDEN_IN_LINE, INVISIBLE } from '../unsafe-characters.ts';

/** Names for the characters authors meet; others are described by their class. */
const NAMES: Record<number, string> = {
  0x00: 'NULL',
  0x07: 'BELL',
  0x08: 'BACKSPACE',
  0x09: 'CHARACTER TABULATION',
  0x0a: 'LINE FEED',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0x200b: 'ZERO WIDTH SPACE',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

/** `U+202E RIGHT-TO-LEFT OVERRIDE`, the way Unicode charts name a character. */
export function describeCodePoint(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  if (NAMES[codePoint]) return `${hex} ${NAMES[codePoint]}`;
  if (codePoint < 0x20) return `${hex} a control character`;
  if (codePoint >= 0x80 && codePoint <= 0x9f) return `${hex} a C1 control character`;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return `${hex} a lone surrogate`;
  return hex;
}

/**
 * What is wrong with a one-line text, in words an author can act on: what was expected, and what
 * was found (the character and its 1-based position). Undefined when the text is fine; empty text
 * is left to the length check.
 */
export function lineTextProblem(text: string): { expected: string; found: string } | undefined {
  const match = FORBIDDEN_IN_LINE.exec(text);
  if (match) {
    const position = [...text.slice(0, match.index)].length + 1;
    return {
      expected: 'one line of text without control, line-break, bidirectional-override or zero-width characters',
      found: `${describeCodePoint(match[0].codePointAt(0) ?? 0)} at position ${position}`,
    };
  }
  if (text !== '' && text.replace(INVISIBLE, '') === '') {
    const shown = [...new Set([...text].map((c) => describeCodePoint(c.codePointAt(0) ?? 0)))].slice(0, 3).join(', ');
    return { expected: 'visible text', found: `only invisible characters: ${shown}` };
  }
  return undefined;
}
