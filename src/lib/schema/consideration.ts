import { z } from 'zod';
import { citationsSchema } from './citation.ts';
import { conditionSchema } from './condition.ts';
import { lineSchema } from './primitives.ts';
import { selectorSchema } from './selector.ts';
import { SEVERITY_IDS } from './vocabulary.ts';

const considerationBase = {
  title: lineSchema(160),
  summary: lineSchema(300),
  severity: z.enum(SEVERITY_IDS),
  appliesTo: selectorSchema,
  /** When set, the advisor flags this only if the visitor's answers match. */
  when: conditionSchema.optional(),
  cite: citationsSchema,
};

/**
 * Limitations and prerequisites share one folder and one shape, told apart by `kind`. The body
 * says what it means and what to do about it. The file name is its id.
 */
export const considerationSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('limitation'), ...considerationBase }),
  z.strictObject({ kind: z.literal('prerequisite'), ...considerationBase }),
]);
export type ConsiderationData = z.output<typeof considerationSchema>;
