import { presetText } from '../advisor/question-field.ts';
import { orderedQuestionIds } from '../advisor/relevance.ts';
import type { AdvisorData } from '../advisor/types.ts';
import { acceptedInCell } from './cell-answer.ts';
import { COLUMN_ALIASES, type ColumnField } from './columns.ts';

/*
 * The inventory's format as the fleet page explains it, worked out at build time from the one
 * alias table (columns.ts) and the wizard's questions, so the page can never describe a column
 * fleet mode does not read, or miss one it does.
 */

export interface FormatColumn {
  /** The header fleet mode reads, as a person would write it. */
  column: string;
  /** Other headers read as this column (normalised: lower case, `-` for spaces and `_`). */
  aliases: string[];
  required: boolean;
  /** What the column is for: a sentence, or the wizard question's prompt. */
  holds: string;
  /** What a cell may hold. */
  accepts: string;
  /** What an empty cell stands for, or '' when nothing does. */
  preset: string;
  /** Whether the wizard asks it only of some pairs (a cell elsewhere is ignored, with a notice). */
  somePairs: boolean;
}

const PLATFORM_CELL = 'A platform id or its name, such as sql-server or SQL Server';

/** The aliases of a field, with what each one changes (a downtime in minutes). */
function aliasesOf(matches: (field: ColumnField) => boolean): string[] {
  return Object.entries(COLUMN_ALIASES).flatMap(([alias, field]) => {
    if (field.kind === 'ignored' || !matches(field)) return [];
    return [field.kind === 'question' && field.unit === 'minutes' ? `${alias} (in minutes)` : alias];
  });
}

/** Every column fleet mode reads, in the order a file would hold them: name, the pair, then the wizard's questions. */
export function formatColumns(data: AdvisorData): FormatColumn[] {
  const base = (kind: 'name' | 'source' | 'target', holds: string, accepts: string): FormatColumn => ({
    column: kind,
    // The field's own name is in the alias table too; it is the column, not another name for it.
    aliases: aliasesOf((f) => f.kind === kind).filter((a) => a !== kind),
    required: kind !== 'name',
    holds,
    accepts,
    preset: '',
    somePairs: false,
  });
  return [
    base('name', 'The database’s name, repeated in the results and exports', 'Any text'),
    base('source', 'Where the database is today', PLATFORM_CELL),
    base('target', 'Where it moves to', PLATFORM_CELL),
    ...orderedQuestionIds(data).map((id): FormatColumn => {
      const question = data.questions[id].data;
      return {
        column: id,
        aliases: aliasesOf((f) => f.kind === 'question' && f.id === id),
        required: false,
        holds: question.prompt,
        accepts: acceptedInCell(question),
        preset: presetText(question),
        somePairs: question.askFor !== undefined || question.askWhen !== undefined,
      };
    }),
  ];
}

/** Headers that look usable but are ignored, each with the sentence that says why. */
export function ignoredColumns(): { column: string; why: string }[] {
  return Object.entries(COLUMN_ALIASES).flatMap(([column, field]) => (field.kind === 'ignored' ? [{ column, why: field.why }] : []));
}
