import yaml from 'js-yaml';
import { problem, type Problem } from './content-problems.ts';

/**
 * How many values front matter may expand to, counting every alias as a full copy. Real files
 * have a few hundred; an anchor "billion laughs" file has billions and is refused here.
 */
const MAX_EXPANDED_VALUES = 20_000;

class ExpansionError extends Error {}

/**
 * YAML is parsed with the core schema (no timestamps, so dates stay strings and an impossible
 * date is caught by the schema instead of rolling over); js-yaml rejects duplicate keys and
 * nesting deeper than 100.
 */
function parseYaml(source: string): unknown {
  const data = yaml.load(source, { schema: yaml.CORE_SCHEMA });
  if (expandedSize(data, MAX_EXPANDED_VALUES) > MAX_EXPANDED_VALUES) {
    throw new ExpansionError(`front matter expands to more than ${MAX_EXPANDED_VALUES} values (YAML aliases repeated inside each other?)`);
  }
  return data;
}

/** Counts values as if every alias were copied out, stopping as soon as the limit is passed. */
function expandedSize(value: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && count <= limit) {
    const next = stack.pop();
    count += 1;
    if (next !== null && typeof next === 'object') stack.push(...Object.values(next));
  }
  return count;
}

const OPENING = /^---[ \t]*(?:\r\n|\r|\n|$)/;
const CLOSING = /^---[ \t]*$/;
const LINE_END = /\r\n|\r|\n/g;

/**
 * Where the front matter ends: the first line after the opening one that is exactly --- (trailing
 * spaces allowed). Found by hand rather than by gray-matter, which reads an unclosed block as YAML
 * to the end of the file and so published a file whose closing line was missing.
 */
function split(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const opening = OPENING.exec(text);
  if (!opening) return undefined;
  let offset = opening[0].length;
  let line = 2;
  while (offset < text.length) {
    LINE_END.lastIndex = offset;
    const end = LINE_END.exec(text);
    const lineEnd = end ? end.index : text.length;
    const next = end ? end.index + end[0].length : text.length;
    if (CLOSING.test(text.slice(offset, lineEnd))) {
      return { yaml: text.slice(opening[0].length, offset), body: text.slice(next), bodyLine: line + 1 };
    }
    offset = next;
    line += 1;
  }
  return { yaml: '', body: '', bodyLine: -1 };
}

/** Splits a content file into its front-matter fields and its Markdown body, or says why it cannot. */
export function parseFile(text: string, file: string): { data: Record<string, unknown>; body: string; bodyLine: number } | { problem: Problem } {
  const parts = split(text);
  if (!parts) {
    return { problem: problem('no-front-matter', file, '', 'the file to start with a --- line and YAML front matter', 'no front matter') };
  }
  if (parts.bodyLine < 0) {
    return {
      problem: problem('unclosed-front-matter', file, '', 'a --- line that closes the front matter opened on line 1', 'no closing --- line', {
        line: 1,
        hint: 'Add a line with only --- after the last field; the Markdown text follows it.',
      }),
    };
  }
  let data: unknown;
  try {
    data = parseYaml(parts.yaml);
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      // js-yaml's mark is relative to the front matter, which starts on line 2 of the file.
      const line = error.mark ? error.mark.line + 2 : undefined;
      return { problem: problem('bad-yaml', file, '', 'valid YAML front matter', error.reason, { line }) };
    }
    if (error instanceof ExpansionError) return { problem: problem('bad-yaml', file, '', 'valid YAML front matter', error.message) };
    throw error;
  }
  // Empty front matter (or only comments) has no fields; the schema then names the missing ones.
  if (data === undefined) data = {};
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { problem: problem('bad-yaml', file, '', 'front matter that is a set of key: value fields', Array.isArray(data) ? 'a list' : String(data)) };
  }
  return { data: data as Record<string, unknown>, body: parts.body, bodyLine: parts.bodyLine };
}
