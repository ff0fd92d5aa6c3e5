import { numberFootnotes } from '../data/queries.ts';
import { rowOfferings, type MatrixRow } from './rows.ts';

/**
 * Numbers footnotes in the order a reader meets them in the grouped table (row by row, offline
 * before online, the winning offering first), so marker 1 is the first one on the page. Both
 * views share these numbers, since they share one footnote list.
 */
export function numberMatrixFootnotes(rows: readonly MatrixRow[]): Map<string, number> {
  return numberFootnotes(rows.flatMap(rowOfferings));
}
