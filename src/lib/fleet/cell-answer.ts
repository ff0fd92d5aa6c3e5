import { describeAccepted, parseAnswer, type ParsedAnswer } from '../advisor/answers.ts';
import { parseDecimal } from '../advisor/decimal.ts';
import { isDuration, parseDuration } from '../advisor/duration.ts';
import type { QuestionData } from '../schema/question.ts';

/** What a cell for this question may hold, for an error's "expected". */
export function acceptedInCell(question: QuestionData, unit?: 'minutes'): string {
  if (unit === 'minutes') return 'a number of minutes, or a time such as 30 min or 1h30';
  if (isDuration(question)) return `${describeAccepted(question)}, or a time such as 30 min or 1h30`;
  if (question.kind === 'boolean') return 'true or false (yes or no)';
  return describeAccepted(question);
}

/** Spreadsheets write TRUE/FALSE and people write yes/no; the advisor reads true/false. */
const BOOLEAN_WORDS: Record<string, string> = { true: 'true', false: 'false', yes: 'true', no: 'false' };

/**
 * Reads one non-empty cell as an answer, by the advisor's own parser (answers.ts) after the few
 * readings a spreadsheet needs: a duration as the wizard's field reads it (duration.ts; a plain
 * decimal is taken exactly, as the wizard's address does, so the same number means the same
 * hours), minutes for a column named in minutes, true/false in any case or as yes/no, and a
 * choice by its value or its label in any case ("SQL Server 2019" or "2019").
 */
export function readCell(id: string, question: QuestionData, text: string, unit?: 'minutes'): ParsedAnswer {
  const cell = text.trim();
  if (unit === 'minutes') {
    const minutes = parseDecimal(cell);
    const hours = minutes !== undefined ? Math.round((minutes / 60) * 1e4) / 1e4 : parseDuration(cell);
    return parseAnswer(id, question, hours ?? cell);
  }
  if (isDuration(question)) return parseAnswer(id, question, parseDecimal(cell) ?? parseDuration(cell) ?? cell);
  if (question.kind === 'boolean') return parseAnswer(id, question, BOOLEAN_WORDS[cell.toLowerCase()] ?? cell);
  const direct = parseAnswer(id, question, cell);
  if (direct.ok || question.kind !== 'choice') return direct;
  const lower = cell.toLowerCase();
  const option = question.options.find((o) => String(o.value).toLowerCase() === lower || o.label.toLowerCase() === lower);
  return option ? parseAnswer(id, question, option.value) : direct;
}
