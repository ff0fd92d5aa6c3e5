import { orderedQuestionIds } from '../advisor/relevance.ts';
import type { AdvisorData } from '../advisor/types.ts';
import { toDecimal } from '../advisor/decimal.ts';
import { acceptedInCell } from './cell-answer.ts';
import { COLUMN_ALIASES } from './columns.ts';

/** One field an inventory can hold, under its own header and the other names it goes by. */
export interface InventoryColumn {
  /** The header to write: name, source, target or the question's id. */
  id: string;
  /** Other headers read as this field (columns.ts), with the unit when it differs. */
  aliases: { header: string; unit?: 'minutes' }[];
  /** What a cell holds, and what an empty one means. */
  cell: string;
  required: boolean;
}

const PLATFORM_CELL = 'a platform id or name, such as sql-server or Azure SQL Managed Instance';

/**
 * Every column fleet mode reads, in the order a reader needs them: the database's name and pair,
 * then the wizard's questions in the wizard's order. Read off COLUMN_ALIASES and the questions,
 * so `--help` can never list a column the parser does not read, or miss one it does.
 */
export function inventoryColumns(data: AdvisorData): InventoryColumn[] {
  const aliasesOf = (matches: (field: (typeof COLUMN_ALIASES)[string]) => boolean) =>
    Object.entries(COLUMN_ALIASES)
      .filter(([header, field]) => matches(field) && field.kind !== 'ignored' && !['name', 'source', 'target'].includes(header))
      .map(([header, field]) => ({ header, ...(field.kind === 'question' && field.unit && { unit: field.unit }) }));
  const questions = orderedQuestionIds(data).map((id): InventoryColumn => {
    const question = data.questions[id].data;
    const preset = question.default === undefined ? 'unanswered, as when the wizard\u2019s field is left empty' : `the preset ${typeof question.default === 'number' ? toDecimal(question.default) : String(question.default)}`;
    return { id, aliases: aliasesOf((f) => f.kind === 'question' && f.id === id), cell: `${acceptedInCell(question)}; empty: ${preset}`, required: false };
  });
  return [
    { id: 'name', aliases: aliasesOf((f) => f.kind === 'name'), cell: 'the database\u2019s name, shown beside its advice', required: false },
    { id: 'source', aliases: aliasesOf((f) => f.kind === 'source'), cell: `the platform migrated from: ${PLATFORM_CELL}`, required: true },
    { id: 'target', aliases: aliasesOf((f) => f.kind === 'target'), cell: `the platform migrated to: ${PLATFORM_CELL}`, required: true },
    ...questions,
  ];
}

/** Headers that look usable but are ignored on purpose, with why (columns.ts). */
export function ignoredColumns(): { header: string; why: string }[] {
  return Object.entries(COLUMN_ALIASES).flatMap(([header, field]) => (field.kind === 'ignored' ? [{ header, why: field.why }] : []));
}
