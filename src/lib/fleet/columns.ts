import { QUESTION_IDS } from '../advisor/known-ids.ts';
import type { AdvisorData } from '../advisor/types.ts';
import type { Notice } from './types.ts';

/** A column the inventory can hold: the database's name, the pair, or a wizard question (by id). */
export type ColumnField = { kind: 'name' } | { kind: 'source' } | { kind: 'target' } | { kind: 'question'; id: string; unit?: 'minutes' };

/**
 * The one table of other names a header may go by, keyed by the normalised header (see
 * `headerKey`). Every wizard question is also a column under its own id; only what people
 * commonly write instead is listed here. An `ignored` entry is a column that looks usable but is
 * not, with the sentence that says why.
 */
export const COLUMN_ALIASES: Record<string, ColumnField | { kind: 'ignored'; why: string }> = {
  name: { kind: 'name' },
  database: { kind: 'name' },
  db: { kind: 'name' },
  id: { kind: 'name' },
  source: { kind: 'source' },
  target: { kind: 'target' },
  'size-gb': { kind: 'question', id: QUESTION_IDS.size },
  'db-size-gb': { kind: 'question', id: QUESTION_IDS.size },
  downtime: { kind: 'question', id: QUESTION_IDS.downtime },
  'downtime-minutes': { kind: 'question', id: QUESTION_IDS.downtime, unit: 'minutes' },
  'bandwidth-mbps': { kind: 'question', id: QUESTION_IDS.network },
  'storage-in-use-(in-gb)': {
    kind: 'ignored',
    why: "Azure Migrate's \"Storage in use (In GB)\" is the disk space a server uses (data and log files, backups, other databases), not the size of one database, so it is not read as database-size-gb; add a database-size-gb column with each database's own size.",
  },
};

/** A header as matched: trimmed, lower case, `_` and spaces as `-` ("Size_GB " → "size-gb"). */
export function headerKey(header: string): string {
  return header.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

/** Which column of the file holds what; each field is read from its first column only. */
export interface ColumnMap {
  /** For each column of the file, what it holds, or undefined when it is ignored. */
  fields: (ColumnField | undefined)[];
  headers: string[];
  notices: Notice[];
  missing: ('source' | 'target')[];
}

const fieldKey = (field: ColumnField) => (field.kind === 'question' ? `question:${field.id}` : field.kind);

/** What each header names: a question id (own id, `_` for `-`), an alias, or nothing (a notice, once). */
export function mapColumns(data: AdvisorData, headers: readonly string[]): ColumnMap {
  const notices: Notice[] = [];
  const taken = new Map<string, string>();
  const fields = headers.map((header): ColumnField | undefined => {
    const key = headerKey(header);
    const alias = Object.hasOwn(COLUMN_ALIASES, key) ? COLUMN_ALIASES[key] : undefined;
    const field: ColumnField | { kind: 'ignored'; why: string } | undefined = Object.hasOwn(data.questions, key) ? { kind: 'question', id: key } : alias;
    if (!field) {
      if (key !== '') notices.push({ kind: 'unknown-column', column: header, message: `The column ${JSON.stringify(header)} is not a field fleet mode reads (name, source, target or a wizard question id), so it was ignored.` });
      return undefined;
    }
    if (field.kind === 'ignored') {
      notices.push({ kind: 'ignored-column', column: header, message: field.why });
      return undefined;
    }
    const first = taken.get(fieldKey(field));
    if (first !== undefined) {
      notices.push({ kind: 'duplicate-column', column: header, message: `The column ${JSON.stringify(header)} holds the same field as ${JSON.stringify(first)}, which comes first and was used; this one was ignored.` });
      return undefined;
    }
    taken.set(fieldKey(field), header);
    return field;
  });
  const missing = (['source', 'target'] as const).filter((kind) => !taken.has(kind));
  return { fields, headers: [...headers], notices, missing };
}
