import { z } from 'zod';
import { citationsSchema } from './citation.ts';
import { idSchema, isoDateSchema, lineSchema } from './primitives.ts';
import { selectorSchema } from './selector.ts';
import { LIFECYCLE_EVENT_IDS } from './vocabulary.ts';

/**
 * A dated event in the life of a platform or tool. Unlike other dates, a lifecycle date may lie in
 * the future: retirements are announced ahead of time.
 */
export const lifecycleEventSchema = z.strictObject({
  event: z.enum(LIFECYCLE_EVENT_IDS),
  date: isoDateSchema,
  /** The platform or tool that replaces this one (an id in the same collection). */
  successor: idSchema.optional(),
  /**
   * The scenarios the event is about, when it is not about all of them: DMS (classic) retired for
   * its SQL Server scenarios only. Without it the event covers every use of the platform or tool.
   */
  appliesTo: selectorSchema.optional(),
  /** For `ended-with-host`: the product it ran inside, as the documents name it. */
  host: lineSchema(80).optional(),
  note: lineSchema(400).optional(),
  cite: citationsSchema,
});
export type LifecycleEventData = z.output<typeof lifecycleEventSchema>;

export const lifecycleSchema = z.array(lifecycleEventSchema).default([]);
