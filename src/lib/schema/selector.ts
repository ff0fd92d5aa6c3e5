import { z } from 'zod';
import { idSchema } from './primitives.ts';
import { ENGINE_IDS, MODE_IDS } from './vocabulary.ts';

/**
 * Which scenarios something applies to. Every list given must match (AND); within a list any id
 * matches (OR); a list left out matches everything. `scenarios` names pairs outright.
 */
export const selectorSchema = z.strictObject({
  scenarios: z.array(idSchema).min(1).optional(),
  sources: z.array(idSchema).min(1).optional(),
  targets: z.array(idSchema).min(1).optional(),
  engines: z.array(z.enum(ENGINE_IDS)).min(1).optional(),
  tools: z.array(idSchema).min(1).optional(),
  modes: z.array(z.enum(MODE_IDS)).min(1).optional(),
});
export type Selector = z.output<typeof selectorSchema>;
