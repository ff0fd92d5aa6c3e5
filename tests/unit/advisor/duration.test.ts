import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration, isDuration, parseDuration } from '../../../src/lib/advisor/duration.ts';

describe('parseDuration (the wizard’s downtime field)', () => {
  it.each([
    ['1.5', 1.5],
    ['4', 4],
    ['0', 0],
    ['.5', 0.5],
    ['0.25 h', 0.25],
    ['2h', 2],
    ['2 hours', 2],
    ['1 hour', 1],
    ['3 hrs', 3],
    ['15 min', 0.25],
    ['15m', 0.25],
    ['15 mins', 0.25],
    ['90 minutes', 1.5],
    ['1h30', 1.5],
    ['1 h 30 min', 1.5],
    ['1h 30m', 1.5],
    ['2 hours 15 minutes', 2.25],
    ['1:30', 1.5],
    ['0:05', 0.0833],
    ['  15 MIN ', 0.25],
    ['10 min', 0.1667],
    ['720', 720],
  ])('reads %j as %d hours', (text, hours) => {
    expect(parseDuration(text)).toBe(hours);
  });

  it.each(['', ' ', 'h', 'min', 'four', '1e3', '-1', '0x10', 'Infinity', '1,5', '15 sec', '1:75', '30 min 1 h', '1 day', '5.', '<b>1</b>'])(
    'refuses %j',
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
    },
  );
});

describe('formatDuration (the window in the result and the form)', () => {
  it.each([
    [0.25, '15 min'],
    [0, '0 min'],
    [4, '4 h'],
    [1.5, '1 h 30 min'],
    [2.25, '2 h 15 min'],
    [0.1667, '10 min'],
    [0.0001, '0.0001 h'],
    [720, '720 h'],
  ])('writes %d hours as %j', (hours, words) => {
    expect(formatDuration(hours)).toBe(words);
  });

  it('reads back to the same hours for every value the parser returns', () => {
    const parsed = fc.integer({ min: 0, max: 720 * 10_000 }).map((n) => n / 10_000);
    fc.assert(fc.property(parsed, (hours) => parseDuration(formatDuration(hours)) === hours));
  });

  it('reads back whatever a person types, through its words, to the same hours', () => {
    const typed = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 720 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${h}h${m}`),
      fc.integer({ min: 0, max: 43_200 }).map((m) => `${m} min`),
      fc.integer({ min: 0, max: 7_200_000 }).map((n) => `${n / 10_000}`),
    );
    fc.assert(
      fc.property(typed, (text) => {
        const hours = parseDuration(text);
        return hours !== undefined && parseDuration(formatDuration(hours)) === hours;
      }),
    );
  });

  it('applies to number questions counted in hours only', () => {
    expect(isDuration({ kind: 'number', unit: 'hours' })).toBe(true);
    expect(isDuration({ kind: 'number', unit: 'GB' })).toBe(false);
    expect(isDuration({ kind: 'choice' })).toBe(false);
  });
});
