/** Number formatting shared by the wizard page, the Markdown copy and the CLI, so all three agree. */

/**
 * One formatter per number of digits, made on first use: `toLocaleString` builds a new
 * Intl.NumberFormat on every call, which was half the advisor's time. The same locale and options
 * give the same text (ECMA-402 defines toLocaleString as exactly this).
 */
const formatters = new Map<number, Intl.NumberFormat>();

function formatter(digits: number): Intl.NumberFormat {
  let found = formatters.get(digits);
  if (!found) {
    found = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
    formatters.set(digits, found);
  }
  return found;
}

export function formatNumber(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '∞';
  const rounded = Number(value.toFixed(digits));
  return formatter(digits).format(rounded);
}

/** "40 min", "2.5 h", "3.2 days (77 h)": a copy time a reader can take in at a glance. */
export function formatHours(hours: number): string {
  if (!Number.isFinite(hours)) return 'no finite time';
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} min`;
  if (hours < 48) return `${formatNumber(hours)} h`;
  return `${formatNumber(hours / 24)} days (${formatNumber(hours, 0)} h)`;
}
