import { shorten } from '../advisor/code-points.ts';
import { MAX_PARAMS, readParams } from '../advisor/url-params.ts';

/*
 * The change log's filters as they live in the URL query, e.g.
 * `?engine=mysql&tool=dms&kind=retirement&year=2025`. The page's script, the per-engine pages and
 * the tests all filter through `matchesChange`, so "which news is about MySQL" has one answer.
 * Runs in the browser: it imports only the small dependency-free rules it shares with the matrix
 * and the wizard (how many parameters to read, how to shorten text without splitting a character).
 */

export const CHANGE_PARAMS = ['engine', 'tool', 'kind', 'year'] as const;
export type ChangeParam = (typeof CHANGE_PARAMS)[number];

/** The values each filter can take: those some piece of news has (see change-events.ts). */
export interface ChangeFacets {
  engines: readonly string[];
  tools: readonly string[];
  kinds: readonly string[];
  years: readonly string[];
}

export type ChangeFilters = Partial<Record<ChangeParam, string>>;

/** What a filter reads of a piece of news. */
export interface ChangeKeys {
  engines: readonly string[];
  tools: readonly string[];
  kind: string;
  year: string;
}

export type ChangeQueryProblem =
  | { kind: 'unknown-param'; param: string; value: string }
  | { kind: 'unknown-value'; param: ChangeParam; value: string }
  | { kind: 'repeated'; param: ChangeParam; value: string; used: string }
  | { kind: 'too-many'; param: string; value: string };

export interface ChangeQuery {
  filters: ChangeFilters;
  /** What was ignored, in URL order, for the notice on the page. */
  problems: ChangeQueryProblem[];
}

const FACET_OF: Record<ChangeParam, keyof ChangeFacets> = { engine: 'engines', tool: 'tools', kind: 'kinds', year: 'years' };

/**
 * Reads a query string (with or without "?"). Never throws: a parameter or value it does not know
 * is reported and left out, so a hand-edited address shows a notice and the news its other filters
 * keep (everything, when none is left). Values are matched without regard to case; an empty value
 * means "any", as a GET form sends it; a parameter given twice keeps its first value.
 */
export function parseChangeQuery(search: string, facets: ChangeFacets): ChangeQuery {
  const filters: ChangeFilters = {};
  const problems: ChangeQueryProblem[] = [];
  const { params, cut } = readParams(search);
  for (const [rawName, rawValue] of params) {
    const name = rawName.trim().toLowerCase();
    const value = rawValue.trim().toLowerCase();
    if (!(CHANGE_PARAMS as readonly string[]).includes(name)) {
      if (name !== '' || value !== '') problems.push({ kind: 'unknown-param', param: rawName, value: rawValue });
      continue;
    }
    const param = name as ChangeParam;
    if (value === '') continue;
    if (!facets[FACET_OF[param]].includes(value)) problems.push({ kind: 'unknown-value', param, value: rawValue });
    else if (filters[param] === undefined) filters[param] = value;
    else if (filters[param] !== value) problems.push({ kind: 'repeated', param, value: rawValue, used: filters[param] });
  }
  if (cut) problems.push({ kind: 'too-many', param: cut[0], value: cut[1] });
  return { filters, problems };
}

/** The query string for a set of filters: '' when nothing is filtered, otherwise starting with "?", parameters in a fixed order. */
export function serialiseChangeQuery(filters: ChangeFilters): string {
  const params = new URLSearchParams();
  for (const param of CHANGE_PARAMS) if (filters[param]) params.set(param, filters[param]);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether a piece of news passes every filter set. */
export function matchesChange(keys: ChangeKeys, filters: ChangeFilters): boolean {
  return (
    (!filters.engine || keys.engines.includes(filters.engine)) &&
    (!filters.tool || keys.tools.includes(filters.tool)) &&
    (!filters.kind || keys.kind === filters.kind) &&
    (!filters.year || keys.year === filters.year)
  );
}

const quote = (value: string) => `“${shorten(value, 60)}”`;

/** The sentence the page shows for a problem. Plain text: insert it with textContent, never as markup. */
export function describeChangeProblem(problem: ChangeQueryProblem): string {
  switch (problem.kind) {
    case 'unknown-param':
      return `Ignored the parameter ${quote(problem.param)}: the changes can be filtered by ${CHANGE_PARAMS.join(', ')} only.`;
    case 'unknown-value':
      return `Did not recognise ${problem.param}=${quote(problem.value)}: no change has that ${problem.param}, so every ${problem.param} is shown.`;
    case 'repeated':
      return `Ignored ${problem.param}=${quote(problem.value)}: ${problem.param} was given more than once, and only the first value, ${quote(problem.used)}, is used.`;
    case 'too-many':
      return `Ignored everything after the first ${MAX_PARAMS} parameters: the address holds more than the page reads.`;
  }
}
