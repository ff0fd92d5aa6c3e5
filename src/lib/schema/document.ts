import { z } from 'zod';
import { isoDateSchema, lineSchema, webUrlSchema } from './primitives.ts';

/** A source document that facts cite: its title, address and the date it carries. */
export const documentSchema = z.strictObject({
  title: lineSchema(300),
  /**
   * Where the cited text can be read as it was: for a page that has changed since, a dated commit
   * of its source repository; otherwise the page itself.
   */
  url: webUrlSchema,
  /** The live page, when `url` is a dated copy of it. */
  liveUrl: webUrlSchema.optional(),
  date: isoDateSchema,
  publisher: lineSchema(100).default('Microsoft Learn'),
  /** The seed file in `shared/seeds/` this document was taken from, when there is one. */
  seed: lineSchema(100).optional(),
});
export type DocumentData = z.output<typeof documentSchema>;
