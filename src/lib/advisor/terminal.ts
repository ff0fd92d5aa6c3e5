/**
 * Characters a terminal obeys rather than shows: C0 controls (ESC starts sequences that recolour,
 * clear or retitle the screen; CR overwrites the line), DEL, C1 controls (U+0080–U+009F, which
 * some terminals read as ESC sequences too: U+009B is CSI) and the bidi controls that reorder what
 * is shown (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069). Newline is left alone: the
 * CLI's own text is made of lines.
 */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text safe to print to a terminal. Ids, answers and file names come from the person running a
 * command or from content files, so each unsafe character is written as a visible `\uXXXX`
 * instead. That is also JSON's escape, and in JSON output these characters only occur inside
 * strings, so escaped JSON still parses to the same value.
 */
export function forTerminal(text: string): string {
  return text.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
