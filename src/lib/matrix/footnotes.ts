import { numberFootnotes } from '../data/queries.ts';
import { currentOfferings, retiredOfferings, type MatrixRow } from './rows.ts';

/**
 * Numbers footnotes in the order a reader meets them in the grouped table (row by row, offline
 * before online, the winning offering first), so marker 1 is the first one on the page; notes
 * only retired tools carry come after, so the default view, which hides those tools, counts 1, 2,
 * 3 without gaps. Both views share these numbers, since they share one footnote list.
 */
export function numberMatrixFootnotes(rows: readonly MatrixRow[]): Map<string, number> {
  return numberFootnotes([...rows.flatMap(currentOfferings), ...rows.flatMap(retiredOfferings)]);
}

/** The footnote ids in number order, for the notes under the matrix. */
export function footnotesInNumberOrder(numbers: ReadonlyMap<string, number>): string[] {
  return [...numbers].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}

/** An offering's markers in number order, whatever order it lists its footnotes in. */
export function footnoteMarkers(ids: readonly string[], numbers: ReadonlyMap<string, number>): { id: string; number: number }[] {
  return [...new Set(ids)].map((id) => ({ id, number: numbers.get(id) ?? 0 })).sort((a, b) => a.number - b.number);
}
