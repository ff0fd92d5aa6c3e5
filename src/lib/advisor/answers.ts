import type { AnswerValue } from '../schema/condition.ts';
import { answerMisfit } from '../schema/answer-fits.ts';
import type { QuestionData } from '../schema/question.ts';
import { answerRecord } from './answer-record.ts';
import { isUndescribedSamePlatformMove } from './applies.ts';
import { parseDecimal, toDecimal } from './decimal.ts';
import { answerProblem } from './problems.ts';
import type { AdvisorData, AnswerProblem, AnswerValues } from './types.ts';
import { MAX_PARAMS, readParams } from './url-params.ts';
import { valueText } from './value-text.ts';

/** Parameters that are not questions: the pair itself. */
export const PAIR_PARAMS = ['source', 'target'] as const;
const isPairParam = (key: string): key is (typeof PAIR_PARAMS)[number] => (PAIR_PARAMS as readonly string[]).includes(key);

export type ParsedAnswer = { ok: true; value: AnswerValue } | { ok: false; problem: AnswerProblem };

/** The words that describe what a question accepts, for messages and the CLI's --help. */
export function describeAccepted(question: QuestionData): string {
  if (question.kind === 'boolean') return 'true or false';
  if (question.kind === 'number') return `a number from ${toDecimal(question.min)} to ${toDecimal(question.max)} ${question.unit}`;
  return `one of ${question.options.map((o) => (typeof o.value === 'number' ? toDecimal(o.value) : o.value)).join(', ')}`;
}

/**
 * Checks one answer against its question. Accepts the text of a query string or CLI argument, or
 * an already-typed value; returns the typed value or a problem, never throws, whatever `raw` is.
 */
export function parseAnswer(id: string, question: QuestionData, raw: unknown): ParsedAnswer {
  // Only text, numbers and booleans can be answers; anything else is described, never converted.
  const typed = typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean';
  // The value as text, worked out only where it is read (most answers arrive typed and fit).
  const text = () => (typeof raw === 'string' ? raw.trim() : valueText(raw));
  const fail = (kind: AnswerProblem['kind']): ParsedAnswer => ({ ok: false, problem: answerProblem(kind, id, text(), describeAccepted(question)) });
  const gate = (value: unknown): ParsedAnswer => {
    const misfit = answerMisfit(question, value);
    return misfit ? fail(misfit) : { ok: true, value: value as AnswerValue };
  };
  // Reading the text as a value is this function's part; whether the value fits is answer-fits.ts's.
  // A boolean reads as itself, and a number's text is never "true" or "false": only text is read.
  if (question.kind === 'boolean') {
    const said = typeof raw === 'string' ? text() : undefined;
    return gate(said === 'true' || said === 'false' ? said === 'true' : raw);
  }
  if (question.kind === 'number') return gate(typeof raw === 'number' ? raw : typeof raw === 'string' ? (parseDecimal(text()) ?? Number.NaN) : Number.NaN);
  if (!typed) return fail('not-an-option');
  // Choice: option values may be numbers (versions); "8", "8.0" and 8 all name the option 8.
  const said = text();
  const byText = optionsByText(question.options);
  if (byText.has(said)) return gate(byText.get(said));
  const number = parseDecimal(said);
  const option = number !== undefined ? question.options.find((o) => typeof o.value === 'number' && o.value === number) : undefined;
  return gate(option?.value);
}

type OptionValue = Extract<QuestionData, { kind: 'choice' }>['options'][number]['value'];

/** Each option list's values by their text, the first option of each text; made once per list, which never changes. */
const optionTexts = new WeakMap<readonly { value: OptionValue }[], Map<string, OptionValue>>();

function optionsByText(options: readonly { value: OptionValue }[]): Map<string, OptionValue> {
  let found = optionTexts.get(options);
  if (!found) {
    found = new Map();
    for (const o of options) if (!found.has(String(o.value))) found.set(String(o.value), o.value);
    optionTexts.set(options, found);
  }
  return found;
}

/**
 * Checks typed answers (from a test, the CLI or the page) and keeps only the valid ones. `values`
 * may be anything a caller passes; what cannot be read as question ids and values is reported.
 */
export function validateAnswers(data: AdvisorData, values: unknown): { answers: AnswerValues; problems: AnswerProblem[] } {
  const answers = answerRecord();
  const problems: AnswerProblem[] = [];
  const entries = ownEntries(values);
  if (!entries) return { answers, problems: [answerProblem('unreadable-answers', 'answers', valueText(values))] };
  for (const [id, raw] of entries) {
    if (!Object.hasOwn(data.questions, id)) {
      problems.push(answerProblem('unknown-question', id, valueText(raw)));
      continue;
    }
    const parsed = parseAnswer(id, data.questions[id].data, raw);
    if (parsed.ok) answers[id] = parsed.value;
    else problems.push(parsed.problem);
  }
  return { answers, problems };
}

/** An object's own entries; none for null or undefined; undefined when they cannot be read. */
function ownEntries(values: unknown): [string, unknown][] | undefined {
  if (values === undefined || values === null) return [];
  if (typeof values !== 'object') return undefined;
  try {
    // Runs getters and proxy traps, which may throw.
    return Object.entries(values);
  } catch {
    return undefined;
  }
}

export interface ParsedQuery {
  source?: string;
  target?: string;
  answers: AnswerValues;
  problems: AnswerProblem[];
}

/**
 * Reads a wizard address (`?source=…&target=…&downtime-hours=4`). Anything it cannot use, such as
 * an unknown id, an out-of-range number or markup in a value, becomes a problem to show as text
 * and is otherwise ignored. Never throws.
 */
export function parseQuery(
  data: AdvisorData,
  query: string | URLSearchParams,
  suggest?: (unknown: string, known: string[]) => string | undefined,
): ParsedQuery {
  const { params, cut } = readParams(query);
  const result: ParsedQuery = { answers: {}, problems: [] };
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (value.trim() === '') continue;
    if (seen.has(key)) {
      result.problems.push(answerProblem('repeated', key, value));
      continue;
    }
    seen.add(key);
    if (isPairParam(key)) {
      readPlatform(data, key, value.trim(), result, suggest);
      continue;
    }
    if (!Object.hasOwn(data.questions, key)) {
      result.problems.push(answerProblem('unknown-question', key, value));
      continue;
    }
    const parsed = parseAnswer(key, data.questions[key].data, value);
    if (parsed.ok) result.answers[key] = parsed.value;
    else result.problems.push(parsed.problem);
  }
  if (cut) result.problems.push(answerProblem('too-many', cut[0], cut[1], String(MAX_PARAMS)));
  if (isUndescribedSamePlatformMove(data, result.source, result.target)) {
    result.problems.push(answerProblem('same-platform', 'target', result.target));
    result.target = undefined;
  }
  return result;
}

function readPlatform(
  data: AdvisorData,
  key: 'source' | 'target',
  value: string,
  result: ParsedQuery,
  suggest?: (unknown: string, known: string[]) => string | undefined,
): void {
  if (Object.hasOwn(data.platforms, value)) {
    result[key] = value;
    return;
  }
  const hint = suggest?.(value, Object.keys(data.platforms)) ?? '';
  result.problems.push(answerProblem('unknown-platform', key, value, hint));
}
