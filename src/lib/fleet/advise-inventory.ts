import type { AdvisorData } from '../advisor/types.ts';
import { isoDateProblem } from '../iso-date.ts';
import { todayUtc } from '../today.ts';
import { adviseRow } from './advise-row.ts';
import { parseInventory } from './parse.ts';
import { fileError } from './problems.ts';
import { summarise } from './summary.ts';
import type { FleetResult, FleetRow, InventoryRow, ParsedInventory } from './types.ts';
import { planWaves } from './waves.ts';

export interface FleetOptions {
  /** YYYY-MM-DD to judge statuses and deadlines as of; defaults to today's UTC date. */
  today?: string;
}

/**
 * Advises rows[start, end) of a parsed inventory: the piece a Web Worker runs between progress
 * messages. Rows are independent, so pieces can be advised in any order and concatenated.
 */
export function adviseRows(data: AdvisorData, rows: readonly InventoryRow[], today: string, start = 0, end = rows.length): FleetRow[] {
  return rows.slice(start, end).map((row) => adviseRow(data, row, today));
}

/** The whole result from a parsed inventory and all its advised rows (in file order). */
export function assembleResult(data: AdvisorData, parsed: ParsedInventory, rows: FleetRow[], today: string): FleetResult {
  return { asOf: today, rows, summary: summarise(data, rows), waves: planWaves(data, rows), notices: parsed.notices, fileErrors: parsed.fileErrors };
}

/** The judging date: the one given when it is a real date, else a file error saying why. */
export function judgingDate(options: FleetOptions): { today: string; error?: string } {
  if (options.today === undefined) return { today: todayUtc() };
  const problem = isoDateProblem(options.today);
  return problem ? { today: todayUtc(), error: `The date to judge as of, ${JSON.stringify(options.today)}, ${problem}; give one such as 2026-11-22.` } : { today: options.today };
}

/**
 * Fleet mode in one call: reads the inventory (parse.ts), advises every row that can be
 * (advise-row.ts), then sums it up and suggests waves. Never throws.
 */
export function adviseInventory(text: string, data: AdvisorData, options: FleetOptions = {}): FleetResult {
  const { today, error } = judgingDate(options);
  const parsed: ParsedInventory = error ? { rows: [], notices: [], fileErrors: [fileError('bad-date', error)] } : parseInventory(text, data);
  return assembleResult(data, parsed, adviseRows(data, parsed.rows, today), today);
}
