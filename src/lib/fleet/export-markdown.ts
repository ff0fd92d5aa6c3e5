import { copyHours } from '../advisor/estimate-words.ts';
import { escapeMarkdown } from '../advisor/markdown-result.ts';
import { MODES, STATUSES } from '../schema/vocabulary.ts';
import { neutraliseFormula } from './safe-cell.ts';
import type { FleetResult, FleetRow } from './types.ts';

/**
 * Text from the file or content, safe in Markdown: formulas neutralised (a pasted table often
 * ends up in a spreadsheet), syntax escaped, and line breaks (a quoted cell may hold them) made
 * spaces so a table row stays one line.
 */
export const markdownText = (text: string) => escapeMarkdown(neutraliseFormula(text)).replace(/\s*[\r\n]+\s*/g, ' ');

const modeWords = (row: FleetRow) => (row.mode === 'none' ? 'No path' : MODES[row.mode].label);

function rowCells(row: FleetRow): string[] {
  return [
    String(row.line),
    row.name,
    row.title,
    row.advised ? modeWords(row) : '',
    row.toolName ?? '',
    row.status ? STATUSES[row.status].label : '',
    row.estimate ? copyHours(row.estimate) : '',
    row.blockers.map((b) => b.title).join('; '),
    row.deadlines.map((d) => d.text).join(' '),
    row.presets.join(', '),
    row.errors.map((e) => e.message).join(' '),
  ].map(markdownText);
}

const HEADER = ['Line', 'Name', 'Migration', 'Mode', 'Tool', 'Status', 'Copy estimate', 'Blockers', 'Deadlines', 'Presets used', 'Errors'];

/**
 * The advised inventory as Markdown for a ticket or wiki: what stopped the file or was ignored,
 * the summary, the suggested waves, then one table row per database. Every text that came from
 * the file is escaped and neutralised (markdownText).
 */
export function toMarkdown(result: FleetResult): string {
  const { summary } = result;
  const lines: string[] = ['# Fleet advice', '', markdownText(`Judged as of ${result.asOf}. ${summary.rows} rows: ${summary.advised} advised, ${summary.errors.count} with errors.`), ''];
  const list = (items: string[]) => [...items.map((item) => `- ${item}`), ''];
  if (result.fileErrors.length > 0) lines.push('## The file could not be read', '', ...list(result.fileErrors.map((e) => markdownText(e.message))));
  if (result.notices.length > 0) lines.push('## Ignored', '', ...list(result.notices.map((n) => markdownText(n.message))));
  if (result.rows.length === 0) return `${lines.join('\n').trim()}\n`;

  const counted = (entries: { name: string; count: number }[]) => entries.map((e) => `${e.name} ${e.count}`).join(', ') || 'none';
  lines.push(
    '## Summary',
    '',
    ...list(
      [
        `Mode: ${counted([...Object.entries(MODES).map(([id, m]) => ({ name: m.label, count: summary.byMode[id as keyof typeof MODES] })), { name: 'no path', count: summary.byMode.none }])}`,
        `Tools: ${counted(summary.byTool)}`,
        `Status: ${counted(summary.byStatus.map((s) => ({ name: STATUSES[s.id].label, count: s.count })))}`,
        `Targets: ${counted(summary.byTarget)}`,
        `Blockers affecting most databases: ${counted(summary.topBlockers.map((b) => ({ name: b.title, count: b.count })))}`,
        `Earliest deadlines: ${summary.earliestDeadlines.map((d) => `${d.date} ${d.name} (${d.event}${d.past ? ', past' : ''}; ${d.rows === 1 ? '1 row' : `${d.rows} rows`})`).join(', ') || 'none'}`,
        `Rows with errors: ${summary.errors.count}${summary.errors.count > 0 ? ` (lines ${summary.errors.lines.join(', ')})` : ''}`,
      ].map(markdownText),
    ),
  );
  lines.push('## Suggested waves', '', markdownText(result.waves.basis), '');
  result.waves.waves.forEach((wave, i) => {
    const waveLines = wave.rows.map((index) => result.rows[index].line).join(', ');
    lines.push(`### ${i + 1}. ${markdownText(wave.title)} (${wave.rows.length})`, '', markdownText(wave.reason), '', markdownText(`Lines ${waveLines}.`), '');
  });
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  lines.push('## Databases', '', row(HEADER), row(HEADER.map(() => '---')), ...result.rows.map((r) => row(rowCells(r))));
  return `${lines.join('\n').trim()}\n`;
}
