/**
 * Lengths and cuts counted in code points rather than UTF-16 units, so a limit never splits an
 * emoji or other character outside the Basic Multilingual Plane into a lone surrogate (which
 * URLSearchParams would then write back as U+FFFD, so the address would not read back the same).
 */

export function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** The first `max` code points of `text`. */
export function cutCodePoints(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  let count = 0;
  for (const char of text) {
    if (count === max) break;
    end += char.length;
    count += 1;
  }
  return text.slice(0, end);
}

/** `text` cut to at most `max` code points, ending with "…" when something was cut. */
export function shorten(text: string, max: number): string {
  return codePointLength(text) > max ? `${cutCodePoints(text, max - 1)}…` : text;
}
