import { codePointLength, cutCodePoints, shorten } from '../advisor/code-points.ts';
import { MAX_PARAMS, readParams } from '../advisor/url-params.ts';
import { MODE_IDS, type Mode } from '../schema/vocabulary.ts';

/**
 * The matrix's filter state as it lives in the URL query, e.g.
 * `?target=azure-sql-managed-instance&mode=online&status=ga&q=rds`. The URL is the only state:
 * a filtered view pasted into a wiki, a reload and the back button all go through `parseMatrixQuery`.
 * This module runs in the browser too, so it imports nothing but the vocabulary and the small
 * dependency-free rules it shares with the wizard's address (how many parameters to read, how to
 * cut text without splitting a character).
 */

export const VIEWS = {
  grouped: { label: 'By target' },
  pivot: { label: 'Sources × targets' },
} as const;
export type View = keyof typeof VIEWS;
export const VIEW_IDS = Object.keys(VIEWS) as View[];
export const DEFAULT_VIEW: View = 'grouped';

/**
 * How much of the status scale to show: each level adds to the one before it. "Supported" is the
 * vocabulary's `supported` (GA, the previews, and paths listed without a status), as the legend
 * groups them.
 */
export const STATUS_FILTERS = {
  ga: { label: 'Generally available' },
  preview: { label: 'Supported' },
  all: { label: 'Any status' },
} as const;
export type StatusFilter = keyof typeof STATUS_FILTERS;
export const STATUS_FILTER_IDS = Object.keys(STATUS_FILTERS) as StatusFilter[];

/** Filters whose allowed values come from the dataset (ids of platforms, engines and tools). */
export const ID_PARAMS = ['source', 'target', 'engine', 'tool'] as const;
export type IdParam = (typeof ID_PARAMS)[number];
export type MatrixVocabulary = Record<IdParam, readonly string[]> & {
  /** Tools retired (as of the build) for at least one scenario: a link naming one shows retired tools. */
  retiredTools: readonly string[];
};

/**
 * Whether cells list tools that have been retired. Hidden unless asked for, so a cell answers with
 * what can be used today. `retired=show` or `retired=hide` says so; without it, a link whose `tool`
 * names a retired tool shows them, as every link did before retired tools were hidden.
 */
export const RETIRED_VALUES = { show: true, hide: false } as const;
type RetiredValue = keyof typeof RETIRED_VALUES;

export function retiredShownByDefault(tool: string | undefined, vocabulary: MatrixVocabulary): boolean {
  return tool !== undefined && vocabulary.retiredTools.includes(tool);
}

export interface MatrixFilters {
  source?: string;
  target?: string;
  engine?: string;
  tool?: string;
  mode?: Mode;
  status: StatusFilter;
  /** Free text, whitespace collapsed; '' when not searching. */
  q: string;
  /** Whether retired tools are listed, and count in matching (see RETIRED_VALUES). */
  retired: boolean;
}

export const NO_FILTERS: MatrixFilters = { status: 'all', q: '', retired: false };

/**
 * Longer search text is cut, counted in code points so an emoji is never split: nothing in the
 * matrix is that long, and it keeps URLs sane.
 */
export const MAX_QUERY_LENGTH = 200;

export type QueryProblem =
  | { kind: 'unknown-param'; param: string; value: string }
  | { kind: 'unknown-value'; param: string; value: string }
  | { kind: 'repeated'; param: string; value: string; used: string }
  | { kind: 'too-long'; param: string; value: string }
  | { kind: 'too-many'; param: string; value: string };

export interface MatrixQuery {
  filters: MatrixFilters;
  view: View;
  /** What was ignored, in URL order, for the notice on the page. */
  problems: QueryProblem[];
}

type Param = IdParam | 'mode' | 'status' | 'retired' | 'view' | 'q';

function allowedValues(param: Param, vocabulary: MatrixVocabulary): ReadonlySet<string> | undefined {
  if (param === 'mode') return new Set(MODE_IDS);
  if (param === 'retired') return new Set(Object.keys(RETIRED_VALUES));
  if (param === 'status') return new Set(STATUS_FILTER_IDS);
  if (param === 'view') return new Set(VIEW_IDS);
  if (param === 'q') return undefined;
  return new Set(vocabulary[param]);
}

const PARAMS: ReadonlySet<string> = new Set<Param>([...ID_PARAMS, 'mode', 'status', 'retired', 'view', 'q']);

/**
 * Reads a query string (with or without the leading "?"). Never throws: anything it cannot use
 * is reported in `problems` and left out, so a hand-edited URL shows a notice and the rest of its
 * filters, never a blank table. Ids are matched without regard to case; an empty value means "any",
 * as a GET form sends it; a parameter given twice keeps its first value. Like the wizard, it reads
 * at most MAX_PARAMS parameters and says so once, rather than listing every one past that.
 */
