import { copyHours } from '../advisor/estimate-words.ts';
import { forTerminal } from '../advisor/terminal.ts';
import type { AdvisorData } from '../advisor/types.ts';
import { MODES, STATUSES } from '../schema/vocabulary.ts';
import type { FleetResult, FleetRow } from './types.ts';

/*
 * The advised inventory as plain text for a terminal: one table line per database, fitted to the
 * terminal's width, then the summary, what was ignored, and the suggested waves. Every text from
 * the file or content passes through forTerminal before it is measured, so a name holding escape
 * sequences is shown as visible `\u001b…` and cannot move the cursor or break the columns.
 */

/** The narrowest a table is laid out for; a narrower terminal wraps the lines instead. */
const MIN_WIDTH = 80;
/** A wave lists at most this many line numbers; the rest are counted. */
const WAVE_LINES = 30;

interface Column {
  header: string;
  cell: (row: FleetRow) => string;
  /** Columns that may be cut to fit, and the fewest characters they keep. */
  shrink?: number;
  right?: boolean;
}

const length = (text: string) => [...text].length;

/** Cut to `width` code points, with an ellipsis where something was cut. */
function cut(text: string, width: number): string {
  const points = [...text];
  return points.length <= width ? text : `${points.slice(0, Math.max(0, width - 1)).join('')}…`;
}

function columnsFor(data: AdvisorData): Column[] {
  const short = (id: string) => data.platforms[id]?.data.short ?? data.platforms[id]?.data.name ?? id;
  return [
    { header: 'Line', cell: (r) => String(r.line), right: true },
    { header: 'Name', cell: (r) => r.name, shrink: 8 },
    { header: 'Migration', cell: (r) => `${short(r.source)} → ${short(r.target)}`, shrink: 10 },
    { header: 'Mode', cell: (r) => (!r.advised ? '' : r.mode === 'none' ? 'No path' : MODES[r.mode].label) },
    // The tool's short name keeps the table narrow; the JSON, CSV and Markdown give the full one.
    { header: 'Tool', cell: (r) => (r.tool ? (data.tools[r.tool]?.data.short ?? r.toolName ?? r.tool) : ''), shrink: 6 },
    { header: 'Status', cell: (r) => (r.status ? STATUSES[r.status].short : ''), shrink: 4 },
    { header: 'Estimate', cell: (r) => (r.estimate ? copyHours(r.estimate).replace(/^at least /, '≥ ') : ''), shrink: 6 },
    { header: 'Blockers', cell: (r) => (r.blockers.length ? `${r.blockers.length}: ${r.blockers.map((b) => b.id).join(', ')}` : ''), shrink: 4 },
    {
      header: 'Deadlines',
      cell: (r) => {
        const [first, ...more] = r.deadlines;
        // Which platform or tool is in the summary below; the cell says whose deadline it is and when.
        return first ? `${first.date} ${first.subject} ${first.event}${first.past ? ' (past)' : ''}${more.length ? ` +${more.length}` : ''}` : '';
      },
      shrink: 10,
    },
    { header: 'Errors', cell: (r) => (r.errors.length ? `${r.errors.length}: ${[...new Set(r.errors.map((e) => e.kind))].join(', ')}` : ''), shrink: 3 },
  ];
}

/** Column widths: each column's widest cell, then the widest cuttable column narrowed until the line fits. */
function fit(columns: Column[], cells: string[][], width: number): number[] {
  const widths = columns.map((column, at) => cells.reduce((max, row) => Math.max(max, length(row[at])), length(column.header)));
  const gaps = 2 * (columns.length - 1);
  let excess = widths.reduce((sum, w) => sum + w, 0) + gaps - Math.max(width, MIN_WIDTH);
  while (excess > 0) {
    let widest = -1;
    columns.forEach((column, at) => {
      if (column.shrink !== undefined && widths[at] > column.shrink && (widest < 0 || widths[at] > widths[widest])) widest = at;
    });
    if (widest < 0) break;
    // Narrow the widest down to the next widest (or its floor) in one step, not one character at a time.
    const next = Math.max(columns[widest].shrink!, ...columns.map((c, at) => (at !== widest && c.shrink !== undefined ? widths[at] : 0)));
    const by = Math.min(excess, Math.max(1, widths[widest] - next));
    widths[widest] -= by;
    excess -= by;
  }
  return widths;
}

