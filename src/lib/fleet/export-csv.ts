import Papa from 'papaparse';
import { neutraliseFormula } from './safe-cell.ts';
import type { FleetResult, FleetRow } from './types.ts';

/** The columns of the CSV export, in order, each read off a row. */
const COLUMNS: [string, (row: FleetRow) => string | number | boolean][] = [
  ['line', (r) => r.line],
  ['name', (r) => r.name],
  ['source', (r) => r.source],
  ['target', (r) => r.target],
  ['scenario', (r) => r.scenario ?? ''],
  ['mode', (r) => r.mode],
  ['tool', (r) => r.tool ?? ''],
  ['status', (r) => r.status ?? ''],
  ['estimate_hours', (r) => (r.estimate ? Number(r.estimate.hours.toFixed(2)) : '')],
  ['estimate_lower_bound', (r) => (r.estimate ? r.estimate.lowerBound : '')],
  ['estimate_basis', (r) => r.estimate?.basis ?? ''],
  ['blockers', (r) => r.blockers.map((b) => b.id).join('; ')],
  ['warnings', (r) => r.warnings.map((w) => w.id).join('; ')],
  ['deadlines', (r) => r.deadlines.map((d) => `${d.date} ${d.id} ${d.event}${d.past ? ' (past)' : ''}`).join('; ')],
  ['presets', (r) => r.presets.join('; ')],
  ['errors', (r) => r.errors.map((e) => e.message).join(' ')],
  ['wizard', (r) => r.wizardQuery],
];

/**
 * The advised inventory as CSV, one row per inventory row in file order, written by Papa Parse
 * (quoting cells that need it). Every text cell is neutralised against spreadsheet formulas,
 * since names and echoed cells come from the uploaded file.
 */
export function toCsv(result: FleetResult): string {
  return Papa.unparse({
    fields: COLUMNS.map(([name]) => name),
    data: result.rows.map((row) => COLUMNS.map(([, read]) => {
      const value = read(row);
      return typeof value === 'string' ? neutraliseFormula(value) : value;
    })),
  });
}
