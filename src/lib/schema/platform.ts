import { z } from 'zod';
import { citationsSchema } from './citation.ts';
import { lifecycleSchema } from './lifecycle.ts';
import { lineSchema } from './primitives.ts';
import { ENGINE_IDS, HOSTING_IDS } from './vocabulary.ts';

/** A database platform that can be migrated from, to, or both. The file name is its id. */
export const platformSchema = z.strictObject({
  name: lineSchema(120),
  /** A short name for narrow table cells, e.g. "SQL MI". */
  short: lineSchema(40).optional(),
  engine: z.enum(ENGINE_IDS),
  hosting: z.enum(HOSTING_IDS),
  lifecycle: lifecycleSchema,
  cite: citationsSchema,
});
export type PlatformData = z.output<typeof platformSchema>;
