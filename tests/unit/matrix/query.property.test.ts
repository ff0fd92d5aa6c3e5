import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLength } from '../../../src/lib/advisor/code-points.ts';
import { ID_PARAMS, MAX_QUERY_LENGTH, RETIRED_VALUES, STATUS_FILTER_IDS, VIEW_IDS, parseMatrixQuery, serialiseMatrixQuery } from '../../../src/lib/matrix/query.ts';
import { MODE_IDS } from '../../../src/lib/schema/vocabulary.ts';
import { VOCABULARY } from './fixture.ts';

const KNOWN = new Set<string>([...ID_PARAMS, 'mode', 'status', 'retired', 'view', 'q']);
const RETIRED_IDS = Object.keys(RETIRED_VALUES) as (keyof typeof RETIRED_VALUES)[];

/** Names and values a hand-edited URL might hold: real ones, near misses, and noise. */
const name = fc.oneof(fc.constantFrom(...ID_PARAMS, 'mode', 'status', 'retired', 'view', 'q', 'Target', 'tagret', ''), fc.string());
const value = fc.oneof(
  fc.constantFrom(...Object.values(VOCABULARY).flat(), ...MODE_IDS, ...STATUS_FILTER_IDS, ...RETIRED_IDS, ...VIEW_IDS, 'DMS', '<script>', '%', ''),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  // Search text around the length limit, with emoji and combining accents where the cut may fall.
  fc.string({ unit: fc.constantFrom('a', ' ', '😀', 'e\u0301', '日'), minLength: MAX_QUERY_LENGTH - 20, maxLength: MAX_QUERY_LENGTH + 20 }),
);
/** A filter with a value from its own vocabulary, as the form writes it or a person retypes it. */
const validFilter = fc.oneof(
  fc.constantFrom(...ID_PARAMS).chain((param) => fc.tuple(fc.constant(param), fc.constantFrom(...VOCABULARY[param]))),
  fc.tuple(fc.constant('mode'), fc.constantFrom(...MODE_IDS)),
  fc.tuple(fc.constant('status'), fc.constantFrom(...STATUS_FILTER_IDS)),
  fc.tuple(fc.constant('retired'), fc.constantFrom(...RETIRED_IDS)),
  fc.tuple(fc.constant('view'), fc.constantFrom(...VIEW_IDS)),
).map(([n, v]) => (n.length % 2 === 0 ? [n, v] : [n.toUpperCase(), ` ${v.toUpperCase()} `]) as [string, string]);
const pairs = fc.array(fc.oneof(fc.tuple(name, value), fc.tuple(fc.constant('q'), value), validFilter), { maxLength: 12 });
const encoded = pairs.map((list) => list.map(([n, v]) => `${encodeURIComponent(n)}=${encodeURIComponent(v)}`).join('&'));
/** Raw text, not encoded: stray "%", "&", "=" and "+" exactly as someone might type them. */
const anyQuery = fc.oneof({ weight: 3, arbitrary: encoded }, fc.string(), fc.string({ unit: 'binary' }), fc.string().map((s) => `?${s}`));

/** Whether text holds half of a surrogate pair, which no address can carry. */
const hasLoneSurrogate = (text: string) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe('the matrix query parser under arbitrary input', () => {
  it('never throws', () => {
    fc.assert(fc.property(anyQuery, (search) => void parseMatrixQuery(search, VOCABULARY)), { numRuns: 2000 });
  });

  it('never accepts a value outside its vocabulary, nor search text over the limit', () => {
    let filtered = 0;
    fc.assert(
      fc.property(anyQuery, (search) => {
        const { filters, view } = parseMatrixQuery(search, VOCABULARY);
        for (const param of ID_PARAMS) {
          if (filters[param] === undefined) continue;
          filtered += 1;
          expect(VOCABULARY[param]).toContain(filters[param]);
        }
        if (filters.mode !== undefined) expect(MODE_IDS).toContain(filters.mode);
        expect(STATUS_FILTER_IDS).toContain(filters.status);
        expect(typeof filters.retired).toBe('boolean');
        expect(VIEW_IDS).toContain(view);
        expect(codePointLength(filters.q)).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(filters.q).toBe(filters.q.trim());
        expect(hasLoneSurrogate(filters.q)).toBe(false);
      }),
      { numRuns: 2000 },
    );
    // Most random addresses set no id filter; the check above needs enough that do.
    expect(filtered).toBeGreaterThan(200);
  });

  it('uses or reports every non-empty value it is given', () => {
    let checked = 0;
    fc.assert(
      fc.property(pairs, (list) => {
        const search = list.map(([n, v]) => `${encodeURIComponent(n)}=${encodeURIComponent(v)}`).join('&');
        const { filters, view, problems } = parseMatrixQuery(search, VOCABULARY);
        const accepted: Record<string, string | boolean | undefined> = { ...filters, view };
        const reported = (kind: string, param: string, v: string) => problems.some((p) => p.kind === kind && p.param === param && p.value === v);
        for (const [n, v] of list) {
          const param = n.trim().toLowerCase();
          if (!KNOWN.has(param)) {
            if (param !== '' || v.trim() !== '') {
              checked += 1;
              expect(reported('unknown-param', n, v)).toBe(true);
            }
            continue;
          }
          const normal = param === 'q' ? v.replace(/\s+/g, ' ').trim() : v.trim().toLowerCase();
          if (normal === '') continue;
          checked += 1;
          const used =
            param === 'q'
              ? filters.q !== '' && normal.startsWith(filters.q)
              : param === 'retired'
                ? Object.hasOwn(RETIRED_VALUES, normal) && RETIRED_VALUES[normal as keyof typeof RETIRED_VALUES] === filters.retired
                : accepted[param] === normal;
          expect(used || problems.some((p) => p.param === param && p.value === v)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
    expect(checked).toBeGreaterThan(1000);
  });

  it('reads back exactly what it writes, with no problems', () => {
    fc.assert(
      fc.property(anyQuery, (search) => {
        const first = parseMatrixQuery(search, VOCABULARY);
        const again = parseMatrixQuery(serialiseMatrixQuery(first.filters, first.view, VOCABULARY), VOCABULARY);
        expect(again).toEqual({ filters: first.filters, view: first.view, problems: [] });
      }),
      { numRuns: 2000 },
    );
  });
});
