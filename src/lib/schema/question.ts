import { z } from 'zod';
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
 * A question the wizard may ask, keyed by `kind`. The file name is its id; the body is the help
 * text shown beside it.
 */
export const questionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('number'),
    ...questionBase,
    unit: lineSchema(30),
    min: z.number(),
    max: z.number(),
    step: z.number().positive().default(1),
    default: z.number().optional(),
  }),
  z.strictObject({
    kind: z.literal('choice'),
    ...questionBase,
    options: z.array(optionSchema).min(2).max(30),
    default: z.union([z.string(), z.number()]).optional(),
  }),
  z.strictObject({
    kind: z.literal('boolean'),
    ...questionBase,
    default: z.boolean().optional(),
  }),
]);
export type QuestionData = z.output<typeof questionSchema>;
