import { z } from 'zod';
import { citationsSchema } from './citation.ts';
import { lifecycleSchema } from './lifecycle.ts';
import { lineSchema } from './primitives.ts';
import { selectorSchema } from './selector.ts';

/**
 * A copy rate the tool's own documents publish, used by the advisor's copy-time estimate when it
 * is slower than the visitor's network.
 */
export const throughputSchema = z.strictObject({
  gbPerHour: z.number().positive().max(100_000),
  basis: lineSchema(300),
  cite: citationsSchema,
});

/**
 * Where the documents tell readers to prefer this tool over another that offers the same mode at
 * the same status: the matrix and the advisor then show it first.
 */
export const preferenceSchema = z.strictObject({
  appliesTo: selectorSchema,
  reason: lineSchema(300),
  cite: citationsSchema,
});

/** A migration tool or service. The file name is its id. */
export const toolSchema = z.strictObject({
  name: lineSchema(120),
  short: lineSchema(40).optional(),
  throughput: throughputSchema.optional(),
  preferredFor: preferenceSchema.optional(),
  lifecycle: lifecycleSchema,
  cite: citationsSchema,
});
export type ToolData = z.output<typeof toolSchema>;
