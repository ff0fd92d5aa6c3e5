import { describe, expect, it } from 'vitest';
import { isoDateProblem, todayUtc } from '../../../src/lib/matrix/today.ts';

describe('dates written as YYYY-MM-DD', () => {
  it.each(['2026-11-22', '2024-02-29', '2000-02-29', '1999-12-31', '0001-01-01', '0050-06-15', '0099-12-31', '0000-02-29', '9999-12-31'])(
    'accepts %s as a real calendar date',
    (date) => {
      expect(isoDateProblem(date)).toBeUndefined();
    },
  );

  it.each([
    ['2026-13-45', 'is not a real calendar date: there is no month 13'],
    ['2026-00-10', 'is not a real calendar date: there is no month 00'],
    ['2026-02-29', 'is not a real calendar date: 2026-02 has days 01 to 28'],
    ['1900-02-29', 'is not a real calendar date: 1900-02 has days 01 to 28'],
    ['2026-04-31', 'is not a real calendar date: 2026-04 has days 01 to 30'],
    ['2026-01-00', 'is not a real calendar date: 2026-01 has days 01 to 31'],
    ['0050-02-29', 'is not a real calendar date: 0050-02 has days 01 to 28'],
    ['2026-1-5', 'is not written as YYYY-MM-DD'],
    ['22-11-2026', 'is not written as YYYY-MM-DD'],
    ['2026-11-22T00:00', 'is not written as YYYY-MM-DD'],
    ['', 'is not written as YYYY-MM-DD'],
  ])('rejects %s: it %s', (date, problem) => {
    expect(isoDateProblem(date)).toBe(problem);
  });

  it('gives today in UTC in the same form', () => {
    expect(todayUtc(new Date('2026-11-22T23:30:00-05:00'))).toBe('2026-11-23');
    expect(isoDateProblem(todayUtc())).toBeUndefined();
  });
});
