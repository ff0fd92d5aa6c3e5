import type { AnswerValues } from './types.ts';

/**
 * An empty record of answers to fill in. It has no prototype, so V8 keeps it as a plain
 * dictionary: a visitor answers any subset of the questions, and an ordinary object would get a
 * new hidden class for each subset and order it met, which took as long as the rest of reading the
 * answers. Read it as any record (Object.hasOwn, [id], Object.entries); no question id is a name
 * from Object.prototype that could be missed.
 */
export function answerRecord(): AnswerValues {
  return Object.create(null) as AnswerValues;
}
