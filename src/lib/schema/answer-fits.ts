/**
 * Whether a value can answer a question: the one rule the question schema (a default), the content
 * validator (a condition's `equals` and `in`) and the advisor (a visitor's answer) all apply.
 */

/** What of a question decides which answers fit it; every QuestionData is one. */
export type AnswerSpec =
  | { kind: 'boolean' }
  | { kind: 'number'; min: number; max: number }
  | { kind: 'choice'; options: readonly { value: string | number }[] };

/** Why a value cannot answer a question; the names are the advisor's answer problem kinds. */
export type AnswerMisfit = 'not-a-boolean' | 'not-a-number' | 'out-of-range' | 'not-an-option';

/**
 * Why an already-typed value cannot answer `question`, or undefined when it can: a boolean for a
 * yes/no question, a finite number from min to max (inclusive) for a number question, one of the
 * option values (compared with ===, so the text "8" is not the option 8) for a choice. Reading
 * text as a value is the caller's part.
 */
export function answerMisfit(question: AnswerSpec, value: unknown): AnswerMisfit | undefined {
  switch (question.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'not-a-boolean';
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'not-a-number';
      return value >= question.min && value <= question.max ? undefined : 'out-of-range';
    case 'choice':
      return question.options.some((option) => option.value === value) ? undefined : 'not-an-option';
  }
}

export function answerFits(question: AnswerSpec, value: unknown): boolean {
  return answerMisfit(question, value) === undefined;
}

/** The answers a question takes, in the words of a content problem's "expected". */
export function describeAnswers(question: AnswerSpec): string {
  if (question.kind === 'boolean') return 'true or false';
  if (question.kind === 'number') return `a number from ${question.min} to ${question.max}`;
  return `one of ${question.options.map((o) => JSON.stringify(o.value)).join(', ')}`;
}
