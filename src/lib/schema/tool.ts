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
 * A published timing table: how long the tool took to migrate databases of given sizes on a stated
 * target. The advisor reads it piecewise-linearly (benchmark.ts). Sizes in decimal GB, as the
 * documents write them; rows in increasing size, with times that never fall.
 */
export const benchmarkSchema = z
  .strictObject({
    setup: lineSchema(300),
    rows: z
      .array(z.strictObject({ gb: z.number().positive().max(1_000_000), minutes: z.number().positive().max(1_000_000) }))
      .min(2),
    cite: citationsSchema,
  })
  .check((ctx) => {
    ctx.value.rows.forEach((row, index) => {
      const before = ctx.value.rows[index - 1];
      if (before && (row.gb <= before.gb || row.minutes < before.minutes)) {
        ctx.issues.push({
          code: 'custom',
          message: `rows in increasing size with times that never fall (found ${row.gb} GB in ${row.minutes} min after ${before.gb} GB in ${before.minutes} min)`,
          input: row,
          path: ['rows', index],
        });
      }
    });
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
  benchmark: benchmarkSchema.optional(),
  preferredFor: preferenceSchema.optional(),
  lifecycle: lifecycleSchema,
  cite: citationsSchema,
});
export type ToolData = z.output<typeof toolSchema>;
