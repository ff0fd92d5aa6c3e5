import { z } from 'zod';
import { describeValue, fieldPath, problem, type Problem } from './content-problems.ts';
import type { RawFile } from './read-files.ts';

/** Turns zod's message ("Invalid input: expected string, received number") into "expected ...". */
function expectedFrom(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `a value of type ${issue.expected}`;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return 'only the fields the schema defines';
    case 'too_small':
      return issue.origin === 'array'
        ? `at least ${issue.minimum} item(s)`
        : issue.origin === 'string'
          ? `at least ${issue.minimum} character(s)`
          : `a number ≥ ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `at most ${issue.maximum} item(s)`
        : issue.origin === 'string'
          ? `at most ${issue.maximum} character(s)`
          : `a number ≤ ${issue.maximum}`;
    case 'invalid_union':
      return 'one of the forms the schema allows (see content/schema/ for the JSON Schema)';
    case 'custom':
      return typeof issue.params?.expected === 'string' ? issue.params.expected : issue.message;
    default:
      return issue.message.replace(/^Invalid input:\s*/i, '');
  }
}

/** What was found, from the value zod reports on the issue (parsed with `reportInput`). */
function foundFrom(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field(s) ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
  const value = describeValue(issue.input);
  // A custom check may say what in the value is wrong, such as which character and where.
  return issue.code === 'custom' && typeof issue.params?.found === 'string' ? `${value} (${issue.params.found})` : value;
}

/**
 * Parses one file's front matter with `schema`, its collection's (COLLECTIONS in schema/collections.ts).
 * Every zod issue becomes a problem; none is swallowed. A union failure is reported through its
 * closest branch so the author reads the field that is actually wrong, not "invalid input".
 */
export function checkShape<S extends z.core.$ZodType>(schema: S, file: RawFile): { data?: z.output<S>; problems: Problem[] } {
  const result = z.safeParse(schema, file.data, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const problems = flattenIssues(result.error.issues).map((issue) =>
    problem('bad-shape', file.file, fieldPath(issue.path), expectedFrom(issue), foundFrom(issue)),
  );
  return { problems };
}

/** Descends into union failures, keeping the branch that got furthest (fewest, deepest issues). */
function flattenIssues(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = []): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const branches = issue.errors.map((branch) => flattenIssues(branch, path));
      const depth = (list: z.core.$ZodIssue[]) => Math.max(...list.map((i) => i.path.length));
      // Prefer a branch whose problems are deeper in the value (it matched the outer shape) and fewer.
      const best = branches
        .filter((branch) => branch.length > 0)
        .sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0];
      if (best && depth(best) > path.length) return best;
      return [{ ...issue, path }];
    }
    return [{ ...issue, path }];
  });
}
