import { z } from 'zod';
import { citationsSchema } from './citation.ts';

/** A note attached to offerings, shown as a numbered marker in the matrix. Body: the note. */
export const footnoteSchema = z.strictObject({
  cite: citationsSchema,
});
export type FootnoteData = z.output<typeof footnoteSchema>;
