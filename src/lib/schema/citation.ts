import { z } from 'zod';
import { idSchema, lineSchema } from './primitives.ts';

/**
 * A citation points at a document in `content/documents/`, optionally at a section of it.
 * Authors may write the bare document id; it is normalised once here so that pages and the
 * advisor always see `{ doc, section? }`.
 */
export const citationSchema = z
  .union([idSchema, z.strictObject({ doc: idSchema, section: lineSchema(200).optional() })])
  .transform((value) => (typeof value === 'string' ? { doc: value } : value));

export type Citation = z.output<typeof citationSchema>;

/** One citation or several; always a non-empty list after parsing. */
export const citationsSchema = z
  .union([citationSchema, z.array(citationSchema).min(1)])
  .transform((value) => (Array.isArray(value) ? value : [value]));
