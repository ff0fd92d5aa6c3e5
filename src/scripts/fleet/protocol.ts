import type { FleetResult } from '../../lib/fleet/types.ts';
import type { FilterOption, SummaryWords, ViewRow } from '../../lib/fleet/view-row.ts';
import type { TableFilter } from '../../lib/fleet/view-table.ts';

/*
 * The messages between the fleet page and its Web Worker. Everything is plain data (a File is
 * cloneable too), so the worker reads the file and advises it without the page ever blocking.
 */

export type ToWorker =
  /** The advisor's data, as the JSON text the page embeds: sent once, before any inventory. */
  | { kind: 'data'; json: string }
  /**
   * An inventory to advise: a chosen or dropped file, or pasted text, judged as of the device's
   * date but never before the build (wizardJudgingDate). A newer run cancels an older one.
   */
  | { kind: 'advise'; run: number; input: File | string; builtOn: string }
  | { kind: 'export'; format: ExportFormat };

export type ExportFormat = 'csv' | 'markdown';

/** The result without its rows (they came before, in `rows` messages), with what the page shows of it. */
export interface ResultView {
  result: Omit<FleetResult, 'rows'>;
  words: SummaryWords;
  filters: Record<keyof TableFilter, FilterOption[]>;
}

export type FromWorker =
  /** The file is read and checked: `total` rows will be advised, as of the date `judged` names. */
  | { kind: 'started'; run: number; total: number; judged: string }
  /** The next rows in file order, and how many are advised so far. */
  | { kind: 'rows'; run: number; rows: ViewRow[]; done: number; total: number }
  | ({ kind: 'done'; run: number } & ResultView)
  | { kind: 'export'; format: ExportFormat; text: string }
  /** Something went wrong that fleet mode itself does not report (a file that cannot be read). */
  | { kind: 'failed'; run?: number; message: string };
