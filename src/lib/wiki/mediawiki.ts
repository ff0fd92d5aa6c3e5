import { BACK_LINK_LEAD, backLinks, type RenderOptions } from '../advisor/markdown-result.ts';
import { lineWriter } from '../advisor/model-text.ts';
import type { Block, ResultModel } from '../advisor/result-sections.ts';

/*
 * A result model (result-sections.ts) as MediaWiki markup: the same sections, in the same order,
 * as the Markdown (markdown-result.ts). Every value is text: whatever MediaWiki would read as
 * markup (links, templates, tables, bold, signatures, magic words, tags) becomes an entity.
 */

/** Characters with a meaning anywhere in a line, as numeric entities MediaWiki shows as the character. */
const ANYWHERE = /[&<>[\]{}|'~=_]/g;
/** Characters with a meaning only at the start of a line: lists, indents, rules, preformatted text. */
const LINE_START = /^[*#:;\- ]/;

const entity = (c: string) => `&#${c.codePointAt(0)};`;

/** Text that MediaWiki shows as it is, within a line (a newline would end a list item). */
export function escapeMediaWiki(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(ANYWHERE, entity);
}

/** Text that starts a line of its own (a paragraph), where `*`, `#`, `:`, `;`, `-` or a space would be markup. */
function paragraph(escaped: string): string {
  return escaped.replace(LINE_START, entity);
}

/**
 * An address MediaWiki links: only an absolute http(s) one (a relative address means nothing on
 * another host), with what would end the link (space, brackets, quotes) percent-encoded.
 */
function externalUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  return url.replace(/[\s[\]<>"'{}|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function mediaWikiFromModel(model: ResultModel, options: RenderOptions = {}): string {
  const { link, inline, item } = lineWriter(
    {
      escape: escapeMediaWiki,
      code: (text) => `<code>${escapeMediaWiki(text)}</code>`,
      strong: (written) => `'''${written}'''`,
      link: (words, address) => {
        const url = externalUrl(address);
        return url ? `[${url} ${words}]` : undefined;
      },
      bullet: '* ',
      checkbox: '☐ ',
    },
    options.href,
  );
  const heading = (level: number, words: string) => `${'='.repeat(level)} ${words} ${'='.repeat(level)}`;
  const blocks = (list: readonly Block[], level: number): string[] =>
    list.flatMap((block): string[] => {
      switch (block.kind) {
        case 'list':
          return [...block.items.map((entry) => item(entry, block.style)), ''];
        case 'facts':
          return [...block.facts.map((fact) => `* '''${escapeMediaWiki(fact.term)}:''' ${inline(fact.value)}`), ''];
        case 'note':
          return [paragraph(inline(block.text)), ''];
        case 'table':
          return [
            '{| class="wikitable"',
            `|+ ${escapeMediaWiki(block.caption)}`,
            `! ${block.columns.map(escapeMediaWiki).join(' !! ')}`,
            ...block.rows.flatMap((r) => ['|-', `| ${r.cells.map(inline).join(' || ')}`]),
            '|}',
            '',
          ];
        case 'group':
          return [heading(level, inline(block.heading)), '', ...blocks(block.blocks, level + 1)];
      }
    });

  const lines: string[] = [];
  // A bare image address shows the image where the wiki allows external images ($wgAllowExternalImages
  // or $wgAllowExternalImagesFrom), and a link to it elsewhere; MediaWiki gives it no alt text.
  const image = model.badge && externalUrl(options.image?.(model.badge));
  if (image) lines.push(image, '');
  if (model.title) lines.push(heading(2, escapeMediaWiki(model.title)), '');
  lines.push(`'''${escapeMediaWiki(model.headline)}'''`, '');
  for (const line of model.lead) lines.push(paragraph(escapeMediaWiki(line)), '');
  const back = backLinks(model, options);
  if (back.wizard) {
    const wizard = externalUrl(back.wizard);
    const address = wizard ? `[${wizard} ${escapeMediaWiki(back.wizard)}]` : escapeMediaWiki(back.wizard);
    lines.push(`${BACK_LINK_LEAD.wizard}${address}${back.scenario ? ` · ${link(back.scenario.words, back.scenario.to)}` : ''}`, '');
  }
  if (model.judged) lines.push(paragraph(escapeMediaWiki(model.judged)), '');
  for (const section of model.sections) lines.push(heading(3, escapeMediaWiki(section.title)), '', ...blocks(section.blocks, 4));
  if (!back.wizard && back.scenario) lines.push(`${BACK_LINK_LEAD.scenarioAlone}${link(back.scenario.words, back.scenario.to)}`, '');
  return `${lines.join('\n').trim()}\n`;
}
