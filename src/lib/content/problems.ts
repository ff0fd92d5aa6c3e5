/**
 * One catalogue of every problem the content checks can report, each with the words an author
 * reads. Checks create problems through `problem()`, so wording stays in one place and is
 * snapshot-tested.
 */

export type ProblemLevel = 'error' | 'warning';

export interface Problem {
  level: ProblemLevel;
  kind: ProblemKind;
  /** Path of the file relative to the project, e.g. `content/scenarios/a-to-b.md`. */
  file: string;
  /** Dotted path of the front-matter field, e.g. `offerings[2].history[0].date`; empty for the file. */
  field: string;
  expected: string;
  found: string;
  /** What to do, when there is more to say than "expected". */
  hint?: string;
  /** 1-based line in the file, when known. */
  line?: number;
}

export const PROBLEM_KINDS = {
  unreadable: { level: 'error', title: 'File cannot be read' },
  'not-markdown': { level: 'error', title: 'Not a Markdown file' },
  'bad-encoding': { level: 'error', title: 'File is not valid UTF-8' },
  'bad-file-name': { level: 'error', title: 'File name is not a valid id' },
  'bad-yaml': { level: 'error', title: 'Front matter is not valid YAML' },
  'no-front-matter': { level: 'error', title: 'Front matter is missing' },
  'bad-shape': { level: 'error', title: 'Field does not match the schema' },
  'unknown-id': { level: 'error', title: 'Reference to an unknown id' },
  'duplicate-id': { level: 'error', title: 'Duplicate id' },
  'duplicate-offering': { level: 'error', title: 'Duplicate offering' },
  'wrong-file-name': { level: 'error', title: 'File name does not match its content' },
  'future-date': { level: 'error', title: 'Date is in the future' },
  'date-order': { level: 'error', title: 'Dates out of order' },
  'missing-address': { level: 'error', title: 'Citation has no address' },
  'bad-condition': { level: 'error', title: 'Condition cannot be checked against its question' },
  'matches-nothing': { level: 'error', title: 'Selector matches no scenario' },
  'raw-html': { level: 'error', title: 'Raw HTML in Markdown' },
  'unsafe-link': { level: 'error', title: 'Unsafe link in Markdown' },
  'empty-body': { level: 'error', title: 'Body is empty' },
  stale: { level: 'warning', title: 'Not reviewed for over a year' },
} as const satisfies Record<string, { level: ProblemLevel; title: string }>;

export type ProblemKind = keyof typeof PROBLEM_KINDS;

export function problem(
  kind: ProblemKind,
  file: string,
  field: string,
  expected: string,
  found: string,
  extra: { hint?: string; line?: number } = {},
): Problem {
  return { level: PROBLEM_KINDS[kind].level, kind, file, field, expected, found, ...extra };
}

/** Shows a found value the way an author would recognise it, bounded so a huge value stays readable. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value === null) return 'an empty value (null)';
  if (typeof value === 'object') return `an object with keys ${Object.keys(value).slice(0, 6).join(', ') || '(none)'}`;
  return String(value);
}

/** `offerings[2].history[0].date` from a zod-style path. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}

/** The reporter the CLI and the build share: `✖ file › field (line n)` then expected and found. */
export function formatProblem(p: Problem): string {
  const mark = p.level === 'error' ? '✖' : '⚠';
  const where = [p.file, p.field].filter(Boolean).join(' › ');
  const line = p.line ? ` (line ${p.line})` : '';
  const lines = [
    `${mark} ${where}${line}: ${PROBLEM_KINDS[p.kind].title}`,
    `    expected ${p.expected}`,
    `    found    ${p.found}`,
  ];
  if (p.hint) lines.push(`    → ${p.hint}`);
  return lines.join('\n');
}

export function formatReport(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.level === 'error').length;
  const warnings = problems.length - errors;
  return [...problems.map(formatProblem), `${errors} error(s), ${warnings} warning(s)`].join('\n');
}

export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(`The content in content/ has errors, so nothing was built:\n${formatReport(problems)}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
