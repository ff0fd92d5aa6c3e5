/**
 * Today's date as YYYY-MM-DD in UTC, the form every date in content/ takes (see ../iso-date.ts).
 * Pages call it once at build time, so "retired" and the API's `generated` date mean "as of the
 * last build".
 */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
