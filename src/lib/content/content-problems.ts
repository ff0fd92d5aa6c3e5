/**
 * One catalogue of every problem the content checks can report, each with the words an author
 * reads. Checks create problems through `problem()`, so wording stays in one place and is
 * snapshot-tested.
 */

import { escapeUnprintable } from '../unsafe-characters.ts';

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
  // Reading files: what is in content/ and whether it can be read at all.
  unreadable: { level: 'error', title: 'Cannot be read' },
  'too-large': { level: 'error', title: 'File is too large' },
  'special-file': { level: 'error', title: 'Not a regular file' },
  symlink: { level: 'error', title: 'Symbolic link in content/' },
  'not-markdown': { level: 'error', title: 'Not a Markdown file' },
  'unknown-folder': { level: 'error', title: 'Not in a content folder' },
  'bad-encoding': { level: 'error', title: 'File is not valid UTF-8' },
  'bad-file-name': { level: 'error', title: 'File name is not a valid id' },
  'reserved-id': { level: 'error', title: 'Id is reserved' },
  'no-front-matter': { level: 'error', title: 'Front matter is missing' },
  'unclosed-front-matter': { level: 'error', title: 'Front matter is not closed' },
  'bad-yaml': { level: 'error', title: 'Front matter is not valid YAML' },
  'bad-shape': { level: 'error', title: 'Field does not match the schema' },
  'parse-failed': { level: 'error', title: 'File could not be processed' },
  // The Markdown body.
  'markdown-limit': { level: 'error', title: 'Markdown exceeds a limit' },
  'raw-html': { level: 'error', title: 'Raw HTML in Markdown' },
  'unsafe-link': { level: 'error', title: 'Unsafe link in Markdown' },
  'external-image': { level: 'error', title: 'Image from another site' },
  'empty-body': { level: 'error', title: 'Body is empty' },
  // References between files.
  'unknown-id': { level: 'error', title: 'Reference to an unknown id' },
  'no-successor': { level: 'error', title: 'Retired without a successor' },
  'depends-on-invalid': { level: 'warning', title: 'Other files refer to this file, which has errors' },
  'duplicate-id': { level: 'error', title: 'Duplicate id' },
  'duplicate-offering': { level: 'error', title: 'Duplicate offering' },
  'wrong-file-name': { level: 'error', title: 'File name does not match its content' },
  'missing-address': { level: 'error', title: 'Citation has no address' },
  'bad-condition': { level: 'error', title: 'Condition cannot be checked against its question' },
  'matches-nothing': { level: 'error', title: 'Selector matches no scenario' },
  // What the code relies on (contracts.ts).
  'missing-content': { level: 'error', title: 'Content the site relies on is missing or changed' },
  // Plausibility.
  'future-date': { level: 'error', title: 'Date is in the future' },
  'date-order': { level: 'error', title: 'Dates out of order' },
  'history-kind': { level: 'error', title: 'Confirmation and change told apart wrongly' },
  'lifecycle-host': { level: 'error', title: 'Host of an ended extension' },
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

/** An exception's code or name and message, on one line and bounded, for a problem's "found". */
export function errorText(error: unknown): string {
  let text = String(error);
  if (error instanceof Error) {
    // A system error's code (ENOENT, EACCES) says more than its class name.
    const label = 'code' in error && typeof error.code === 'string' ? error.code : error.name;
    text = `${label}: ${error.message}`;
  }
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/**
 * The problem for an exception nobody expected while processing one file (a parser that overflowed
 * its stack, say). The file is named and the run goes on to report everything else.
 */
export function unexpectedFailure(file: string, error: unknown): Problem {
  return problem('parse-failed', file, '', 'a file the validator can process', errorText(error), {
    hint: 'Simplify the part of the file you last changed; if the file looks fine, report this message.',
  });
}

/**
 * Shows a found value the way an author would recognise it, bounded so a huge value stays readable,
 * with invisible and bidi characters escaped so the report shows what is really there.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (typeof value === 'string') return escapeUnprintable(JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value));
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

/**
 * The reporter the CLI and the build share: `✖ file › field (line n)` then expected and found.
 * Every part is made printable: a file name or value could otherwise carry terminal escapes.
 */
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
  return lines.map(escapeUnprintable).join('\n');
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
