import { describe, expect, it } from 'vitest';
import { wizardJudgingDate } from '../../src/lib/today.ts';

describe('the date the wizard judges as of', () => {
  it("is the visitor's date when it is on or after the build, so a retirement dated after the build is not missed", () => {
    expect(wizardJudgingDate('2027-03-01', '2026-12-01')).toEqual({
      date: '2027-03-01',
      note: "Judged as of 2027-03-01, your device's date; the data was built on 2026-12-01.",
    });
    expect(wizardJudgingDate('2026-12-01', '2026-12-01').date).toBe('2026-12-01');
  });

  it('is the build date when the device clock is behind it, and says why', () => {
    expect(wizardJudgingDate('2020-01-01', '2026-12-01')).toEqual({
      date: '2026-12-01',
      note: "Judged as of 2026-12-01, the date this site was built (your device's date, 2020-01-01, is earlier).",
    });
  });
});