/** Words wrapped to `width`, the first line indented by `indent`, the others two more. */
function wrap(text: string, width: number, indent: string): string {
  const rest = `${indent}  `;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && length(line) + 1 + length(word) > width - (lines.length ? rest : indent).length) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.map((l, i) => (i ? rest : indent) + l).join('\n');
}

/** The table of databases, one line each, at most `width` characters wide where it can be. */
export function fleetTable(result: FleetResult, data: AdvisorData, width: number): string {
  const columns = columnsFor(data);
  const cells = result.rows.map((row) => columns.map((column) => forTerminal(column.cell(row)).replace(/\n/g, ' ')));
  const widths = fit(columns, cells, width);
  const line = (row: string[]) =>
    row
      .map((cell, at) => {
        const text = cut(cell, widths[at]);
        const pad = ' '.repeat(widths[at] - length(text));
        return columns[at].right ? pad + text : text + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join('\n');
}

/** Counts as "Offline 5, Online 3", most first as the summary orders them. */
const counted = (entries: { name: string; count: number }[]) => entries.filter((e) => e.count > 0).map((e) => `${e.name} ${e.count}`).join(', ') || 'none';

/** The summary, what was ignored, every row error on its own line, and the waves with how they were formed. */
export function fleetSummary(result: FleetResult, width: number): string {
  const { summary } = result;
  const w = Math.max(width, MIN_WIDTH);
  const item = (label: string, text: string) => wrap(`${label}: ${forTerminal(text)}`, w, '  ');
  const out: string[] = [
    'Summary',
    item('Mode', counted([...Object.entries(MODES).map(([id, m]) => ({ name: m.label, count: summary.byMode[id as keyof typeof MODES] })), { name: 'no path', count: summary.byMode.none }])),
    item('Tools', counted(summary.byTool)),
    item('Status', counted(summary.byStatus.map((s) => ({ name: STATUSES[s.id].label, count: s.count })))),
    item('Targets', counted(summary.byTarget)),
    item('Blockers affecting most databases', counted(summary.topBlockers.map((b) => ({ name: `${b.title} (${b.id})`, count: b.count })))),
    '  Earliest deadlines:' + (summary.earliestDeadlines.length ? '' : ' none'),
    ...summary.earliestDeadlines.map((d) => `    ${d.date}  ${forTerminal(d.name)} ${d.event}${d.past ? ' (past)' : ''}: ${d.rows === 1 ? '1 row' : `${d.rows} rows`}`),
    `  Rows with errors: ${summary.errors.count}${summary.errors.count ? ', not advised:' : ''}`,
    ...result.rows.flatMap((row) => row.errors.map((e) => wrap(forTerminal(e.message), w, '    '))),
  ];
  if (result.notices.length > 0) out.push('', 'Ignored', ...result.notices.map((n) => wrap(forTerminal(n.message), w, '  ')));
  out.push('', 'Suggested waves', wrap(forTerminal(result.waves.basis), w, '  '));
  result.waves.waves.forEach((wave, i) => {
    const lines = wave.rows.slice(0, WAVE_LINES).map((index) => result.rows[index].line);
    const more = wave.rows.length - lines.length;
    out.push(
      `  ${i + 1}. ${forTerminal(wave.title)} (${wave.rows.length === 1 ? '1 row' : `${wave.rows.length} rows`})`,
      wrap(forTerminal(wave.reason), w, '     '),
      wrap(`Lines ${lines.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`, w, '     '),
    );
  });
  return out.join('\n');
}

/** The whole report: the judging date and counts, the table, then the summary and waves. */
export function fleetReport(result: FleetResult, data: AdvisorData, width: number): string {
  const { summary } = result;
  const head = `Judged as of ${result.asOf}. ${summary.rows === 1 ? '1 row' : `${summary.rows} rows`}: ${summary.advised} advised, ${summary.errors.count} with errors.`;
  return [head, '', fleetTable(result, data, width), '', fleetSummary(result, width)].join('\n');
}
