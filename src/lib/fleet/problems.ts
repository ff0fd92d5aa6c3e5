import { cutCodePoints } from '../advisor/code-points.ts';
import type { FileError, FileErrorKind, RowError, RowErrorKind } from './types.ts';

/** A cell is quoted back to the reader at most this long, so one huge cell cannot flood a report. */
const MAX_FOUND = 60;

const quoted = (text: string) => JSON.stringify(cutCodePoints(text, MAX_FOUND));

/**
 * One catalogue of what can be wrong with a row, with the words a reader sees: what was found
 * where, what was expected, and what happened (the row was not advised; the others were).
 */
const ROW_MESSAGES: Record<RowErrorKind, (e: { line: number; column: string; expected: string; found: string }) => string> = {
  'missing-platform': (e) => `Line ${e.line}: the ${e.column} cell is empty; it needs ${e.expected}. The row was not advised.`,
  'unknown-platform': (e) => `Line ${e.line}: ${e.column} ${quoted(e.found)} is not a platform this site knows${e.expected ? `; did you mean "${e.expected}"?` : '.'} The row was not advised.`,
  'ambiguous-platform': (e) => `Line ${e.line}: ${e.column} ${quoted(e.found)} names more than one platform (${e.expected}); give its id. The row was not advised.`,
  'no-scenario': (e) => `Line ${e.line}: no documented migration goes ${e.found}, so there is nothing to advise. ${e.expected} The row was not advised.`,
  'invalid-answer': (e) => `Line ${e.line}: ${e.column} needs ${e.expected}, not ${quoted(e.found)}. The row was not advised; fix the cell or leave it empty for the preset.`,
  'extra-cells': (e) => `Line ${e.line}: the row has ${e.found} cells but the header has ${e.expected}; an unquoted comma or semicolon in a name splits it. The row was not advised.`,
  'bad-quotes': (e) => `Line ${e.line}: a quoted cell is not closed as CSV expects (${e.found}); every cell after it may be read wrongly. The row was not advised.`,
};

export function rowError(kind: RowErrorKind, line: number, column: string, expected: string, found: string): RowError {
  const cut = cutCodePoints(found, MAX_FOUND);
  return { kind, line, column, expected, found: cut, message: ROW_MESSAGES[kind]({ line, column, expected, found }) };
}

export function fileError(kind: FileErrorKind, message: string): FileError {
  return { kind, message };
}
