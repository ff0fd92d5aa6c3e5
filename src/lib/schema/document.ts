import { z } from 'zod';
import { isoDateSchema, lineSchema, webUrlSchema } from './primitives.ts';

/** A source document that facts cite: its title, address and the date it carries. */
export const documentSchema = z.strictObject({
  title: lineSchema(300),
  url: webUrlSchema,
  date: isoDateSchema,
  publisher: lineSchema(100).default('Microsoft Learn'),
  /** The seed file in `shared/seeds/` this document was taken from, when there is one. */
  seed: lineSchema(100).optional(),
});
export type DocumentData = z.output<typeof documentSchema>;
