import { z } from 'zod';
import { answerFits, describeAnswers, type AnswerSpec } from './answer-fits.ts';
import { conditionSchema } from './condition.ts';
import { lineSchema } from './primitives.ts';
import { selectorSchema } from './selector.ts';

const optionSchema = z.strictObject({
  value: z.union([z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'a lower-case value such as "smb-share"'), z.number()]),
  label: lineSchema(120),
});

const questionBase = {
  prompt: lineSchema(200),
  /** Lower comes first. */
  order: z.number().int().min(0).max(10_000),
  /** The scenarios for which this question matters; left out, it is asked for every pair. */
  askFor: selectorSchema.optional(),
  /** Asked only when earlier answers match, e.g. the firewall question once backups are in Azure Storage. */
  askWhen: conditionSchema.optional(),
};

/**
 * An issue at `path` inside a question, with expected and found kept apart for the content report
 * (check-shape.ts): `input` is the value found there, `found` (when given) says what is wrong with it.
 */
function fieldIssue(ctx: z.core.ParsePayload, path: PropertyKey[], input: unknown, expected: string, found?: string): void {
  // `continue`: the question's other rules are still checked, so one parse reports them all.
  ctx.issues.push({ code: 'custom', path, input, message: found ? `${expected} (found ${found})` : expected, params: { expected, found }, continue: true });
}

/** A default the wizard starts from must be an answer the question takes. */
function checkDefault(ctx: z.core.ParsePayload<AnswerSpec & { default?: unknown }>): void {
  const question = ctx.value;
  if (question.default !== undefined && !answerFits(question, question.default)) fieldIssue(ctx, ['default'], question.default, describeAnswers(question));
}

/** A range the visitor can answer from: min below max. */
function checkRange(ctx: z.core.ParsePayload<{ min: number; max: number }>): void {
  const { min, max } = ctx.value;
  if (min >= max) fieldIssue(ctx, ['max'], max, `a number greater than min (${min})`);
}

/** Each option value once: an answer names one option. */
function checkOptions(ctx: z.core.ParsePayload<{ options: readonly { value: string | number }[] }>): void {
  const first = new Map<string | number, number>();
  ctx.value.options.forEach((option, index) => {
    const earlier = first.get(option.value);
    if (earlier === undefined) first.set(option.value, index);
    else fieldIssue(ctx, ['options', index, 'value'], option.value, 'each option value once', `also options[${earlier}].value`);
  });
}

/**
 * A question the wizard may ask, keyed by `kind`. The file name is its id; the body is the help
 * text shown beside it.
 */
export const questionSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({
      kind: z.literal('number'),
      ...questionBase,
      unit: lineSchema(30),
      min: z.number(),
      max: z.number(),
      step: z.number().positive().default(1),
      default: z.number().optional(),
    })
    .check(checkRange, checkDefault),
  z
    .strictObject({
      kind: z.literal('choice'),
      ...questionBase,
      options: z.array(optionSchema).min(2).max(30),
      default: z.union([z.string(), z.number()]).optional(),
    })
    .check(checkOptions, checkDefault),
  z.strictObject({
    kind: z.literal('boolean'),
    ...questionBase,
    default: z.boolean().optional(),
  }),
]);
export type QuestionData = z.output<typeof questionSchema>;
