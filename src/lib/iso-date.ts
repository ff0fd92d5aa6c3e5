/**
 * The one rule for dates written as YYYY-MM-DD, the form every date in content/ and the CLI's
 * --today take. Pure and import-free, so the content schema and the CLI share it without the schema
 * depending on the matrix.
 */

/** The written form; the content schema also gives it to the editor's JSON Schema as a pattern. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Why a date written as YYYY-MM-DD names no real day of the proleptic Gregorian calendar, such as
 * "there is no month 13"; undefined when it does, or when it is not written that way. Worked out by
 * arithmetic, not with `Date.UTC`, which reads years 0–99 as 1900–1999 and so would call
 * 0050-01-01 impossible. Dates are compared as text everywhere, which holds for any four-digit year.
 */
export function impossibleDateReason(value: string): string | undefined {
  if (!ISO_DATE.test(value)) return undefined;
  const [yearText, monthText, dayText] = value.split('-');
  const [year, month, day] = [yearText, monthText, dayText].map(Number);
  if (month < 1 || month > 12) return `there is no month ${monthText}`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${yearText}-${monthText} has days 01 to ${days}`;
  return undefined;
}

/** What is wrong with a YYYY-MM-DD date, as the end of a sentence; undefined when it is a real day. */
export function isoDateProblem(value: string): string | undefined {
  if (!ISO_DATE.test(value)) return 'is not written as YYYY-MM-DD';
  const reason = impossibleDateReason(value);
  return reason && `is not a real calendar date: ${reason}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
