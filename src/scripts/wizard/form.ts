import { describeAccepted, parseAnswer } from '../../lib/advisor/answers.ts';
import { toDecimal } from '../../lib/advisor/decimal.ts';
import { formatDuration, isDuration, parseDuration } from '../../lib/advisor/duration.ts';
import type { AdvisorData, AnswerValues } from '../../lib/advisor/types.ts';

/** The pair and answers as the form holds them, plus a message for each field that cannot be used. */
export interface FormState {
  source: string;
  target: string;
  answers: AnswerValues;
  errors: Map<string, string>;
}

function control(form: HTMLFormElement, name: string) {
  return form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | RadioNodeList | null;
}

/**
 * Reads every question's field, checking it with the same parser the address goes through. A
 * duration ("15 min", "1h30") is first read as hours by duration.ts; the address keeps the hours.
 */
export function readForm(form: HTMLFormElement, data: AdvisorData): FormState {
  const value = (name: string) => {
    const field = control(form, name);
    return field ? field.value : '';
  };
  const state: FormState = { source: value('source'), target: value('target'), answers: {}, errors: new Map() };
  for (const id of Object.keys(data.questions)) {
    const question = data.questions[id].data;
    const field = control(form, id);
    if (field instanceof HTMLInputElement && field.validity.badInput) {
      state.errors.set(id, 'Enter a number, such as 4 or 2.5.');
      continue;
    }
    // A number field holds "1e-7" as a valid number; take the number it means, not its text.
    const raw = field instanceof HTMLInputElement && field.type === 'number' && Number.isFinite(field.valueAsNumber) ? field.valueAsNumber : value(id).trim();
    if (raw === '') continue;
    const parsed = parseAnswer(id, question, isDuration(question) ? (parseDuration(String(raw)) ?? raw) : raw);
    if (parsed.ok) state.answers[id] = parsed.value;
    else state.errors.set(id, `Enter ${describeAccepted(question)}${isDuration(question) ? ', or a time such as 15 min or 1h30' : ''}.`);
  }
  return state;
}

/**
 * Puts a pair and answers (from the address) into the form, a duration in the words the form
 * reads ("15 min" for 0.25 hours). Returns the names whose value the form has no option for (a
 * platform that is never a source or target here), reset to empty.
 */
export function writeForm(form: HTMLFormElement, data: AdvisorData, state: { source?: string; target?: string; answers: AnswerValues }): string[] {
  const rejected: string[] = [];
  const set = (name: string, text: string) => {
    const field = control(form, name);
    if (!field) return;
    field.value = text;
    if (field.value !== text) {
      rejected.push(name);
      field.value = '';
    }
  };
  set('source', state.source ?? '');
  set('target', state.target ?? '');
  for (const [id, answer] of Object.entries(state.answers)) {
    const question = data.questions[id]?.data;
    set(id, typeof answer !== 'number' ? String(answer) : question && isDuration(question) ? formatDuration(answer) : toDecimal(answer));
  }
  return rejected;
}
