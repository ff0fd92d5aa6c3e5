import { describe, expect, it } from 'vitest';
import { webcalUrl } from '../../../src/lib/feeds/links.ts';
import { monthsBefore, reminderDays } from '../../../src/lib/feeds/reminders.ts';
import { TAG_AUTHORITY, tagUri } from '../../../src/lib/feeds/tag-ids.ts';

describe('reminder dates', () => {
  it('goes back whole calendar months, to the month’s last day when it is shorter', () => {
    expect(monthsBefore('2026-02-28', 12)).toBe('2025-02-28');
    expect(monthsBefore('2026-01-15', 3)).toBe('2025-10-15');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
    expect(monthsBefore('2025-03-31', 1)).toBe('2025-02-28');
    expect(monthsBefore('2025-08-31', 6)).toBe('2025-02-28');
  });

  it('gives each reminder as days before the date, 12, 6, 3 and 1 months ahead', () => {
    expect(reminderDays('2026-02-28')).toEqual([
      { months: 12, days: 365 },
      { months: 6, days: 184 },
      { months: 3, days: 92 },
      { months: 1, days: 31 },
    ]);
  });
});

describe('tag: ids', () => {
  it('joins content ids under the fixed authority', () => {
    expect(tagUri('status', 'a-to-b', 'online', 'dms', '2026-01-01', 'ga')).toBe(`tag:${TAG_AUTHORITY}:status/a-to-b/online/dms/2026-01-01/ga`);
  });

  it('refuses a part that would make the id ambiguous or invalid, naming it', () => {
    expect(() => tagUri('status', 'a/b')).toThrow(/"a\/b"/);
    expect(() => tagUri('status', 'a b')).toThrow(/"a b"/);
    expect(() => tagUri('status', '')).toThrow(/non-empty/);
  });
});

describe('webcal: addresses', () => {
  it('turns an absolute calendar address into a subscription one, and offers none for a path without a host', () => {
    expect(webcalUrl('https://wiki.example.com/m/calendar/tools/dms.ics')).toBe('webcal://wiki.example.com/m/calendar/tools/dms.ics');
    expect(webcalUrl('/m/calendar/tools/dms.ics')).toBeUndefined();
  });
});
