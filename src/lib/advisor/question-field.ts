import type { QuestionData } from '../schema/question.ts';
import { formatDuration, isDuration } from './duration.ts';
import { formatNumber } from './format.ts';

/*
 * What a wizard question's field shows, worked out at build time for QuestionField.astro: the
 * options it offers, its preset in the field's own words, and the line of help under it.
 */

/** The answers a radio group or select offers, as the strings the form and the address hold. */
export function fieldOptions(question: QuestionData): { value: string; label: string }[] {
  if (question.kind === 'boolean') return [{ value: 'true', label: 'Yes' }, { value: 'false', label: 'No' }];
  if (question.kind === 'choice') return question.options.map((o) => ({ value: String(o.value), label: o.label }));
  return [];
}

/** The preset, in the words the field shows ("Yes", "4 h", "100"), or empty when there is none. */
export function presetText(question: QuestionData): string {
  if (question.default === undefined) return '';
  if (typeof question.default === 'boolean') return question.default ? 'Yes' : 'No';
  return question.kind === 'number' && isDuration(question) ? formatDuration(question.default) : String(question.default);
}

/** The accepted range (and, for a duration, the ways to write one) and the preset, in one short line. */
export function fieldHelp(question: QuestionData): string {
  const preset = presetText(question);
  const range =
    question.kind !== 'number'
      ? ''
      : isDuration(question)
        ? `In hours or minutes, such as 15 min, 1h30 or 2.5; up to ${formatNumber(question.max, 2)} hours.`
        : `From ${formatNumber(question.min, 2)} to ${formatNumber(question.max, 2)} ${question.unit}.`;
  return [range, preset && `Preset if left empty: ${preset}.`].filter(Boolean).join(' ');
}
