import { MODES, SEVERITIES, SEVERITY_IDS, STATUSES, type Mode, type Severity } from '../schema/vocabulary.ts';
import { shortName } from '../data/queries.ts';
import { citeLabel } from './cite.ts';
import { citedFor } from './document-subjects.ts';
import { ESTIMATE_METHOD } from './estimate.ts';
import { usableLabel } from './exclusion-words.ts';
import { copyHours, windowWords } from './estimate-words.ts';
import { leadLines } from './result-lead.ts';
import type { AdvisorData, CiteRef, Estimate, Flag, Reason, Recommendation } from './types.ts';

/*
 * The advisor's result as an ordered list of sections of plain data: what the wizard page shows
 * (render-result.ts, as DOM nodes) and what "Copy as Markdown" and the CLI print (markdown-result.ts)
 * are two renderings of this one model, so the two cannot drift apart. Nothing here is markup:
 * every value is text, and a link names what it points at, not an address, since the page, the
 * copied Markdown and the CLI each resolve (or drop) addresses their own way.
 */

/** What a link points at: a reference (document, limitation, guide rule), another pair's result, a scenario page. */
export type LinkTarget = CiteRef | { kind: 'pair'; source: string; target: string } | { kind: 'scenario'; id: string };

/** A run of inline text. A badge is a status or severity shown as its symbol and word. */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'muted'; text: string }
  | { kind: 'break' }
  | { kind: 'link'; text: string; to: LinkTarget }
  | { kind: 'badge'; family: 'status' | 'severity'; id: string; symbol: string; text: string; title: string };

/** A reference an item rests on, with the words it is shown with. */
export interface Source {
  label: string;
  to: CiteRef;
}

/** One entry of a list: a reason, a limitation, a prerequisite, an alternative pair. */
export interface Item {
  /** Words set before the text: a limitation's or prerequisite's title, an alternative pair. */
  lead?: Inline[];
  /** Short labels for what the item concerns: "Online only", a tool, "not the recommended path". */
  tags: string[];
  text: Inline[];
  sources: Source[];
  /** A page that says more about the item (an alternative's scenario page). */
  more?: { text: string; to: LinkTarget };
  /** A limitation's severity. */
  severity?: Severity;
}

/** `reasons` lists sentences with their sources; `flags` titled limitations; `checklist` things to do first. */
export type ListStyle = 'reasons' | 'flags' | 'checklist';

export type Block =
  | { kind: 'list'; style: ListStyle; items: Item[] }
  | { kind: 'facts'; facts: Fact[] }
  | { kind: 'note'; text: Inline[] }
  | { kind: 'table'; caption: string; columns: string[]; rows: { chosen: boolean; cells: Inline[][] }[] }
  /** Blocks under a heading; a folded group is shown closed on the page (what concerns other paths). */
  | { kind: 'group'; heading: Inline[]; blocks: Block[]; folded?: boolean };

export type SectionKind =
  | 'summary'
  | 'unknowns'
  | 'why'
  | 'changes'
  | 'estimate'
  | 'caveats'
  | 'offerings'
  | 'limitations'
  | 'checklist'
  | 'alternatives'
  | 'ignored';

export interface Section {
  kind: SectionKind;
  title: string;
  blocks: Block[];
}

/** A term and its value: a line of the estimate, the mode, tool and status a summary states. */
export interface Fact {
  term: string;
  value: Inline[];
}

export interface ResultModel {
  /** The pair ("SQL Server → Azure SQL Managed Instance"); empty until both are chosen. */
  title: string;
  headline: string;
  mode: Mode | 'none';
  /** Sentences under the headline: what the downtime holds, the copy estimate, which answers are presets (result-lead.ts). */
  lead: string[];
  /** The pair's scenario page, when content describes the pair. */
  scenario?: LinkTarget;
  /** The pair's status badge, which a summary for a wiki opens with (result-summary.ts). */
  badge?: Badge;
  /** When the statuses and retirements were judged, in words; absent without a pair. */
  judged?: string;
  /** The sections in the order every rendering shows them; empty ones are left out. */
  sections: Section[];
}

/**
 * A scenario's status badge image (built under paths.badge). Like a link it names what it shows,
 * not an address: each renderer asks its options for the image's.
 */
