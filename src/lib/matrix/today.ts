/**
 * Today's date as YYYY-MM-DD in UTC, the form every date in content/ takes. Pages call it once at
 * build time, so "retired" and the API's `generated` date mean "as of the last build".
 */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * What is wrong with a YYYY-MM-DD date, or undefined when it names a real day of the proleptic
 * Gregorian calendar, years 0000–9999 as ISO 8601 writes them. Worked out by arithmetic, not with
 * `Date.UTC`, which reads years 0–99 as 1900–1999 and so would call 0050-01-01 impossible. Dates
 * are compared as text everywhere, which holds for any four-digit year. The one home of this
 * rule: the CLI's --today uses it, and the content schema's date check should too.
 */
export function isoDateProblem(value: string): string | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return 'is not written as YYYY-MM-DD';
  const [year, month, day] = match.slice(1).map(Number);
  if (month < 1 || month > 12) return `is not a real calendar date: there is no month ${match[2]}`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `is not a real calendar date: ${match[1]}-${match[2]} has days 01 to ${days}`;
  return undefined;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
