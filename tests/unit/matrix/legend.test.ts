import { describe, expect, it } from 'vitest';
import { DATE_WORDS, retiredToolsLabel, statusGroups } from '../../../src/lib/matrix/legend.ts';
import { STATUS_IDS, STATUSES } from '../../../src/lib/schema/vocabulary.ts';

describe('the matrix legend', () => {
  it('explains every status once, split as the "Supported" filter splits them', () => {
    const groups = statusGroups();
    expect(groups.flatMap((g) => g.statuses).sort()).toEqual([...STATUS_IDS].sort());
    expect(groups[0].statuses.every((s) => STATUSES[s].supported)).toBe(true);
    expect(groups[1].statuses.some((s) => STATUSES[s].supported)).toBe(false);
  });

  it('has one word for "not supported", in full even in dense cells', () => {
    expect(STATUSES['not-supported'].short).toBe(STATUSES['not-supported'].label);
  });

  it('names what each date is', () => {
    expect(Object.fromEntries(Object.entries(DATE_WORDS).map(([kind, w]) => [kind, w.word]))).toEqual({
      'first-documented': 'first documented',
      since: 'since',
    });
  });

  it('counts retired tools in words', () => {
    expect([1, 2].map(retiredToolsLabel)).toEqual(['1 retired tool', '2 retired tools']);
  });
});
