import type { AdvisorData } from '../advisor/types.ts';
import { byStatusRank, MODES, type Status } from '../schema/vocabulary.ts';
import type { Count, Deadline, FleetRow, FleetSummary } from './types.ts';

/** How many of the earliest deadlines the summary lists. */
export const SUMMARY_DEADLINES = 10;

/** Counts per key, most first, then by key so equal counts keep one order. */
function tally<K extends string>(keys: Iterable<K>): Count<K>[] {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

const deadlineKey = (d: Deadline) => `${d.date}|${d.subject}|${d.id}|${d.event}`;

/**
 * The fleet at a glance: rows by mode, tool, status and target (advised rows only), the blockers
 * that affect most rows, the earliest deadlines with how many rows each concerns, and which lines
 * have errors.
 */
export function summarise(data: AdvisorData, rows: readonly FleetRow[]): FleetSummary {
  const advised = rows.filter((r) => r.advised);
  const byMode = Object.fromEntries([...Object.keys(MODES), 'none'].map((mode) => [mode, 0])) as FleetSummary['byMode'];
  for (const row of advised) byMode[row.mode] += 1;

  const toolNames = new Map(advised.filter((r) => r.tool).map((r) => [r.tool!, r.toolName ?? r.tool!]));
  const titles = new Map(advised.flatMap((r) => r.blockers.map((b) => [b.id, b.title] as const)));
  const deadlines = new Map<string, Deadline>();
  for (const d of advised.flatMap((r) => r.deadlines)) deadlines.set(deadlineKey(d), d);
  const deadlineRows = tally(advised.flatMap((r) => [...new Set(r.deadlines.map(deadlineKey))]));
  const errorLines = rows.filter((r) => r.errors.length > 0).map((r) => r.line);

  return {
    rows: rows.length,
    advised: advised.length,
    byMode,
    byTool: tally(advised.flatMap((r) => (r.tool ? [r.tool] : []))).map((c) => ({ ...c, name: toolNames.get(c.id) ?? c.id })),
    byStatus: tally(advised.flatMap((r) => (r.status ? [r.status] : []))).sort((a, b) => b.count - a.count || byStatusRank(a.id as Status, b.id as Status)) as Count<Status>[],
    byTarget: tally(advised.map((r) => r.target)).map((c) => ({ ...c, name: data.platforms[c.id]?.data.name ?? c.id })),
    topBlockers: tally(advised.flatMap((r) => r.blockers.map((b) => b.id))).map((c) => ({ id: c.id, title: titles.get(c.id) ?? c.id, count: c.count })),
    earliestDeadlines: deadlineRows
      .map((c) => {
        const { text: _text, ...deadline } = deadlines.get(c.id)!;
        return { ...deadline, rows: c.count };
      })
      .sort((a, b) => a.date.localeCompare(b.date) || b.rows - a.rows || a.name.localeCompare(b.name))
      .slice(0, SUMMARY_DEADLINES),
    errors: { count: errorLines.length, lines: errorLines },
  };
}
