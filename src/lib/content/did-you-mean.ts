import { closest, distance } from 'fastest-levenshtein';

/** The nearest known id when it is close enough to be a typo, for "did you mean" hints. */
export function didYouMean(unknown: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(unknown, known as string[]);
  const limit = Math.max(2, Math.floor(unknown.length / 3));
  return distance(unknown, best) <= limit || best.includes(unknown) || unknown.includes(best) ? best : undefined;
}
