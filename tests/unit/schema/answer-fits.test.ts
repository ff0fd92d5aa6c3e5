import { describe, expect, it } from 'vitest';
import { answerFits, answerMisfit, describeAnswers, type AnswerSpec } from '../../../src/lib/schema/answer-fits.ts';

const yesNo: AnswerSpec = { kind: 'boolean' };
const hours: AnswerSpec = { kind: 'number', min: 0, max: 720 };
const version: AnswerSpec = { kind: 'choice', options: [{ value: 2014 }, { value: 2016 }, { value: 'latest' }] };

describe('answerMisfit and answerFits', () => {
  it('takes a boolean for a yes/no question, nothing else', () => {
    expect(answerMisfit(yesNo, true)).toBeUndefined();
    expect(answerMisfit(yesNo, false)).toBeUndefined();
    for (const value of ['true', 1, 0, null, undefined]) expect(answerMisfit(yesNo, value)).toBe('not-a-boolean');
  });

  it('takes a finite number from min to max, both included, for a number question', () => {
    for (const value of [0, 4, 719.5, 720]) expect(answerMisfit(hours, value)).toBeUndefined();
    for (const value of [-1, 720.01, 1e9]) expect(answerMisfit(hours, value)).toBe('out-of-range');
    for (const value of ['4', Number.NaN, Number.POSITIVE_INFINITY, true, null]) expect(answerMisfit(hours, value)).toBe('not-a-number');
  });

  it('takes exactly an option value for a choice, compared by type as well', () => {
    for (const value of [2014, 2016, 'latest']) expect(answerMisfit(version, value)).toBeUndefined();
    for (const value of ['2014', 2015, 'Latest', true, undefined]) expect(answerMisfit(version, value)).toBe('not-an-option');
  });

  it('answerFits is answerMisfit finding nothing', () => {
    for (const [question, value] of [[hours, 4], [hours, 721], [version, '2014'], [yesNo, false]] as const) {
      expect(answerFits(question, value)).toBe(answerMisfit(question, value) === undefined);
    }
  });
});

describe('describeAnswers', () => {
  it('says what each kind of question takes', () => {
    expect(describeAnswers(yesNo)).toBe('true or false');
    expect(describeAnswers(hours)).toBe('a number from 0 to 720');
    expect(describeAnswers(version)).toBe('one of 2014, 2016, "latest"');
  });
});
