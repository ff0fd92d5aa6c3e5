import type { ScenariosApi } from './scenarios.ts';

/**
 * Text a spreadsheet would run as a formula when it opens the file (CSV injection): a cell that
 * starts with =, +, - or @, or with a tab or carriage return (OWASP's list).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A leading single quote makes a spreadsheet show a would-be formula as the text it is. Only text
 * gets it. Typed numbers and booleans are written as they are: `String()` of a number is never a
 * formula, so a negative number stays a number a spreadsheet can sum (no column is numeric today,
 * but `toCsv` takes numbers). Text that merely looks like a negative number, such as "-5", gets
 * the quote too: it is text in our data, and "-5+A1" looks the same to a rule that would spare it.
 */
function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One field as RFC 4180 writes it: quoted when it holds a comma, a double quote, CR or LF, with
 * inner quotes doubled. Leading/trailing spaces are quoted too, since some readers trim them.
 * Text that would start a formula is neutralised first.
 */
export function csvField(value: string | number | boolean): string {
  const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Records joined with CRLF, as RFC 4180 asks, ending with a line break. */
export function toCsv(records: readonly (readonly (string | number | boolean)[])[]): string {
  return records.map((record) => record.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const CSV_HEADER = [
  'scenario',
  'source_id',
  'source',
  'target_id',
  'target',
  'mode',
  'tool_id',
  'tool',
  'status',
  'supported',
  'since',
  'citation_title',
  'citation_url',
  'citation_date',
] as const;

/** `api/scenarios.csv`: one row per offering, built from the JSON API so the two never disagree. */
export function scenariosCsv(api: ScenariosApi): string {
  const rows = api.scenarios.flatMap((scenario) =>
    scenario.offerings.map((o) => [
      scenario.id,
      scenario.source.id,
      scenario.source.name,
      scenario.target.id,
      scenario.target.name,
      o.mode,
      o.tool.id,
      o.tool.name,
      o.status,
      o.supported,
      o.since,
      o.citation.title,
      o.citation.url,
      o.citation.date,
    ]),
  );
  return toCsv([CSV_HEADER, ...rows]);
}
