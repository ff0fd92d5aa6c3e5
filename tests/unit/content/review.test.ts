import { describe, expect, it } from 'vitest';
import { STALE_AFTER_DAYS, isStale } from '../../../src/lib/data/review.ts';

describe('isStale', () => {
  it('flags a review more than a year before today', () => {
    expect(STALE_AFTER_DAYS).toBe(365);
    expect(isStale('2025-11-21', '2026-11-22')).toBe(true);
    expect(isStale('2020-01-01', '2026-11-22')).toBe(true);
  });

  it('keeps a review up to a year old, counted in days', () => {
    expect(isStale('2025-11-22', '2026-11-22')).toBe(false);
    expect(isStale('2026-11-22', '2026-11-22')).toBe(false);
    // 2024 is a leap year: 365 days after 2024-02-01 is 2025-01-31.
    expect(isStale('2024-02-01', '2025-01-31')).toBe(false);
    expect(isStale('2024-02-01', '2025-02-01')).toBe(true);
  });

  it('never flags a review after today (that is a future date, reported on its own)', () => {
    expect(isStale('2027-01-01', '2026-11-22')).toBe(false);
  });
});
