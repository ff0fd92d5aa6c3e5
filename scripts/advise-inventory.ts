/**
 * `npm run advise -- --inventory FILE [--json | --csv | --markdown] [--today DATE]`: fleet mode on
 * the command line. Reads the file (or standard input for `-`) as UTF-8 within the fleet limits,
 * advises every row with src/lib/fleet, and prints the result in the format asked for. Returns the
 * exit code (advise-exit-codes.ts) instead of exiting, so a large output is never cut short.
 */
import { readFileSync, statSync } from 'node:fs';
import { forTerminal } from '../src/lib/advisor/terminal.ts';
import type { AdvisorData } from '../src/lib/advisor/types.ts';
import { adviseInventory, MAX_BYTES, toCsv, toMarkdown, type FleetResult } from '../src/lib/fleet/index.ts';
import { fleetReport } from '../src/lib/fleet/terminal-report.ts';
import { EXIT } from './advise-exit-codes.ts';

export type InventoryFormat = 'table' | 'json' | 'csv' | 'markdown';

export interface InventoryArgs {
  inventory?: string;
  source?: string;
  target?: string;
  answer?: string[];
  json?: boolean;
  csv?: boolean;
  markdown?: boolean;
}

/** What is wrong with the options given with (or, for --csv and --markdown, without) --inventory. */
export function inventoryArgumentProblems(args: InventoryArgs): string[] {
  const problems: string[] = [];
  const formats = (['json', 'csv', 'markdown'] as const).filter((f) => args[f]);
  if (args.inventory === undefined) {
    if (args.csv || args.markdown) problems.push(`--${args.csv ? 'csv' : 'markdown'} applies to --inventory only; a single pair prints a readable summary, or JSON with --json.`);
    return problems;
  }
  if (args.inventory.trim() === '') problems.push('--inventory needs a file name, or - to read the inventory from standard input.');
  const pairOptions = (['source', 'target', 'answer'] as const).filter((o) => args[o] !== undefined);
  if (pairOptions.length > 0) {
    problems.push(`--inventory advises each row's own source, target and answers, so ${pairOptions.map((o) => `--${o}`).join(' and ')} cannot be given with it.`);
  }
  if (formats.length > 1) problems.push(`Give at most one output format; found ${formats.map((f) => `--${f}`).join(' and ')}.`);
  return problems;
}

export const formatOf = (args: InventoryArgs): InventoryFormat => (args.json ? 'json' : args.csv ? 'csv' : args.markdown ? 'markdown' : 'table');

type Read = { ok: true; text: string } | { ok: false; message: string };

const count = (n: number) => n.toLocaleString('en-US');
const tooLarge = (what: string, bytes: string) =>
  `${what} is ${bytes} bytes; at most ${count(MAX_BYTES)} bytes (20 MB) are read. Split it into smaller files.`;

/** The file's bytes, or why they cannot be had; a file over the limit is refused before it is read. */
function readBytes(path: string): { ok: true; bytes: Uint8Array; what: string } | { ok: false; message: string } {
  const what = `The inventory ${JSON.stringify(path)}`;
  if (path === '-') {
    try {
      const bytes = readFileSync(0);
      return bytes.length > MAX_BYTES ? { ok: false, message: tooLarge('The inventory on standard input', count(bytes.length)) } : { ok: true, bytes, what: 'The inventory on standard input' };
    } catch (error) {
      return { ok: false, message: `Standard input could not be read: ${error instanceof Error ? error.message : String(error)}.` };
    }
  }
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, message: `${what} is a folder; give the CSV file inside it.` };
    if (stat.isFile() && stat.size > MAX_BYTES) return { ok: false, message: tooLarge(what, count(stat.size)) };
    return { ok: true, bytes: readFileSync(path), what };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: `${what} does not exist; check the path (relative paths start from ${JSON.stringify(process.cwd())}).` };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, message: `${what} cannot be read: permission denied.` };
    return { ok: false, message: `${what} cannot be read: ${error instanceof Error ? error.message : String(error)}.` };
  }
}

/**
 * The inventory as text. Spreadsheets save CSV as UTF-8 (with or without a byte-order mark), as
 * UTF-16 ("Unicode text") or in a legacy code page; only UTF-8 is read, and anything else is
 * refused with where it went wrong rather than read as garbled names.
 */
export function readInventory(path: string): Read {
  const read = readBytes(path);
  if (!read.ok) return read;
  const { bytes, what } = read;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: `${what} is UTF-16 text (Excel's "Unicode text"); save it as "CSV UTF-8" and try again.` };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    const at = loose.indexOf('\uFFFD');
    const line = loose.slice(0, at).split('\n').length;
    return { ok: false, message: `${what} is not UTF-8 text (line ${line} holds a byte UTF-8 does not allow; the file was perhaps saved in a Windows code page); save it as "CSV UTF-8" and try again.` };
  }
}

/** The result in the format asked for; the table is fitted to `width` columns. */
export function formatResult(result: FleetResult, data: AdvisorData, format: InventoryFormat, width: number): string {
  // One line: a 10,000-row inventory is some 15 MB indented and half that without, and whoever
  // reads it is a program (jq indents it for a person).
  if (format === 'json') return JSON.stringify(result);
  // Papa Parse ends rows with CRLF; a terminal would be told to return the carriage, so rows end in LF.
  if (format === 'csv') return toCsv(result).replace(/\r\n/g, '\n');
  if (format === 'markdown') return toMarkdown(result).trimEnd();
  return fleetReport(result, data, width);
}

/** The terminal's width; a pipe or file gets COLUMNS or 120. */
function outputWidth(): number {
  const columns = process.stdout.isTTY ? process.stdout.columns : Number(process.env.COLUMNS);
  return Number.isFinite(columns) && columns > 0 ? columns : 120;
}

/**
 * Runs fleet mode on an inventory already read (readInventory) and returns the exit code. The
 * advice goes to stdout; what stops the file, and for the machine formats each row error and
 * notice, go to stderr (the table shows them in its summary), so a script reading the JSON or CSV
 * still sees what went wrong.
 */
export function runInventory(text: string, format: InventoryFormat, data: AdvisorData, today: string | undefined): number {
  const printError = (line: string) => console.error(forTerminal(line));
  const result = adviseInventory(text, data, { today });
  if (result.fileErrors.length > 0) {
    for (const error of result.fileErrors) printError(error.message);
    for (const notice of result.notices) printError(`Note: ${notice.message}`);
    return EXIT.unreadableInventory;
  }
  process.stdout.write(`${forTerminal(formatResult(result, data, format, outputWidth()))}\n`);
  if (format !== 'table') {
    for (const notice of result.notices) printError(`Note: ${notice.message}`);
    for (const row of result.rows) for (const error of row.errors) printError(error.message);
  }
  const { errors, rows } = result.summary;
  if (errors.count === 0) return EXIT.ok;
  printError(`${count(errors.count)} of ${count(rows)} rows ${errors.count === 1 ? 'has errors and was' : 'have errors and were'} not advised; the other rows were.`);
  return EXIT.rowErrors;
}
