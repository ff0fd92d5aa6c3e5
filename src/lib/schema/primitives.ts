import { z } from 'zod';
import { ISO_DATE, impossibleDateReason } from '../iso-date.ts';
import { lineTextProblem } from './text.ts';

/**
 * Rejects characters that would break a line, drive a terminal or reorder what a reader sees (see
 * text.ts). The message names the character and its position; `params` keeps expected and found
 * apart for the content report (check-shape.ts).
 */
function oneLine(ctx: z.core.ParsePayload<string>): void {
  const problem = lineTextProblem(ctx.value);
  if (problem) ctx.issues.push({ code: 'custom', message: `${problem.expected} (found ${problem.found})`, input: ctx.value, params: problem });
}

/** Lower-case kebab-case, the shape of every id and file name in `content/`. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case kebab-case id such as "sql-server"');

/**
 * One-line text: a title, name, label or summary, which pages, the JSON API and the CSV carry as
 * is. Bounded so a runaway paste fails loudly; free of control, bidi and invisible-only text.
 */
export const lineSchema = (max = 200) => z.string().trim().min(1).max(max).check(oneLine);

/**
 * A calendar date written as YYYY-MM-DD. YAML is parsed with the core schema, so dates arrive as
 * strings and an impossible date such as 2022-02-30 is caught here instead of rolling over. The
 * rule is the CLI's too (iso-date.ts); the pattern also reaches the editor's JSON Schema.
 */
export const isoDateSchema = z
  .string()
  .regex(ISO_DATE, 'a date written as YYYY-MM-DD')
  .check((ctx) => {
    const reason = impossibleDateReason(ctx.value);
    if (!reason) return;
    const problem = { expected: 'a real calendar date', found: reason };
    ctx.issues.push({ code: 'custom', message: `${problem.expected} (found ${reason})`, input: ctx.value, params: problem });
  });

/** A web address; only http(s) so that no `javascript:` or `data:` URL can reach a page. */
export const webUrlSchema = z.url({ protocol: /^https?$/, error: 'an http(s) address' }).check(oneLine);
