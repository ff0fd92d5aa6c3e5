/** Number formatting shared by the wizard page, the Markdown copy and the CLI, so all three agree. */

export function formatNumber(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '∞';
  const rounded = Number(value.toFixed(digits));
  return rounded.toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** "40 min", "2.5 h", "3.2 days (77 h)": a copy time a reader can take in at a glance. */
export function formatHours(hours: number): string {
  if (!Number.isFinite(hours)) return 'no finite time';
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} min`;
  if (hours < 48) return `${formatNumber(hours)} h`;
  return `${formatNumber(hours / 24)} days (${formatNumber(hours, 0)} h)`;
}
