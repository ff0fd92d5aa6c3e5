/**
 * Reminders before a retirement: 12, 6, 3 and 1 months ahead. An iCalendar duration has no months
 * (RFC 5545 §3.3.6), so each reminder is the exact number of days back to the same day N calendar
 * months earlier (the month's last day when it is shorter: 1 month before 31 March is 28 or 29
 * February). Relative to the all-day start, it fires on that day in the reader's own time zone.
 */
export const REMINDER_MONTHS = [12, 6, 3, 1] as const;

const DAY_MS = 86_400_000;

/** The same day `months` calendar months before a YYYY-MM-DD date, clamped to the month's end. */
export function monthsBefore(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const firstOfMonth = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(firstOfMonth.getUTCFullYear(), firstOfMonth.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfMonth.setUTCDate(Math.min(day, lastDay));
  return firstOfMonth.toISOString().slice(0, 10);
}

/** Each reminder as days before `date`, in REMINDER_MONTHS order. */
export function reminderDays(date: string): { months: number; days: number }[] {
  return REMINDER_MONTHS.map((months) => ({ months, days: (Date.parse(date) - Date.parse(monthsBefore(date, months))) / DAY_MS }));
}
