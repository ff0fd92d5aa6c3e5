/** PASS and MISS compare a figure with its budget; INFO has no budget; MISSING and FAILED mean no figure. */
export type Result = 'PASS' | 'MISS' | 'INFO' | 'MISSING' | 'FAILED';

export interface Row {
  section: string;
  figure: string;
  value: string;
  budget: string;
  result: Result;
}

/** What a section of the bench hands back: its rows, and any detail a reader needs to act on them. */
export interface SectionReport {
  rows: Row[];
  notes: string[];
}

export const passOrMiss = (pass: boolean): Result => (pass ? 'PASS' : 'MISS');

const COLUMNS = ['section', 'figure', 'value', 'budget', 'result'] as const;
const HEADINGS: Record<(typeof COLUMNS)[number], string> = { section: 'Section', figure: 'Figure', value: 'Measured', budget: 'Budget', result: 'Result' };

/** A plain-text table with aligned columns, for the terminal. */
export function textTable(rows: readonly Row[]): string {
  const widths = COLUMNS.map((column) => Math.max(HEADINGS[column].length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  return [line(COLUMNS.map((c) => HEADINGS[c])), line(widths.map((w) => '-'.repeat(w))), ...rows.map((row) => line(COLUMNS.map((c) => row[c])))].join('\n');
}

/** The same table in Markdown, for the README. */
export function markdownTable(rows: readonly Row[]): string {
  const escape = (text: string) => text.replaceAll('|', '\\|');
  const line = (cells: string[]) => `| ${cells.map(escape).join(' | ')} |`;
  return [line(COLUMNS.map((c) => HEADINGS[c])), `|${COLUMNS.map(() => '---').join('|')}|`, ...rows.map((row) => line(COLUMNS.map((c) => row[c])))].join('\n');
}

export function formatKilobytes(bytes: number): string {
  return bytes === 0 ? 'none' : `${(bytes / 1024).toFixed(1)} KB`;
}

export function formatSeconds(seconds: number): string {
  return seconds < 10 ? `${seconds.toFixed(2)} s` : `${seconds.toFixed(1)} s`;
}
