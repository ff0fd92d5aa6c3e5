import { describe, expect, it } from 'vitest';
import { isoDateProblem } from '../../src/lib/iso-date.ts';
import { todayUtc } from '../../src/lib/today.ts';
import { isoDateSchema } from '../../src/lib/schema/primitives.ts';

/** The messages the content schema gives for a date, or undefined when it is accepted. */
function schemaMessage(value: string): string | undefined {
  const result = isoDateSchema.safeParse(value);
  return result.success ? undefined : result.error.issues.map((issue) => issue.message).join('; ');
}

const REAL = ['2026-11-22', '2024-02-29', '2000-02-29', '1999-12-31', '0001-01-01', '0050-06-15', '0099-12-31', '0000-02-29', '9999-12-31'];

const IMPOSSIBLE = [
  ['2026-13-45', 'there is no month 13'],
  ['2026-00-10', 'there is no month 00'],
  ['2026-02-29', '2026-02 has days 01 to 28'],
  ['1900-02-29', '1900-02 has days 01 to 28'],
  ['2026-04-31', '2026-04 has days 01 to 30'],
  ['2026-01-00', '2026-01 has days 01 to 31'],
  ['0050-02-29', '0050-02 has days 01 to 28'],
];

const MISWRITTEN = ['2026-1-5', '22-11-2026', '2026-11-22T00:00', ''];

describe('dates written as YYYY-MM-DD', () => {
  it.each(REAL)('accepts %s as a real calendar date', (date) => {
    expect(isoDateProblem(date)).toBeUndefined();
  });

  it.each(IMPOSSIBLE)('rejects %s: %s', (date, reason) => {
    expect(isoDateProblem(date)).toBe(`is not a real calendar date: ${reason}`);
  });

  it.each(MISWRITTEN)('rejects %j as not written as YYYY-MM-DD', (date) => {
    expect(isoDateProblem(date)).toBe('is not written as YYYY-MM-DD');
  });

  it('gives today in UTC in the same form', () => {
    expect(todayUtc(new Date('2026-11-22T23:30:00-05:00'))).toBe('2026-11-23');
    expect(isoDateProblem(todayUtc())).toBeUndefined();
  });
});

describe('the content schema applies the same date rule as the CLI', () => {
  it.each(REAL)('accepts %s, including years 0000–0099 that Date.UTC would move to the 1900s', (date) => {
    expect(schemaMessage(date)).toBeUndefined();
  });

  it.each(IMPOSSIBLE)('rejects %s, saying %s', (date, reason) => {
    expect(schemaMessage(date)).toBe(`a real calendar date (found ${reason})`);
  });

  it.each(MISWRITTEN)('rejects %j once, as not written as YYYY-MM-DD', (date) => {
    expect(schemaMessage(date)).toBe('a date written as YYYY-MM-DD');
  });
});
