import type { AdvisorData } from './types.ts';

/*
 * The advisor data the wizard page carries in a `<script type="application/json">` element:
 * written at build time (Wizard.astro) and read back by the page's script (wizard.ts).
 */

/**
 * JSON for a `<script type="application/json">` element: `<` is escaped so no value can close
 * the element or open a comment, whatever the content holds.
 */
export function toEmbeddedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The collections of AdvisorData, each an object keyed by id. */
const COLLECTIONS = ['platforms', 'tools', 'scenarios', 'considerations', 'questions', 'guides', 'documents', 'footnotes'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads the embedded advisor data back, checking its shape far enough that a page and script out
 * of step (or a cut-off element) fail here, with a message saying what is wrong, rather than later
 * as a wrong answer or a TypeError deep inside the advisor: it must be JSON holding every
 * collection of AdvisorData as an object. Throws an Error.
 */
export function parseAdvisorData(json: string): AdvisorData {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new Error(`The wizard's embedded data is not JSON (${error}); rebuild the site.`);
  }
  const missing = COLLECTIONS.filter((name) => !isRecord(isRecord(value) ? value[name] : undefined));
  if (missing.length > 0) throw new Error(`The wizard's embedded data has no ${missing.join(', ')}; rebuild the site.`);
  return value as AdvisorData;
}
