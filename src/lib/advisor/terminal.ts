import { escapeUnprintable } from '../unsafe-characters.ts';

/**
 * Text safe to print to a terminal. Ids, answers and file names come from the person running a
 * command or from content files, so every character a terminal would obey or that would hide or
 * reorder text (../unsafe-characters.ts: ESC starts sequences that recolour, clear or retitle the
 * screen; CR overwrites the line; bidi controls reorder it) is written as a visible `\uXXXX`
 * instead. Line feeds are kept: the commands' own text is made of lines. `\uXXXX` is also JSON's
 * escape, and in JSON output these characters only occur inside strings, so escaped JSON still
 * parses to the same value.
 */
export function forTerminal(text: string): string {
  return text.split('\n').map(escapeUnprintable).join('\n');
}