export interface Badge {
  scenario: string;
  /** What the image says, for a reader who cannot see it. */
  alt: string;
}

export interface ModelOptions {
  /** How to say the judging date; by default "Judged as of <asOf>: …". The page says whose date it used. */
  judged?: string;
}

export const text = (words: string): Inline => ({ kind: 'text', text: words });

/** A status as its symbol and short word ("✔ GA"); its full label is the title. */
export function statusBadge(status: keyof typeof STATUSES): Inline {
  const word = STATUSES[status];
  return { kind: 'badge', family: 'status', id: status, symbol: word.symbol, text: word.short, title: word.label };
}

function severityBadge(severity: Severity): Inline {
  const word = SEVERITIES[severity];
  return { kind: 'badge', family: 'severity', id: severity, symbol: word.symbol, text: word.label, title: word.description };
}

/** Turns a reason's references into sources, leaving out documents about other engines or tools. */
type Cite = (refs: readonly CiteRef[]) => Source[];

/**
 * The sources a result may show: guide rules are general and cite documents from several engines
 * (document-subjects.ts), so a PostgreSQL answer keeps the PostgreSQL ones and drops a MySQL FAQ.
 */
function citeFor(data: AdvisorData, rec: Recommendation): Cite {
  const engines = [rec.source, rec.target].map((id) => data.platforms[id]?.data.engine ?? '');
  const tools = [...rec.offerings, ...rec.alternatives.flatMap((a) => a.modes)].map((o) => o.tool);
  return (refs) =>
    refs.filter((to) => to.kind !== 'document' || citedFor(data.documents[to.id]?.data.about, engines, tools)).map((to) => ({ label: citeLabel(data, to), to }));
}

const list = (style: ListStyle, items: Item[]): Block[] => (items.length === 0 ? [] : [{ kind: 'list', style, items }]);

const reasonItems = (cite: Cite, reasons: readonly Reason[]): Item[] => reasons.map((r) => ({ tags: [], text: [text(r.text)], sources: cite(r.cite) }));

const toolLabel = (data: AdvisorData, id: string) => (data.tools[id] ? shortName(data.tools[id]) : id);

function estimateBlocks(cite: Cite, e: Estimate): Block[] {
  return [
    {
      kind: 'facts',
      facts: [
        { term: 'Copy time', value: [{ kind: 'code', text: e.formula }] },
        { term: 'Network rate', value: [{ kind: 'code', text: e.networkFormula }] },
        {
          term: 'Your window',
          value: [text(`The copy (${copyHours(e)}${e.lowerBound ? ', a lower bound' : ''}) ${e.fits ? 'fits' : 'does not fit'} ${windowWords(e)}.`)],
        },
      ],
    },
    { kind: 'note', text: [text(e.assumptions.length > 0 ? `${ESTIMATE_METHOD}. Assumptions:` : `${ESTIMATE_METHOD}.`)] },
    ...list('reasons', reasonItems(cite, e.assumptions)),
  ];
}

function offeringsTable(data: AdvisorData, rec: Recommendation): Block[] {
  if (rec.offerings.length === 0) return [];
  const rows = rec.offerings.map((view) => {
    const chosen = rec.mode === view.mode && rec.tool === view.tool;
    const tool = data.tools[view.tool];
    return {
      chosen,
      cells: [
        [text(MODES[view.mode].label)],
        // The name the documents use for this path ("DMS (classic)") wins over the tool's short name.
        [text(!tool || view.toolName !== tool.data.name ? view.toolName : shortName(tool))],
        [statusBadge(view.status), { kind: 'break' } as const, { kind: 'muted', text: `since ${view.since}` } as const],
        [text(usableLabel(view, chosen))],
      ],
    };
  });
  return [{ kind: 'table', caption: 'Modes and tools for this pair', columns: ['Mode', 'Tool', `Status on ${rec.asOf}`, 'Usable?'], rows }];
}

/** A limitation or prerequisite: its title, linked to its page, then its summary. */
const titled = (flag: Flag): Item => ({
  lead: [{ kind: 'link', text: flag.title, to: { kind: 'consideration', id: flag.id } }],
  tags: [],
  text: [text(flag.summary)],
  sources: [],
});

