import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PARAMS } from '../../../src/lib/advisor/url-params.ts';
import {
  CHANGE_PARAMS,
  describeChangeProblem,
  matchesChange,
  parseChangeQuery,
  serialiseChangeQuery,
  type ChangeFacets,
  type ChangeFilters,
} from '../../../src/lib/data/change-filter.ts';

const FACETS: ChangeFacets = { engines: ['sql-server', 'mysql'], tools: ['dms', 'mi-link'], kinds: ['status-change', 'retirement'], years: ['2025', '2024'] };
const FACET_OF = { engine: 'engines', tool: 'tools', kind: 'kinds', year: 'years' } as const;

describe('reading the change log filters from the address', () => {
  it('reads every filter, with or without the "?", regardless of case', () => {
    expect(parseChangeQuery('?engine=mysql&tool=dms&kind=retirement&year=2025', FACETS)).toEqual({
      filters: { engine: 'mysql', tool: 'dms', kind: 'retirement', year: '2025' },
      problems: [],
    });
    expect(parseChangeQuery('Engine=MySQL', FACETS).filters).toEqual({ engine: 'mysql' });
  });

  it('treats an empty value as "any", as a GET form sends it', () => {
    expect(parseChangeQuery('engine=&tool=&kind=&year=', FACETS)).toEqual({ filters: {}, problems: [] });
  });

  it('says which value it did not recognise and drops only that filter, so an address of unknown values shows everything', () => {
    const { filters, problems } = parseChangeQuery('engine=foo&year=1999&kind=retirement', FACETS);
    expect(filters).toEqual({ kind: 'retirement' });
    expect(problems).toEqual([
      { kind: 'unknown-value', param: 'engine', value: 'foo' },
      { kind: 'unknown-value', param: 'year', value: '1999' },
    ]);
    expect(parseChangeQuery('engine=foo&year=1999', FACETS).filters).toEqual({});
    expect(describeChangeProblem(problems[0])).toBe('Did not recognise engine=“foo”: no change has that engine, so every engine is shown.');
  });

  it('reports an unknown parameter, a repeated one and an address too long to read', () => {
    expect(parseChangeQuery('colour=red', FACETS).problems).toEqual([{ kind: 'unknown-param', param: 'colour', value: 'red' }]);
    const repeated = parseChangeQuery('tool=dms&tool=mi-link&tool=DMS', FACETS);
    expect(repeated.filters).toEqual({ tool: 'dms' });
    expect(repeated.problems).toEqual([{ kind: 'repeated', param: 'tool', value: 'mi-link', used: 'dms' }]);
    const long = parseChangeQuery(Array.from({ length: MAX_PARAMS + 5 }, (_, i) => `x${i}=1`).join('&'), FACETS);
    expect(long.problems.at(-1)).toEqual({ kind: 'too-many', param: `x${MAX_PARAMS}`, value: '1' });
    for (const problem of [...long.problems.slice(0, 1), ...long.problems.slice(-1), ...repeated.problems]) expect(describeChangeProblem(problem)).toMatch(/^Ignored /);
  });

  it('never throws, and keeps only known values, whatever the address', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.constantFrom(...CHANGE_PARAMS), fc.string()), fc.oneof(fc.constantFrom(...Object.values(FACETS).flat()), fc.string()))), (pairs) => {
        const { filters, problems } = parseChangeQuery(new URLSearchParams(pairs).toString(), FACETS);
        for (const param of CHANGE_PARAMS) if (filters[param] !== undefined) expect(FACETS[FACET_OF[param]]).toContain(filters[param]);
        for (const problem of problems) expect(describeChangeProblem(problem)).not.toBe('');
      }),
    );
  });

  it('writes filters back into an address that reads the same, in a fixed order, and nothing when none is set', () => {
    expect(serialiseChangeQuery({})).toBe('');
    expect(serialiseChangeQuery({ year: '2025', engine: 'mysql' })).toBe('?engine=mysql&year=2025');
    const filters = fc.record(
      Object.fromEntries(CHANGE_PARAMS.map((param) => [param, fc.constantFrom(...FACETS[FACET_OF[param]])])) as Record<keyof ChangeFilters, fc.Arbitrary<string>>,
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(filters, (f) => {
        expect(parseChangeQuery(serialiseChangeQuery(f), FACETS)).toEqual({ filters: f, problems: [] });
      }),
    );
  });
});

describe('matching a piece of news', () => {
  const news = { engines: ['oracle', 'sql-server'], tools: ['dms'], kind: 'status-change', year: '2025' };

  it('keeps news that has every filter set, an engine as source or target', () => {
    expect(matchesChange(news, {})).toBe(true);
    expect(matchesChange(news, { engine: 'sql-server', tool: 'dms', kind: 'status-change', year: '2025' })).toBe(true);
    expect(matchesChange(news, { engine: 'oracle' })).toBe(true);
  });

  it('drops news that misses any one filter', () => {
    expect(matchesChange(news, { engine: 'mysql' })).toBe(false);
    expect(matchesChange(news, { tool: 'mi-link' })).toBe(false);
    expect(matchesChange(news, { kind: 'retirement' })).toBe(false);
    expect(matchesChange(news, { year: '2024', engine: 'oracle' })).toBe(false);
    expect(matchesChange({ ...news, tools: [] }, { tool: 'dms' })).toBe(false);
  });
});
