import { scenarioId } from '../data/dataset.ts';
import { questionsAskedOf, relevantQuestions } from '../advisor/relevance.ts';
import type { AdvisorData, AnswerValues } from '../advisor/types.ts';
import { acceptedInCell, readCell } from './cell-answer.ts';
import { mapColumns, type ColumnField, type ColumnMap } from './columns.ts';
import { readCsv, type CsvRecord } from './csv.ts';
import { countLines, MAX_BYTES, MAX_ROWS, utf8Bytes } from './limits.ts';
import { lookUpPlatform } from './platform-lookup.ts';
import { fileError, rowError } from './problems.ts';
import type { InventoryRow, Notice, ParsedInventory, RowError } from './types.ts';

const PLATFORM_WORDS = 'a platform id or name, such as sql-server or Azure SQL Managed Instance';

/**
 * Reads an inventory: CSV text (the caller reads the file) with a header row naming `source`,
 * `target`, optionally `name`, and any wizard question ids (columns.ts). Checks size and line count
 * before parsing. Never throws: what stops the whole file is a file error (and no rows), what is
 * wrong with a row is that row's error, and what was ignored is a notice, given once.
 */
export function parseInventory(text: string, data: AdvisorData): ParsedInventory {
  const bytes = utf8Bytes(text);
  if (bytes > MAX_BYTES) {
    return failed(fileError('too-large', `The inventory is ${formatCount(bytes)} bytes; at most ${formatCount(MAX_BYTES)} bytes (20 MB) are read. Split it into smaller files.`));
  }
  const lines = countLines(text);
  if (lines > MAX_ROWS + 1) {
    return failed(fileError('too-many-rows', `The inventory has ${formatCount(lines)} lines; at most ${formatCount(MAX_ROWS)} rows and a header are read. Split it into smaller files.`));
  }
  const { header, records } = readCsv(text);
  if (!header) return failed(fileError('empty', 'The inventory is empty: it needs a header row naming the columns source and target, then one row per database.'));
  const columns = mapColumns(data, header.cells);
  if (columns.missing.length > 0) {
    const found = header.cells.filter((h) => h.trim() !== '').map((h) => JSON.stringify(h)).join(', ') || 'no names';
    return failed(
      fileError('missing-column', `The header row has no ${columns.missing.join(' or ')} column (it has ${found}); fleet mode needs source and target to know which migration each row is.`),
      columns.notices,
    );
  }
  const rows = records.map((record) => readRow(data, columns, record));
  return { rows, notices: [...columns.notices, ...notApplicableNotices(columns, rows)], fileErrors: [] };
}

function failed(error: ParsedInventory['fileErrors'][number], notices: Notice[] = []): ParsedInventory {
  return { rows: [], notices, fileErrors: [error] };
}

const formatCount = (n: number) => n.toLocaleString('en-US');

/** One record as a row: its pair, its valid answers that apply, and every problem, all at once. */
function readRow(data: AdvisorData, columns: ColumnMap, record: CsvRecord): InventoryRow {
  const { line, cells } = record;
  const errors: RowError[] = [];
  if (record.quoteProblem) errors.push(rowError('bad-quotes', line, '', 'a closing quote before the next separator or line end', record.quoteProblem));
  const extra = cells.slice(columns.fields.length).filter((c) => c.trim() !== '');
  if (extra.length > 0) errors.push(rowError('extra-cells', line, '', String(columns.fields.length), String(cells.length)));

  const cellOf = (kind: ColumnField['kind']) => {
    const at = columns.fields.findIndex((f) => f?.kind === kind);
    return { header: columns.headers[at] ?? kind, text: (cells[at] ?? '').trim() };
  };
  const source = platformCell(data, cellOf('source'), line, errors);
  const target = platformCell(data, cellOf('target'), line, errors);
  let pairKnown = false;
  if (source.id && target.id) {
    pairKnown = Object.hasOwn(data.scenarios, scenarioId(source.id, target.id));
    if (!pairKnown) {
      const why = source.id === target.id ? 'Source and target are the same platform.' : 'Choose another target for this source (the site lists the pairs it describes).';
      errors.push(rowError('no-scenario', line, '', why, `${source.id} → ${target.id}`));
    }
  }

  // Every answer cell is read first; which apply is decided from the valid ones, as the wizard does.
  const answers: AnswerValues = {};
  const invalid = new Map<string, RowError>();
  const given: string[] = [];
  const pair = pairKnown ? { source: source.id, target: target.id } : {};
  // A cell for a question never asked of this pair cannot apply, whatever it holds: noted, not read.
  const askable = new Set(questionsAskedOf(data, pair));
  columns.fields.forEach((field, at) => {
    const text = (cells[at] ?? '').trim();
    if (field?.kind !== 'question' || text === '' || !Object.hasOwn(data.questions, field.id)) return;
    const question = data.questions[field.id].data;
    given.push(field.id);
    if (!askable.has(field.id)) return;
    const parsed = readCell(field.id, question, text, field.unit);
    if (parsed.ok) answers[field.id] = parsed.value;
    else invalid.set(field.id, rowError('invalid-answer', line, columns.headers[at], acceptedInCell(question, field.unit), text));
  });
  // With an unknown pair only the questions asked of every pair are known to apply.
  const relevant = new Set(relevantQuestions(data, pair, answers));
  const kept: AnswerValues = {};
  for (const id of given) {
    if (!relevant.has(id)) continue;
    const problem = invalid.get(id);
    if (problem) errors.push(problem);
    else kept[id] = answers[id];
  }
  const notApplicable = pairKnown ? given.filter((id) => !relevant.has(id)) : [];
  return {
    line,
    name: cellOf('name').text,
    source: source.id ?? source.text,
    target: target.id ?? target.text,
    advisable: pairKnown && errors.length === 0,
    answers: kept,
    notApplicable,
    errors,
  };
}

function platformCell(data: AdvisorData, cell: { header: string; text: string }, line: number, errors: RowError[]): { id?: string; text: string } {
  if (cell.text === '') {
    errors.push(rowError('missing-platform', line, cell.header, PLATFORM_WORDS, ''));
    return { text: '' };
  }
  const found = lookUpPlatform(data, cell.text);
  if (found.ok) return { id: found.id, text: cell.text };
  if (found.ambiguous.length > 0) errors.push(rowError('ambiguous-platform', line, cell.header, found.ambiguous.join(' or '), cell.text));
  else errors.push(rowError('unknown-platform', line, cell.header, found.suggestion ?? '', cell.text));
  return { text: cell.text };
}

/** "sql-server-version ignored on 3 rows where it does not apply": once per question, for the whole file. */
function notApplicableNotices(columns: ColumnMap, rows: readonly InventoryRow[]): Notice[] {
  // One pass over the rows, not one per column: a large file has many of both.
  const linesOf = new Map<string, number[]>();
  for (const row of rows) {
    for (const id of row.notApplicable) {
      const lines = linesOf.get(id);
      if (lines) lines.push(row.line);
      else linesOf.set(id, [row.line]);
    }
  }
  const notices: Notice[] = [];
  columns.fields.forEach((field, at) => {
    if (field?.kind !== 'question') return;
    const lines = linesOf.get(field.id) ?? [];
    if (lines.length === 0) return;
    const header = columns.headers[at];
    const rowsWord = lines.length === 1 ? '1 row' : `${formatCount(lines.length)} rows`;
    notices.push({
      kind: 'not-applicable',
      column: header,
      lines,
      message: `${header} ignored on ${rowsWord} where it does not apply to the row's source and target (the wizard does not ask it there).`,
    });
  });
  return notices;
}
