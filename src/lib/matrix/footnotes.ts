import { rowOfferings, type MatrixRow } from './rows.ts';

/**
 * Numbers footnotes in the order a reader meets them in the grouped table (row by row, offline
 * before online, the winning offering first), so marker 1 is the first one on the page. Both
 * views share these numbers, since they share one footnote list.
 */
export function numberFootnotes(rows: readonly MatrixRow[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const row of rows) {
    for (const offering of rowOfferings(row)) {
      for (const id of offering.footnotes) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
    }
  }
  return numbers;
}
