/**
 * The characters that break a line, drive a terminal, reorder what a reader sees (bidirectional
 * controls, the "Trojan Source" trick) or hide text. One home for these lists: the content
 * schema's one-line check (schema/text.ts), the content report (content/content-problems.ts) and the
 * commands' terminal output (advisor/terminal.ts) all use them.
 */

/**
 * Never allowed in one-line text: C0 and C1 controls and DEL, line and paragraph separators,
 * bidirectional embeddings, overrides and isolates, zero-width spaces and byte order marks (a
 * zero-width joiner or non-joiner is allowed inside visible text: emoji and some scripts need them,
 * as do the bidi marks U+061C, U+200E and U+200F), and lone surrogates, which YAML escapes can
 * produce and no output format can carry.
 */
export const FORBIDDEN_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u200b\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]|\p{Cs}/u;

/** Characters that draw nothing: what is left once they are removed is what a reader sees. */
export const INVISIBLE = /[\s\p{Cf}\p{Mn}\p{Me}\u115f\u1160\u2800\u3164\uffa0]/gu;

/**
 * Everything a terminal or log would obey or hide: all of FORBIDDEN_IN_LINE, plus the bidi marks
 * and zero-width joiners that one-line text may hold but that make two different ids look alike.
 * C1 controls matter as much as ESC: some terminals read U+009B as CSI.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|\p{Cs}/gu;

/**
 * The text with every unprintable character, line feeds included, written as its JSON escape
 * (`\u202e`, lower case as JSON.stringify writes it), so what is printed shows what is really there
 * and cannot be spoofed. Inside a JSON string the escape parses back to the same character.
 */
export function escapeUnprintable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}
