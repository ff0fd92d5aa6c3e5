/**
 * How much inventory one run reads. A real estate holds hundreds or a few thousand databases; these
 * limits keep a mistaken upload (a log file, a whole CMDB export) from freezing a browser tab or
 * the CLI, and are checked before the CSV is parsed.
 */

/** Data rows, not counting the header. */
export const MAX_ROWS = 100_000;

/** Bytes of UTF-8 text, decimal like every size on the site: 20 MB. */
export const MAX_BYTES = 20_000_000;

/** The UTF-8 size of a text, counted without encoding a copy of it. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one code point of four bytes.
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The number of lines, counted cheaply: line feeds, or carriage returns in a file that has none.
 * A quoted cell may span lines, so this is an upper bound on the rows, never fewer.
 */
export function countLines(text: string): number {
  const breaks = (text: string, char: string) => {
    let count = 0;
    for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) count += 1;
    return count;
  };
  const feeds = breaks(text, '\n');
  return 1 + (feeds > 0 ? feeds : breaks(text, '\r'));
}