function flagItem(data: AdvisorData, flag: Flag): Item {
  return {
    ...titled(flag),
    tags: [
      flag.mode ? `${MODES[flag.mode].label} only` : '',
      flag.tools ? flag.tools.map((id) => toolLabel(data, id)).join(', ') : '',
      flag.recommended ? '' : 'not the recommended path',
    ].filter(Boolean),
    severity: flag.severity,
  };
}

/** The limitations, a group per severity, most severe first, each headed by its badge and count. */
function flagGroups(data: AdvisorData, flags: readonly Flag[]): Block[] {
  return SEVERITY_IDS.flatMap((severity): Block[] => {
    const group = flags.filter((f) => f.severity === severity);
    if (group.length === 0) return [];
    return [{ kind: 'group', heading: [severityBadge(severity), text(` (${group.length})`)], blocks: list('flags', group.map((f) => flagItem(data, f))) }];
  });
}

/**
 * Those on the recommended path first, by severity; those that concern only other paths after
 * them in one folded group, so they are there to read but do not bury what applies.
 */
function limitationBlocks(data: AdvisorData, flags: readonly Flag[]): Block[] {
  const others = flags.filter((f) => !f.recommended);
  const other: Block[] = others.length > 0 ? [{ kind: 'group', heading: [text(`Not the recommended path (${others.length})`)], blocks: flagGroups(data, others), folded: true }] : [];
  return [...flagGroups(data, flags.filter((f) => f.recommended)), ...other];
}

function alternativeItems(rec: Recommendation): Item[] {
  return rec.alternatives.map((a) => ({
    lead: [{ kind: 'link', text: a.title, to: { kind: 'pair', source: a.source, target: a.target } }],
    tags: [],
    text: [text(a.modes.map((m) => `${MODES[m.mode].label.toLowerCase()} with ${m.toolName} (${STATUSES[m.status].short})`).join(', '))],
    sources: [],
    more: { text: 'scenario page', to: { kind: 'scenario', id: a.scenario } },
  }));
}

/** The result of `recommend` as sections, in the order the page and the Markdown both show them. */
export function resultModel(rec: Recommendation, data: AdvisorData, options: ModelOptions = {}): ResultModel {
  const e = rec.estimate;
  const cite = citeFor(data, rec);
  const sections: Section[] = [
    { kind: 'unknowns', title: 'Not documented for your case', blocks: list('reasons', reasonItems(cite, rec.unknowns)) },
    { kind: 'why', title: 'Why', blocks: list('reasons', reasonItems(cite, rec.reasons)) },
    { kind: 'changes', title: 'What would change the answer', blocks: list('reasons', reasonItems(cite, rec.changes)) },
    { kind: 'estimate', title: 'Offline copy-time estimate', blocks: e ? estimateBlocks(cite, e) : [] },
    { kind: 'caveats', title: 'Status caveats', blocks: list('reasons', reasonItems(cite, rec.caveats)) },
    { kind: 'offerings', title: 'Modes and tools', blocks: offeringsTable(data, rec) },
    { kind: 'limitations', title: 'Limitations that apply', blocks: limitationBlocks(data, rec.flags) },
    { kind: 'checklist', title: 'Checklist before you start', blocks: list('checklist', rec.checklist.map(titled)) },
    { kind: 'alternatives', title: 'Supported alternatives', blocks: list('reasons', alternativeItems(rec)) },
    { kind: 'ignored', title: 'Ignored input', blocks: list('reasons', rec.problems.map((p) => ({ tags: [], text: [text(p.message)], sources: [] }))) },
  ];
  return {
    title: rec.title,
    headline: rec.headline,
    mode: rec.mode,
    lead: leadLines(data, rec),
    scenario: rec.scenario ? { kind: 'scenario', id: rec.scenario } : undefined,
    judged: rec.title ? (options.judged ?? `Judged as of ${rec.asOf}: statuses and retirements are those the documents gave on that date.`) : undefined,
    sections: sections.filter((s) => s.blocks.length > 0),
  };
}

/** The words of inline runs, without markup: for a live region's comparison, tests and plain text. */
export function plainText(runs: readonly Inline[]): string {
  return runs.map((run) => (run.kind === 'break' ? ' ' : run.kind === 'badge' ? `${run.symbol} ${run.text}` : run.text)).join('');
}
