/**
 * How old a scenario's review may grow before readers are warned: validation reports it (a
 * warning, check-plausibility.ts) and the scenario page says so.
 */
export const STALE_AFTER_DAYS = 365;

function daysBetween(earlier: string, later: string): number {
  return (Date.parse(later) - Date.parse(earlier)) / 86_400_000;
}

/** Whether a review date (YYYY-MM-DD) is more than STALE_AFTER_DAYS before today: still published, flagged to readers. */
export function isStale(reviewed: string, today: string): boolean {
  return reviewed <= today && daysBetween(reviewed, today) > STALE_AFTER_DAYS;
}
