import { describe, expect, it } from 'vitest';
import { MAX_PARAMS } from '../../../src/lib/advisor/url-params.ts';
import {
  MAX_QUERY_LENGTH,
  NO_FILTERS,
  activeFilterCount,
  describeProblem,
  isFiltered,
  parseMatrixQuery,
  serialiseMatrixQuery,
  type MatrixFilters,
  type View,
} from '../../../src/lib/matrix/query.ts';
import { VOCABULARY } from './fixture.ts';

const parse = (search: string) => parseMatrixQuery(search, VOCABULARY);
const write = (filters: MatrixFilters, view: View = 'grouped') => serialiseMatrixQuery(filters, view, VOCABULARY);

describe('parsing the matrix query', () => {
  it('reads every filter and the view', () => {
    expect(parse('?target=azure-sql-managed-instance&mode=online&status=ga&q=rds&source=sql-server&engine=sql-server&tool=dms&view=pivot')).toEqual({
      filters: {
        source: 'sql-server',
        target: 'azure-sql-managed-instance',
        engine: 'sql-server',
        tool: 'dms',
        mode: 'online',
        status: 'ga',
        q: 'rds',
        retired: false,
      },
      view: 'pivot',
      problems: [],
    });
  });

  it('gives the full matrix in the grouped view for an empty query, with or without "?"', () => {
    for (const search of ['', '?', '&&', '?&']) expect(parse(search)).toEqual({ filters: NO_FILTERS, view: 'grouped', problems: [] });
  });

  it('treats empty values as "any", as a GET form sends them, without a notice', () => {
    expect(parse('?source=&target=%20&mode=&status=&q=&view=')).toEqual({ filters: NO_FILTERS, view: 'grouped', problems: [] });
  });

  it('reports an unknown value and drops it, keeping the other filters', () => {
    const { filters, problems } = parse('?target=azure-sql-database&mode=online');
    expect(filters).toEqual({ ...NO_FILTERS, mode: 'online' });
    expect(problems).toEqual([{ kind: 'unknown-value', param: 'target', value: 'azure-sql-database' }]);
  });

  it('reports unknown values of the fixed vocabularies too', () => {
    expect(parse('?mode=both&status=supported&view=table').problems.map((p) => `${p.param}=${p.value}`)).toEqual([
      'mode=both',
      'status=supported',
      'view=table',
    ]);
  });

  it('reports a parameter the matrix does not know, such as a typo', () => {
    expect(parse('?tagret=mysql').problems).toEqual([{ kind: 'unknown-param', param: 'tagret', value: 'mysql' }]);
  });

  it('keeps the first of repeated values and reports the others', () => {
    const { filters, problems } = parse('?source=mysql&source=sql-server&source=mysql');
    expect(filters.source).toBe('mysql');
    expect(problems).toEqual([{ kind: 'repeated', param: 'source', value: 'sql-server', used: 'mysql' }]);
  });

  it('skips an unknown repeat before a known one, so a typo does not hide the good value', () => {
    const { filters, problems } = parse('?tool=dsm&tool=dms');
    expect(filters.tool).toBe('dms');
    expect(problems.map((p) => p.kind)).toEqual(['unknown-value']);
  });

  it('matches ids and names of parameters without regard to case or surrounding spaces', () => {
    expect(parse('?Target=%20Azure-SQL-Managed-Instance%20&MODE=Offline').filters).toEqual({
      ...NO_FILTERS,
      target: 'azure-sql-managed-instance',
      mode: 'offline',
    });
  });

  it('keeps markup in values as plain text, never interpreting it', () => {
    const markup = '<img src=x onerror=alert(1)>';
    const { filters, problems } = parse(`?q=${encodeURIComponent(markup)}&target=${encodeURIComponent('<b>x</b>')}`);
    expect(filters.q).toBe(markup);
    expect(problems[0].value).toBe('<b>x</b>');
    expect(describeProblem(problems[0])).toContain('“<b>x</b>”');
  });

  it('collapses whitespace in the search text and cuts it at the limit, saying so', () => {
    expect(parse('?q=%20amazon%20%20%20rds%0A').filters.q).toBe('amazon rds');
    const { filters, problems } = parse(`?q=${'a'.repeat(MAX_QUERY_LENGTH + 50)}`);
    expect(filters.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(problems.map((p) => p.kind)).toEqual(['too-long']);
  });

  it('cuts the search text on whole characters, never splitting an emoji', () => {
    const kept = `${'a'.repeat(MAX_QUERY_LENGTH - 1)}😀`;
    const { filters, problems } = parse(`?q=${encodeURIComponent(`${kept}😀b`)}`);
    expect(filters.q).toBe(kept);
    expect(problems.map((p) => p.kind)).toEqual(['too-long']);
    // Emoji count as one character each: 200 of them are not too long.
    expect(parse(`?q=${encodeURIComponent('😀'.repeat(MAX_QUERY_LENGTH))}`)).toMatchObject({ filters: { q: '😀'.repeat(MAX_QUERY_LENGTH) }, problems: [] });
  });

  it(`reads at most ${MAX_PARAMS} parameters, as the wizard does, and says so once`, () => {
    const search = Array.from({ length: 20_000 }, (_, i) => `x${i}=1`).join('&');
    const { filters, problems } = parse(`?${search}&target=mysql`);
    expect(filters.target).toBeUndefined();
    expect(problems).toHaveLength(MAX_PARAMS + 1);
    expect(problems.slice(0, MAX_PARAMS).every((p) => p.kind === 'unknown-param')).toBe(true);
    expect(problems.at(-1)).toEqual({ kind: 'too-many', param: `x${MAX_PARAMS}`, value: '1' });
    expect(describeProblem(problems.at(-1)!)).toBe(`Ignored everything after the first ${MAX_PARAMS} parameters: the address holds more than the matrix reads.`);
  });

  it('survives malformed percent-encoding', () => {
    expect(() => parse('?q=%E0%A4%A&target=%')).not.toThrow();
    expect(parse('?target=%').problems[0]).toMatchObject({ kind: 'unknown-value', param: 'target' });
  });

  it('does not take object prototype names for values', () => {
    expect(parse('?source=constructor&tool=__proto__&engine=toString').problems).toHaveLength(3);
  });
});

describe('retired tools in the query', () => {
  it('hides retired tools unless the address asks for them', () => {
    expect(parse('').filters.retired).toBe(false);
    expect(parse('?retired=show').filters.retired).toBe(true);
    expect(parse('?retired=HIDE').filters.retired).toBe(false);
    const { problems } = parse('?retired=yes');
    expect(problems).toEqual([{ kind: 'unknown-value', param: 'retired', value: 'yes' }]);
    expect(describeProblem(problems[0])).toBe('Ignored retired=“yes”: it takes “show” or “hide”, so retired tools show only if the tool filter names one.');
  });

  it('shows them for an older link whose tool is a retired one, as that link always did', () => {
    expect(parse('?tool=dms-classic').filters).toEqual({ ...NO_FILTERS, tool: 'dms-classic', retired: true });
    expect(parse('?tool=dms').filters.retired).toBe(false);
    expect(parse('?tool=dms-classic&retired=hide').filters.retired).toBe(false);
  });

  it('writes retired only where it differs from that default', () => {
    expect(write({ ...NO_FILTERS, retired: true })).toBe('?retired=show');
    expect(write({ ...NO_FILTERS, tool: 'dms-classic', retired: true })).toBe('?tool=dms-classic');
    expect(write({ ...NO_FILTERS, tool: 'dms-classic', retired: false })).toBe('?tool=dms-classic&retired=hide');
    expect(parse(write({ ...NO_FILTERS, tool: 'dms-classic', retired: false })).filters.retired).toBe(false);
  });

  it('counts showing retired tools as a change for "Clear filters", but not as a filter on the phone\'s button', () => {
    expect(isFiltered({ ...NO_FILTERS, retired: true }, VOCABULARY)).toBe(true);
    expect(activeFilterCount({ ...NO_FILTERS, retired: true })).toBe(0);
    expect(activeFilterCount(parse('?source=mysql&mode=online&status=ga&q=x&view=pivot').filters)).toBe(4);
  });
});

describe('writing the matrix query', () => {
  it('leaves out defaults, so the full matrix has a bare address', () => {
    expect(write(NO_FILTERS)).toBe('');
    expect(write(NO_FILTERS, 'grouped')).toBe('');
    expect(write(NO_FILTERS, 'pivot')).toBe('?view=pivot');
    expect(isFiltered(NO_FILTERS, VOCABULARY)).toBe(false);
  });

  it('writes filters in a stable order and encodes text', () => {
    const query = write({ ...NO_FILTERS, q: 'rds & co', status: 'ga', mode: 'online', target: 'azure-sql-managed-instance' }, 'pivot');
    expect(query).toBe('?target=azure-sql-managed-instance&mode=online&status=ga&q=rds+%26+co&view=pivot');
    expect(parse(query)).toEqual({
      filters: { ...NO_FILTERS, target: 'azure-sql-managed-instance', mode: 'online', status: 'ga', q: 'rds & co' },
      view: 'pivot',
      problems: [],
    });
  });
});

describe('describing problems', () => {
  it('says what was ignored, why and what to do', () => {
    const messages = parse('?target=azure-sql-foo&colour=red&source=mysql&source=sql-server').problems.map(describeProblem);
    expect(messages).toMatchInlineSnapshot(`
      [
        "Ignored target=“azure-sql-foo”: it is not a known target, so that filter is off. Pick one from the list instead.",
        "Ignored the parameter “colour”: the matrix has no filter by that name (it has source, target, engine, tool, mode, status, retired, view, q).",
        "Ignored source=“sql-server”: source was given more than once, and only the first value, “mysql”, is used.",
      ]
    `);
  });

  it('shortens a very long value in the message, on whole characters', () => {
    const message = describeProblem({ kind: 'unknown-value', param: 'tool', value: 'x'.repeat(500) });
    expect(message.length).toBeLessThan(200);
    expect(message).toContain('…');
    const emoji = describeProblem({ kind: 'unknown-value', param: 'tool', value: `${'x'.repeat(58)}😀😀😀` });
    expect(emoji).toContain(`“${'x'.repeat(58)}😀…”`);
  });
});
