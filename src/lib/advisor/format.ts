/** Number formatting shared by the wizard page, the Markdown copy and the CLI, so all three agree. */

/**
 * One formatter per number of digits, made on first use: `toLocaleString` builds a new
 * Intl.NumberFormat on every call, which was half the advisor's time. The same locale and options
 * give the same text (ECMA-402 defines toLocaleString as exactly this). The texts of recent numbers
 * are kept too, since a recommendation writes the same few (the preset size, the link's GB/h) many
 * times; the list is emptied when it grows past MAX_REMEMBERED, so it stays small.
 */
const formatters = new Map<number, { format: Intl.NumberFormat; texts: Map<number, string> }>();
const MAX_REMEMBERED = 2048;

function formatter(digits: number) {
  let found = formatters.get(digits);
  if (!found) {
    found = { format: new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }), texts: new Map() };
    formatters.set(digits, found);
  }
  return found;
}

export function formatNumber(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '∞';
  const rounded = Number(value.toFixed(digits));
  const { format, texts } = formatter(digits);
  // A Map takes -0 for 0, but -0 is written "-0": it is never remembered.
  if (Object.is(rounded, -0)) return format.format(rounded);
  let text = texts.get(rounded);
  if (text === undefined) {
    text = format.format(rounded);
    if (texts.size >= MAX_REMEMBERED) texts.clear();
    texts.set(rounded, text);
  }
  return text;
}

/** "40 min", "2.5 h", "3.2 days (77 h)": a copy time a reader can take in at a glance. */
export function formatHours(hours: number): string {
  if (!Number.isFinite(hours)) return 'no finite time';
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} min`;
  if (hours < 48) return `${formatNumber(hours)} h`;
  return `${formatNumber(hours / 24)} days (${formatNumber(hours, 0)} h)`;
}
