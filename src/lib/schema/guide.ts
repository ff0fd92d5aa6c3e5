import { z } from 'zod';
import { citationsSchema } from './citation.ts';
import { idSchema, lineSchema } from './primitives.ts';
import { selectorSchema } from './selector.ts';

/** A row of a side-by-side comparison of the two modes. */
const comparisonRowSchema = z.strictObject({
  area: lineSchema(120),
  offline: lineSchema(400),
  online: lineSchema(400),
  cite: citationsSchema,
});

/** A rule of thumb with an id, so the advisor can cite it as the reason for a recommendation. */
const ruleSchema = z.strictObject({
  id: idSchema,
  /** A few words a citation shows for the rule ("Offline when the copy fits the window"), instead of its id. */
  title: lineSchema(120).optional(),
  text: lineSchema(500),
  /** Where the rule holds (for example only where the source is replicated from); everywhere when absent. */
  appliesTo: selectorSchema.optional(),
  cite: citationsSchema,
});

/** A guide page such as the offline-versus-online comparison. The body is the prose. */
export const guideSchema = z.strictObject({
  title: lineSchema(160),
  summary: lineSchema(300),
  comparison: z.array(comparisonRowSchema).default([]),
  rules: z.array(ruleSchema).default([]),
});
export type GuideData = z.output<typeof guideSchema>;
