import { z } from 'zod';
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
 * strings and an impossible date such as 2022-02-30 is caught here instead of rolling over.
 */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written as YYYY-MM-DD')
  .refine((value) => {
    const [year, month, day] = value.split('-').map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, 'a real calendar date');

/** A web address; only http(s) so that no `javascript:` or `data:` URL can reach a page. */
export const webUrlSchema = z.url({ protocol: /^https?$/, error: 'an http(s) address' }).check(oneLine);
