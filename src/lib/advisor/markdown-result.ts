import { lineWriter } from './model-text.ts';
import type { AdvisorData, Recommendation } from './types.ts';
import { resultModel, type Badge, type Block, type LinkTarget, type ModelOptions, type ResultModel } from './result-sections.ts';

/** Backslash-escapes what Markdown (and a wiki rendering it) would read as syntax or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

export interface MarkdownOptions extends ModelOptions {
  /** The wizard address that reproduces this result. */
  link?: string;
  /** An absolute address for a link, or undefined to print its words alone (the CLI). */
  href?: (to: LinkTarget) => string | undefined;
  /** The address of a status badge's image, or undefined to leave the badge out (the CLI). */
  image?: (badge: Badge) => string | undefined;
}

/** What every renderer of a result model is given (this one, and those in src/lib/wiki/). */
export type RenderOptions = Omit<MarkdownOptions, 'judged'>;

/**
 * The ways back from a copy to the site: the wizard address that reproduces the result, and the
 * pair's scenario page (the only way back from a scenario's own summary). Each renderer writes
 * them in its syntax, with these words.
 */
export function backLinks(model: ResultModel, options: RenderOptions): { wizard?: string; scenario?: { words: string; to: LinkTarget } } {
  const scenario = model.scenario && options.href?.(model.scenario) ? { words: 'scenario page', to: model.scenario } : undefined;
  return { ...(options.link && { wizard: options.link }), ...(scenario && { scenario }) };
}

/** Before the ways back: "Wizard: … · scenario page", or "Full details: scenario page" alone. */
export const BACK_LINK_LEAD = { wizard: 'Wizard: ', scenarioAlone: 'Full details: ' };

/** Percent-encodes what would end a Markdown link destination early: spaces, brackets, parentheses. */
const destination = (url: string) => url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** A code span whose fence is longer than any run of backticks inside it. */
function codeSpan(text: string): string {
  const fence = '`'.repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = /^`|`$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** The inline and list-item renderers both Markdown forms share. */
function markdownWriter(options: RenderOptions) {
  const { link, inline, item } = lineWriter(
    {
      escape: escapeMarkdown,
      code: codeSpan,
      strong: (written) => `**${written}**`,
      link: (words, url) => `[${words}](${destination(url)})`,
      bullet: '- ',
      checkbox: '[ ] ',
    },
    options.href,
  );
  /** The wizard address, in angle brackets so no character of it ends the link. */
  const address = (url: string) => `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
  return { link, inline, item, address };
}

/**
 * The result as Markdown, for pasting into a ticket or wiki, and (without links) as the CLI's
 * readable summary: the same sections as the wizard page, in the same order (result-sections.ts).
 * The short summary is the same kind of model (result-summary.ts), so it renders here too.
 */
export function markdownFromModel(model: ResultModel, options: RenderOptions = {}): string {
  const { link, inline, item, address } = markdownWriter(options);
  const blocks = (list: readonly Block[], level: number): string[] =>
    list.flatMap((block): string[] => {
      switch (block.kind) {
        case 'list':
          return [...block.items.map((entry) => item(entry, block.style)), ''];
        case 'facts':
          return [...block.facts.map((fact) => `- ${escapeMarkdown(fact.term)}: ${inline(fact.value)}`), ''];
        case 'note':
          return [inline(block.text), ''];
        case 'table': {
          const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
          return [
            row(block.columns.map(escapeMarkdown)),
            row(block.columns.map(() => '---')),
            ...block.rows.map((r) => row(r.cells.map(inline))),
            '',
          ];
        }
        case 'group':
          return [`${'#'.repeat(level)} ${inline(block.heading)}`, '', ...blocks(block.blocks, level + 1)];
      }
    });

  const lines: string[] = [];
  // The badge alone: the way back to the scenario page is a link of its own, further down.
  const badge = model.badge && options.image?.(model.badge);
  if (model.badge && badge) lines.push(`![${escapeMarkdown(model.badge.alt)}](${destination(badge)})`, '');
  if (model.title) lines.push(`# ${escapeMarkdown(model.title)}`, '');
  lines.push(`**${escapeMarkdown(model.headline)}**`, '');
  for (const line of model.lead) lines.push(escapeMarkdown(line), '');
  const back = backLinks(model, options);
  if (back.wizard) lines.push(`${BACK_LINK_LEAD.wizard}${address(back.wizard)}${back.scenario ? ` · ${link(back.scenario.words, back.scenario.to)}` : ''}`, '');
  if (model.judged) lines.push(escapeMarkdown(model.judged), '');
  for (const section of model.sections) lines.push(`## ${escapeMarkdown(section.title)}`, '', ...blocks(section.blocks, 3));
  if (!back.wizard && back.scenario) lines.push(`${BACK_LINK_LEAD.scenarioAlone}${link(back.scenario.words, back.scenario.to)}`, '');
  return `${lines.join('\n').trim()}\n`;
}

/** The recommendation as Markdown: its sections (result-sections.ts) rendered by markdownFromModel. */
export function toMarkdown(rec: Recommendation, data: AdvisorData, options: MarkdownOptions = {}): string {
  return markdownFromModel(resultModel(rec, data, { judged: options.judged }), options);
}
