import type { AnswerValues } from '../advisor/types.ts';
import type { LifecycleEvent, Mode, Status } from '../schema/vocabulary.ts';

/*
 * The shapes fleet mode hands to its callers (the CLI's --inventory and the fleet page's worker).
 * Everything here is plain JSON, so a Web Worker can post it as it is.
 */

/** What can be wrong with one row; each kind has its sentence in problems.ts. */
export type RowErrorKind = 'missing-platform' | 'unknown-platform' | 'ambiguous-platform' | 'no-scenario' | 'invalid-answer' | 'extra-cells' | 'bad-quotes';

/** One problem with one row: where it is, what was expected and what was found. */
export interface RowError {
  kind: RowErrorKind;
  /** The 1-based line of the file the row starts on (the header is line 1). */
  line: number;
  /** The column's header as written in the file, or '' when the problem is the row as a whole. */
  column: string;
  expected: string;
  /** The cell as given, cut to a readable length. */
  found: string;
  message: string;
}

/** What stops the whole file from being read; no row is advised then. */
export type FileErrorKind = 'too-large' | 'too-many-rows' | 'empty' | 'missing-column' | 'bad-date';

export interface FileError {
  kind: FileErrorKind;
  message: string;
}

/** What was ignored in the file, said once for the whole file rather than on every row. */
export type NoticeKind = 'unknown-column' | 'ignored-column' | 'duplicate-column' | 'not-applicable';

export interface Notice {
  kind: NoticeKind;
  /** The header as written in the file. */
  column: string;
  /** For not-applicable: the lines whose cell was ignored. */
  lines?: number[];
  message: string;
}

/** One data row of the inventory, read and checked but not yet advised. */
export interface InventoryRow {
  line: number;
  name: string;
  /** The platform id, or the text as given when it names no platform. */
  source: string;
  target: string;
  /** Whether the row can be advised: no errors, and content describes a migration between its platforms. */
  advisable: boolean;
  /** The valid answers to the questions that apply to this pair, in the advisor's own types. */
  answers: AnswerValues;
  /** Question ids given a cell on this row that do not apply to its pair (ignored). */
  notApplicable: string[];
  errors: RowError[];
}

export interface ParsedInventory {
  rows: InventoryRow[];
  notices: Notice[];
  fileErrors: FileError[];
}

/** A retirement or other lifecycle event that concerns a row's source, target or recommended tool. */
export interface Deadline {
  date: string;
  subject: 'tool' | 'source' | 'target';
  /** The platform or tool id. */
  id: string;
  name: string;
  event: LifecycleEvent;
  /** Whether it is on or before the judging date. */
  past: boolean;
  /** The advisor's own sentence for it ("… retires on 2026-03-15"). */
  text: string;
}

export interface Titled {
  id: string;
  title: string;
}

/** One row of the inventory with its recommendation, taken from `recommend()` and never re-decided. */
export interface FleetRow {
  line: number;
  name: string;
  source: string;
  target: string;
  /** "SQL Server → Azure SQL Managed Instance", or the cells as given when the row was not advised. */
  title: string;
  /** The scenario id, or null when the row could not be advised. */
  scenario: string | null;
  /** False for a row with errors: nothing below the errors is then a recommendation. */
  advised: boolean;
  mode: Mode | 'none';
  tool: string | null;
  toolName: string | null;
  status: Status | null;
  headline: string;
  estimate: { hours: number; lowerBound: boolean; basis: 'benchmark' | 'rate' | 'bandwidth' } | null;
  /** Blockers matching the row's answers that rule out a path the pair would otherwise offer. */
  blockers: Titled[];
  /** Warning-level limitations that concern the recommended path. */
  warnings: Titled[];
  deadlines: Deadline[];
  /** Question ids that applied, were left empty and so took their preset. */
  presets: string[];
  errors: RowError[];
  /** The wizard's query string for this row (no leading "?"): prefix it with the wizard's address. */
  wizardQuery: string;
}

export interface Count<K extends string = string> {
  id: K;
  count: number;
}

export interface FleetSummary {
  rows: number;
  advised: number;
  byMode: Record<Mode | 'none', number>;
  /** Most rows first; rows with no tool are not counted. */
  byTool: (Count & { name: string })[];
  byStatus: Count<Status>[];
  byTarget: (Count & { name: string })[];
  /** The blockers affecting most rows first. */
  topBlockers: (Titled & { count: number })[];
  /** The earliest deadlines across the fleet, each once with the number of rows it concerns. */
  earliestDeadlines: (Omit<Deadline, 'text'> & { rows: number })[];
  errors: { count: number; lines: number[] };
}

export interface Wave {
  title: string;
  /** Why these rows go together, in one sentence. */
  reason: string;
  /** Indexes into FleetResult.rows, in file order. */
  rows: number[];
}

export interface FleetWaves {
  /** How the waves were formed, for the page to show above them. */
  basis: string;
  waves: Wave[];
}

export interface FleetResult {
  /** The date everything was judged as of. */
  asOf: string;
  rows: FleetRow[];
  summary: FleetSummary;
  waves: FleetWaves;
  notices: Notice[];
  fileErrors: FileError[];
}
