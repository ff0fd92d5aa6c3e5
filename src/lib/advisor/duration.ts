import { toDecimal } from './decimal.ts';

/*
 * Durations as people type them into the wizard's downtime field. The address keeps plain decimal
 * hours (downtime-hours=0.25), so links already in wikis keep working; only the form reads
 * minutes, and every place that shows a window writes it back in the same words.
 */

/** Whether a question is answered as a duration: a number question counted in hours. */
export const isDuration = (question: { kind: string; unit?: string }) => question.kind === 'number' && question.unit === 'hours';

/** "1.5", "2 h", "1h30", "1 h 30 min", "15 min", "15m", "90 minutes": hours, then minutes, either optional. */
const UNITS = /^(?:(\d*\.?\d+) *h(?:rs?|ours?)?\.?)? *(?:(\d*\.?\d+) *(m(?:ins?|inutes?)?\.?)?)?$/;

/**
 * The hours a duration names, or undefined when it is not one. A bare number is hours, as the
 * address writes it; after hours, a bare number is minutes ("1h30"); "1:30" is hours and minutes.
 * Rounded to 4 decimals (a third of a second), so 10 min is 0.1667 in the address, not 0.16666….
 */
export function parseDuration(text: string): number | undefined {
  const typed = text.trim().toLowerCase();
  const clock = /^(\d+):([0-5]\d)$/.exec(typed);
  const match = clock ?? UNITS.exec(typed);
  if (!typed || !match) return undefined;
  const [, h, m, unit] = match;
  // A lone number with no unit is hours; with hours before it, or a unit after it, it is minutes.
  const hours = clock || h || unit ? Number(h ?? 0) + Number(m ?? 0) / 60 : Number(m);
  return Math.round(hours * 1e4) / 1e4;
}

/**
 * A window in the words a person writes it: "15 min", "4 h", "1 h 30 min"; a time that is not a
 * whole number of minutes as exact hours ("0.0001 h"), never rounded into another value. Reads
 * back through parseDuration to the same hours for every value parseDuration returns.
 */
export function formatDuration(hours: number): string {
  const minutes = Math.round(hours * 60);
  // Within a few thousandths of a minute is that minute: how far parseDuration's rounding can move it.
  if (Math.abs(hours * 60 - minutes) > 0.003) return `${toDecimal(hours)} h`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h && m ? `${h} h ${m} min` : h ? `${h} h` : `${m} min`;
}
