import type { FleetRow } from './types.ts';
import type { ViewRow } from './view-row.ts';

/*
 * The fleet page's results table as data: which rows a filter keeps, in which order a column
 * sorts them, and how many are drawn. Pure, so the page script only renders what this decides.
 * It imports nothing at run time: the page's script shares no module with the wizard's, since a
 * shared module becomes a chunk of its own and costs the wizard's byte budget. What needs the
 * vocabulary (labels, status ranks) is worked out in the worker (view-row.ts).
 */

/** The columns a reader can sort by, each with how two rows compare on it. */
export const SORT_KEYS = ['line', 'name', 'migration', 'mode', 'tool', 'status', 'estimate', 'deadline'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Direction = 'ascending' | 'descending';
export interface Sort {
  key: SortKey;
  direction: Direction;
}

/** The file's own order: what the table shows until a header is clicked. */
export const FILE_ORDER: Sort = { key: 'line', direction: 'ascending' };

/**
 * What each column sorts by. `undefined` is a row with nothing to show there (no tool, no
 * estimate, an error row's mode): such rows go last whichever way the column sorts, so reversing
 * a column never puts the blanks first.
 */
const SORT_VALUE: Record<SortKey, (row: ViewRow) => string | number | undefined> = {
  line: (r) => r.line,
  name: (r) => r.name || undefined,
  migration: (r) => r.title,
  mode: (r) => r.view.modeRank,
  tool: (r) => r.toolName ?? undefined,
  status: (r) => r.view.status?.rank,
  estimate: (r) => r.estimate?.hours,
  deadline: (r) => r.deadlines[0]?.date,
};

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

const compareValues = (a: string | number, b: string | number) => (typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b)));

/** Row indexes in the order of `sort`; equal rows keep file order, blanks go last. */
export function sortRows(rows: readonly ViewRow[], indexes: readonly number[], sort: Sort): number[] {
  const read = SORT_VALUE[sort.key];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const values = new Map(indexes.map((i) => [i, read(rows[i])]));
  return [...indexes].sort((i, j) => {
    const a = values.get(i);
    const b = values.get(j);
    if (a === undefined || b === undefined) return a === b ? rows[i].line - rows[j].line : a === undefined ? 1 : -1;
    return sign * compareValues(a, b) || rows[i].line - rows[j].line;
  });
}

/** The next sort after a click on a column: that column ascending, or the other way if it is already sorted by it. */
export function nextSort(current: Sort, key: SortKey): Sort {
  return { key, direction: current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** The filters a reader can set; an empty string (or absent) means "any". */
export interface TableFilter {
  /** A mode id, or 'none' for rows no path fits. */
  mode?: string;
  tool?: string;
  blocker?: string;
  deadline?: '' | 'any' | 'past' | 'upcoming' | 'none';
  errors?: '' | 'with' | 'without';
}

const DEADLINE_TEST: Record<NonNullable<TableFilter['deadline']>, (row: FleetRow) => boolean> = {
  '': () => true,
  any: (r) => r.deadlines.length > 0,
  past: (r) => r.deadlines.some((d) => d.past),
  upcoming: (r) => r.deadlines.some((d) => !d.past),
  none: (r) => r.deadlines.length === 0,
};

/** Whether a row passes every filter that is set. Mode, tool and blocker only match advised rows. */
export function keeps(row: FleetRow, filter: TableFilter): boolean {
  if (filter.mode && !(row.advised && row.mode === filter.mode)) return false;
  if (filter.tool && row.tool !== filter.tool) return false;
  if (filter.blocker && !row.blockers.some((b) => b.id === filter.blocker)) return false;
  if (!DEADLINE_TEST[filter.deadline ?? ''](row)) return false;
  if (filter.errors === 'with' && row.errors.length === 0) return false;
  if (filter.errors === 'without' && row.errors.length > 0) return false;
  return true;
}

/** The indexes of the rows a filter keeps, in file order. */
export function filterRows(rows: readonly FleetRow[], filter: TableFilter): number[] {
  const kept: number[] = [];
  rows.forEach((row, index) => {
    if (keeps(row, filter)) kept.push(index);
  });
  return kept;
}

/**
 * How many rows the table draws at first and adds per "Show more": enough to scan, few enough to
 * draw in one short task (200 took over 100 ms on the bench's 10,000-row file; 100 about half).
 */
export const ROWS_PER_PAGE = 100;

/** The rows to draw out of those kept: the first `limit`, and how many remain hidden. */
export function visibleRows(ordered: readonly number[], limit: number): { shown: number[]; hidden: number } {
  const shown = ordered.slice(0, Math.max(0, limit));
  return { shown, hidden: ordered.length - shown.length };
}

/**
 * Which presets stood in for empty cells, and on how many rows each, most first: said once above
 * the results, since a preset the reader did not choose changes what a row's advice rests on.
 */
export function presetsUsed(rows: readonly FleetRow[]): { id: string; rows: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows) for (const id of row.presets) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].map(([id, n]) => ({ id, rows: n })).sort((a, b) => b.rows - a.rows || a.id.localeCompare(b.id));
}
