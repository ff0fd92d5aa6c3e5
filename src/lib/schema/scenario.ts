import { z } from 'zod';
import { citationsSchema } from './citation.ts';
import { idSchema, isoDateSchema, lineSchema } from './primitives.ts';
import { MODE_IDS, STATUS_IDS } from './vocabulary.ts';

/**
 * One dated statement of an offering's status, as a document gave it. A later document adds an
 * entry; it never overwrites the earlier one, so the history stays visible.
 */
export const statusEntrySchema = z.strictObject({
  date: isoDateSchema,
  status: z.enum(STATUS_IDS),
  /**
   * `confirmation`: a later document repeats the status the entry before it gave, which changes
   * nothing and is not news (feeds skip it); `event` (the default): the status changed, or this is
   * the first statement. check-plausibility.ts holds authors to it, in both directions.
   */
  kind: z.enum(['event', 'confirmation']).default('event'),
  note: lineSchema(400).optional(),
  cite: citationsSchema,
});
export type StatusEntry = z.output<typeof statusEntrySchema>;

/** What one tool offers for this pair in one mode, with its status history (oldest first). */
export const offeringSchema = z.strictObject({
  mode: z.enum(MODE_IDS),
  tool: idSchema,
  /**
   * The tool's name as this offering's documents give it, when they name it differently from the
   * tool's own page (the PostgreSQL online path is "DMS (classic)" in its known-issues page).
   * Wording only: lifecycle and limits still come from `tool`.
   */
  documentedAs: lineSchema(80).optional(),
  footnotes: z.array(idSchema).default([]),
  /** Oldest first; the order is checked with the other dates (check-plausibility.ts), entry by entry. */
  history: z.array(statusEntrySchema).min(1),
});
export type OfferingData = z.output<typeof offeringSchema>;

/**
 * A source → target pair. The file must be named `<source>-to-<target>.md`, which is also its id
 * and its address on the site.
 */
export const scenarioSchema = z.strictObject({
  source: idSchema,
  target: idSchema,
  /** When a person last checked this scenario against its documents. */
  reviewed: isoDateSchema,
  offerings: z.array(offeringSchema).min(1),
  /**
   * Other scenarios a reader of this one should know about, such as a row of a document that the
   * dataset splits into two scenarios because the source is named two ways.
   */
  related: z
    .array(z.strictObject({ scenario: idSchema, reason: lineSchema(300), cite: citationsSchema }))
    .default([]),
});
export type ScenarioData = z.output<typeof scenarioSchema>;
