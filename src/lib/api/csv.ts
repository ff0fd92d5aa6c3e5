import type { ScenariosApi } from './scenarios.ts';

/**
 * One field as RFC 4180 writes it: quoted when it holds a comma, a double quote, CR or LF, with
 * inner quotes doubled. Leading/trailing spaces are quoted too, since some readers trim them.
 */
export function csvField(value: string | number | boolean): string {
  const text = String(value);
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
