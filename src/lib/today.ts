/**
 * Today's date as YYYY-MM-DD in UTC, the form every date in content/ takes (see ./iso-date.ts).
 * Pages call it once at build time, so "retired" and the API's `generated` date mean "as of the
 * last build".
 */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The date the wizard judges as of: the visitor's own date, so that a retirement dated after the
 * build is not missed by a site built long ago; but never before the build, since the data knows
 * nothing dated later than that and a device clock set in the past would make current statuses
 * disappear. Says which it used, for the note under the answer.
 */
export function wizardJudgingDate(deviceToday: string, builtOn: string): { date: string; note: string } {
  if (deviceToday >= builtOn) {
    return { date: deviceToday, note: `Judged as of ${deviceToday}, your device's date; the data was built on ${builtOn}.` };
  }
  return { date: builtOn, note: `Judged as of ${builtOn}, the date this site was built (your device's date, ${deviceToday}, is earlier).` };
}
