import { cutCodePoints, shorten } from './code-points.ts';
import type { AnswerProblem, AnswerProblemKind } from './types.ts';

/** Long or hostile values are cut before they reach a message; messages are only ever shown as text. */
const MAX_SHOWN = 60;

export function shown(value: string): string {
  return JSON.stringify(shorten(value, MAX_SHOWN));
}

/**
 * One catalogue of what can be wrong with a wizard answer, with the words a visitor reads: what
 * was found, why it cannot be used, and what happened instead (it was ignored).
 */
const MESSAGES: Record<AnswerProblemKind, (param: string, value: string, expected: string) => string> = {
  'unknown-question': (param) => `${shown(param)} is not one of the wizard's questions, so its value was ignored.`,
  'unknown-platform': (param, value, expected) =>
    `${shown(value)} is not a platform this site knows, so the ${param} was left unset.${expected ? ` Did you mean ${shown(expected)}?` : ''}`,
  'not-offered': (param, value) => `${shown(value)} is never a ${param} in the migrations this site lists, so the ${param} was left unset.`,
  'same-platform': (_param, value) => `The target ${shown(value)} is the same as the source, so the target was left unset.`,
  'not-a-number': (param, value, expected) => `${shown(param)} needs ${expected}, not ${shown(value)}; the value was ignored.`,
  'out-of-range': (param, value, expected) => `${shown(param)} needs ${expected}; ${shown(value)} is outside that range and was ignored.`,
  'not-an-option': (param, value, expected) => `${shown(param)} needs ${expected}; ${shown(value)} is not one of them and was ignored.`,
  'not-a-boolean': (param, value) => `${shown(param)} needs true or false, not ${shown(value)}; the value was ignored.`,
  repeated: (param) => `${shown(param)} is given more than once; the first value was used.`,
  'too-many': (_param, _value, expected) => `The address holds more than ${expected} values; the rest were ignored.`,
  'bad-date': (param, value, expected) => `The ${param} date ${shown(value)} ${expected}, so today's date was used instead.`,
  'unreadable-answers': (_param, value) => `The answers, ${shown(value)}, are not question ids with values, so none of them was used.`,
};

export function answerProblem(kind: AnswerProblemKind, param: string, value: string, expected = ''): AnswerProblem {
  return {
    kind,
    param: cutCodePoints(param, MAX_SHOWN),
    value: cutCodePoints(value, MAX_SHOWN),
    message: MESSAGES[kind](param, value, expected),
  };
}