export function parseMatrixQuery(search: string, vocabulary: MatrixVocabulary): MatrixQuery {
  const problems: QueryProblem[] = [];
  const accepted = new Map<Param, string>();
  const { params, cut } = readParams(search);
  for (const [rawName, rawValue] of params) {
    const param = rawName.trim().toLowerCase();
    const value = param === 'q' ? rawValue.replace(/\s+/g, ' ').trim() : rawValue.trim();
    if (!PARAMS.has(param)) {
      if (param !== '' || value !== '') problems.push({ kind: 'unknown-param', param: rawName, value: rawValue });
      continue;
    }
    if (value === '') continue;
    const name = param as Param;
    const allowed = allowedValues(name, vocabulary);
    let normal = allowed ? value.toLowerCase() : value;
    if (allowed && !allowed.has(normal)) {
      problems.push({ kind: 'unknown-value', param: name, value: rawValue });
      continue;
    }
    if (!allowed && codePointLength(normal) > MAX_QUERY_LENGTH) {
      normal = cutCodePoints(normal, MAX_QUERY_LENGTH).trim();
      problems.push({ kind: 'too-long', param: name, value: rawValue });
    }
    const first = accepted.get(name);
    if (first === undefined) accepted.set(name, normal);
    else if (first !== normal) problems.push({ kind: 'repeated', param: name, value: rawValue, used: first });
  }
  if (cut) problems.push({ kind: 'too-many', param: cut[0], value: cut[1] });
  const retired = accepted.get('retired') as RetiredValue | undefined;
  const filters: MatrixFilters = {
    status: (accepted.get('status') as StatusFilter | undefined) ?? 'all',
    q: accepted.get('q') ?? '',
    retired: retired ? RETIRED_VALUES[retired] : retiredShownByDefault(accepted.get('tool'), vocabulary),
  };
  for (const param of ID_PARAMS) {
    const value = accepted.get(param);
    if (value !== undefined) filters[param] = value;
  }
  const mode = accepted.get('mode') as Mode | undefined;
  if (mode) filters.mode = mode;
  return { filters, view: (accepted.get('view') as View | undefined) ?? DEFAULT_VIEW, problems };
}

/**
 * The query string for a state, '' when nothing is filtered, otherwise starting with "?".
 * Defaults are left out so that a URL says only what differs from the full matrix; the vocabulary
 * says which default `retired` has.
 */
export function serialiseMatrixQuery(filters: MatrixFilters, view: View, vocabulary: MatrixVocabulary): string {
  const params = new URLSearchParams();
  for (const param of ID_PARAMS) {
    const value = filters[param];
    if (value) params.set(param, value);
  }
  if (filters.mode) params.set('mode', filters.mode);
  if (filters.status !== 'all') params.set('status', filters.status);
  if (filters.retired !== retiredShownByDefault(filters.tool, vocabulary)) params.set('retired', filters.retired ? 'show' : 'hide');
  if (filters.q) params.set('q', filters.q);
  if (view !== DEFAULT_VIEW) params.set('view', view);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether anything differs from the full matrix of current tools (the view is not a filter). */
export function isFiltered(filters: MatrixFilters, vocabulary: MatrixVocabulary): boolean {
  return serialiseMatrixQuery(filters, DEFAULT_VIEW, vocabulary) !== '';
}

/** How many filters narrow the rows, for the phone's "Filters" button (the view and retired tools are not counted). */
export function activeFilterCount(filters: MatrixFilters): number {
  return ID_PARAMS.filter((param) => filters[param]).length + Number(Boolean(filters.mode)) + Number(filters.status !== 'all') + Number(filters.q !== '');
}

function quote(value: string): string {
  return `“${shorten(value, 60)}”`;
}

/**
 * The sentence the page shows for a problem: what was ignored, why, and what the matrix does
 * instead. Plain text: the page must insert it with textContent, never as markup.
 */
export function describeProblem(problem: QueryProblem): string {
  switch (problem.kind) {
    case 'unknown-param':
      return `Ignored the parameter ${quote(problem.param)}: the matrix has no filter by that name (it has ${[...PARAMS].join(', ')}).`;
    case 'unknown-value':
      if (problem.param === 'retired') {
        return `Ignored retired=${quote(problem.value)}: it takes “show” or “hide”, so retired tools show only if the tool filter names one.`;
      }
      return `Ignored ${problem.param}=${quote(problem.value)}: it is not a known ${problem.param}, so that filter is off. Pick one from the list instead.`;
    case 'repeated':
      return `Ignored ${problem.param}=${quote(problem.value)}: ${problem.param} was given more than once, and only the first value, ${quote(problem.used)}, is used.`;
    case 'too-long':
      return `Shortened the search text to ${MAX_QUERY_LENGTH} characters.`;
    case 'too-many':
      return `Ignored everything after the first ${MAX_PARAMS} parameters: the address holds more than the matrix reads.`;
  }
}
