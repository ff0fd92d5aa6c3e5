/**
 * A question's own rules (a range from min to max, each option value once, a default the question
 * takes) live in its schema: one parse reports them all, each at the path of the field that is wrong.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { questionSchema } from '../../../src/lib/schema/question.ts';

const NUMBER = { kind: 'number', prompt: 'How many hours?', order: 10, unit: 'hours', min: 0, max: 720 };
const CHOICE = { kind: 'choice', prompt: 'Which version?', order: 20, options: [{ value: 2014, label: '2014' }, { value: 2016, label: '2016' }] };

/** Each issue as path, input, expected and found: what the content report is built from. */
function issues(data: unknown) {
  const result = z.safeParse(questionSchema, data, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path,
    input: issue.input,
    ...(issue.code === 'custom' ? { expected: issue.params?.expected, found: issue.params?.found } : { code: issue.code }),
  }));
}

describe('question schema', () => {
  it('accepts questions that keep their rules', () => {
    expect(issues({ ...NUMBER, default: 4 })).toEqual([]);
    expect(issues({ ...CHOICE, default: 2016 })).toEqual([]);
    expect(issues({ kind: 'boolean', prompt: 'Preview?', order: 30, default: false })).toEqual([]);
    // A default at either end of the range fits.
    expect(issues({ ...NUMBER, default: 0 })).toEqual([]);
    expect(issues({ ...NUMBER, default: 720 })).toEqual([]);
  });

  it('reports a max not above min at max, naming min', () => {
    expect(issues({ ...NUMBER, min: 10, max: 10 })).toEqual([{ path: ['max'], input: 10, expected: 'a number greater than min (10)', found: undefined }]);
    expect(issues({ ...NUMBER, min: 10, max: 5 })).toEqual([{ path: ['max'], input: 5, expected: 'a number greater than min (10)', found: undefined }]);
  });

  it('reports a default outside the range at default', () => {
    expect(issues({ ...NUMBER, default: 1000 })).toEqual([{ path: ['default'], input: 1000, expected: 'a number from 0 to 720', found: undefined }]);
  });

  it('reports a default that is no option at default, listing the options', () => {
    expect(issues({ ...CHOICE, default: 2015 })).toEqual([{ path: ['default'], input: 2015, expected: 'one of 2014, 2016', found: undefined }]);
    // "2016" the text is not the option 2016 the number.
    expect(issues({ ...CHOICE, default: '2016' })).toEqual([{ path: ['default'], input: '2016', expected: 'one of 2014, 2016', found: undefined }]);
  });

  it('reports each repeated option value at the repeat, pointing at the first', () => {
    const options = [...CHOICE.options, { value: 2014, label: 'Again' }, { value: 2014, label: 'Thrice' }];
    expect(issues({ ...CHOICE, options })).toEqual([
      { path: ['options', 2, 'value'], input: 2014, expected: 'each option value once', found: 'also options[0].value' },
      { path: ['options', 3, 'value'], input: 2014, expected: 'each option value once', found: 'also options[0].value' },
    ]);
  });

  it('reports every broken rule of a question in one parse', () => {
    const options = [{ value: 'low', label: 'Low' }, { value: 'low', label: 'Also low' }];
    expect(issues({ ...CHOICE, options, default: 'high' }).map((i) => i.path)).toEqual([['options', 1, 'value'], ['default']]);
    expect(issues({ ...NUMBER, min: 5, max: 1, default: 3 }).map((i) => i.path)).toEqual([['max'], ['default']]);
  });

  it('checks the rules alongside a mistake in another field that still leaves the values typed', () => {
    expect(issues({ ...NUMBER, step: -1, default: 1000 })).toEqual([
      { path: ['step'], input: -1, code: 'too_small' },
      { path: ['default'], input: 1000, expected: 'a number from 0 to 720', found: undefined },
    ]);
  });

  it('leaves the rules unchecked while a value they compare has the wrong type', () => {
    expect(issues({ ...NUMBER, max: 'many', default: 1000 })).toEqual([{ path: ['max'], input: 'many', code: 'invalid_type' }]);
  });
});
