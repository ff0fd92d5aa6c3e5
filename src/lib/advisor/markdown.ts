import { MODES, SEVERITIES, SEVERITY_IDS, STATUSES } from '../schema/vocabulary.ts';
import { citeLabel } from './cite.ts';
import { ESTIMATE_METHOD } from './estimate.ts';
import { formatHours, formatNumber } from './format.ts';
import type { AdvisorData, CiteRef, Flag, Reason, Recommendation } from './types.ts';

/** Backslash-escapes what Markdown (and a wiki rendering it) would read as syntax or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

export interface MarkdownOptions {
  /** The wizard address that reproduces this result. */
  link?: string;
  /** An absolute address for a reference, or undefined to print its label alone (the CLI). */
  href?: (ref: CiteRef) => string | undefined;
}

/**
 * The recommendation as Markdown, for pasting into a ticket or wiki, and (without links) as the
 * CLI's readable summary. Every reason keeps its sources.
 */
export function toMarkdown(rec: Recommendation, data: AdvisorData, options: MarkdownOptions = {}): string {
  const sources = (cite: CiteRef[]) => {
    if (cite.length === 0) return '';
    const items = cite.map((ref) => {
      const label = escapeMarkdown(citeLabel(data, ref));
      const url = options.href?.(ref);
      return url ? `[${label}](${url})` : label;
    });
    return ` (source: ${items.join('; ')})`;
  };
  const reason = (r: Reason) => `- ${escapeMarkdown(r.text)}${sources(r.cite)}`;
  const flag = (f: Flag) => {
    const scope = [f.mode ? `${MODES[f.mode].label.toLowerCase()} only` : '', f.recommended ? '' : 'not the recommended path']
      .filter(Boolean)
      .join(', ');
    return `- **${escapeMarkdown(f.title)}**${scope ? ` (${scope})` : ''}: ${escapeMarkdown(f.summary)}${sources(f.cite.slice(0, 1))}`;
  };

  const lines: string[] = [];
  if (rec.title) lines.push(`# ${escapeMarkdown(rec.title)}`, '');
  lines.push(`**${escapeMarkdown(rec.headline)}**`, '');
  if (options.link) lines.push(`Wizard: <${options.link.replace(/[<>\s]/g, encodeURIComponent)}>`, '');
  if (rec.asOf) lines.push(`Judged as of ${rec.asOf}: statuses and retirements are those the documents gave on that date.`, '');
  const section = (title: string, body: string[]) => {
    if (body.length > 0) lines.push(`## ${title}`, '', ...body, '');
  };
  section('Not documented for your case', rec.unknowns.map(reason));
  section('Why', rec.reasons.map(reason));
  if (rec.estimate) {
    const e = rec.estimate;
    section('Offline copy-time estimate', [
      `- ${escapeMarkdown(ESTIMATE_METHOD)}: ${escapeMarkdown(e.formula)}`,
      `- Network rate: ${escapeMarkdown(e.networkFormula)}`,
      `- ${e.fits ? 'Fits' : 'Does not fit'} the ${formatNumber(e.downtimeHours)}-hour downtime window (copy: ${e.lowerBound ? 'at least ' : ''}${formatHours(e.hours)}${e.lowerBound ? ', a lower bound' : ''}).`,
      ...e.assumptions.map(reason),
    ]);
  }
  section('What would change the answer', rec.changes.map(reason));
  section('Status caveats', rec.caveats.map(reason));
  for (const severity of SEVERITY_IDS) {
    const group = rec.flags.filter((f) => f.severity === severity);
    section(`${SEVERITIES[severity].label} limitations`, group.map(flag));
  }
  section('Checklist', rec.checklist.map((f) => `- [ ] ${escapeMarkdown(f.title)}: ${escapeMarkdown(f.summary)}`));
  section(
    'Supported alternatives',
    rec.alternatives.map(
      (a) =>
        `- ${escapeMarkdown(a.title)}: ${a.modes.map((m) => `${MODES[m.mode].label.toLowerCase()} with ${escapeMarkdown(m.toolName)} (${STATUSES[m.status].short})`).join(', ')}`,
    ),
  );
  section('Ignored input', rec.problems.map((p) => `- ${escapeMarkdown(p.message)}`));
  return `${lines.join('\n').trim()}\n`;
}
