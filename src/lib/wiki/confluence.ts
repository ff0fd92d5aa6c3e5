import { BACK_LINK_LEAD, backLinks, type RenderOptions } from '../advisor/markdown-result.ts';
import { lineWriter } from '../advisor/model-text.ts';
import type { Block, ResultModel } from '../advisor/result-sections.ts';

/*
 * A result model (result-sections.ts) as Confluence wiki markup (the "Insert markup" dialog of
 * Confluence and Jira): the same sections, in the same order, as the Markdown (markdown-result.ts).
 * Every value is text: what Confluence would read as markup is backslash-escaped.
 */

/** Macros, links, table cells, bold, emphasis, images and numbered lists: escaped wherever they appear. */
const ALWAYS = /[{}[\]|*_!#]/;
/**
 * Strike-through (-x-), inserted (+x+), superscript (^x^), subscript (~x~) and citation (??x??)
 * open and close only at a word's edge, so "2022-06-13" needs no escaping but " - " does.
 */
const AT_EDGE = /[-+^~?]/;
const wordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Text Confluence shows as it is, within a line. */
export function escapeConfluence(text: string): string {
  const flat = text.replace(/\s*[\r\n]+\s*/g, ' ');
  let out = '';
  for (let i = 0; i < flat.length; i += 1) {
    const c = flat[i];
    // Two backslashes are a line break and one escapes the next character: a backslash of the
    // text is written as an entity, and so is an ampersand that would start one.
    if (c === '\\') out += '&#92;';
    else if (c === '&' && /^&#?\w+;/.test(flat.slice(i))) out += '&amp;';
    else if (ALWAYS.test(c) || (AT_EDGE.test(c) && !(wordChar(flat[i - 1]) && wordChar(flat[i + 1])))) out += `\\${c}`;
    else out += c;
  }
  return out;
}

/** A paragraph that begins like a heading or quotation (`h1.`, `bq.`) would become one. */
function paragraph(escaped: string): string {
  return escaped.replace(/^(h[1-6]|bq)\./, '$1\\.');
}

/** An address Confluence links: absolute http(s) only, with what would end the link percent-encoded. */
function externalUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  return url.replace(/[\s[\]{}|!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Image attributes are a comma-separated list of name=value, closed by `!`: an alt text keeps none of those. */
const altText = (alt: string) => alt.replace(/[,=|!\r\n]+/g, ' ').replace(/\s+/g, ' ').trim();

export function confluenceFromModel(model: ResultModel, options: RenderOptions = {}): string {
  const { link, inline, item } = lineWriter(
    {
      escape: escapeConfluence,
      code: (text) => `{{${escapeConfluence(text)}}}`,
      strong: (written) => `*${written}*`,
      link: (words, address) => {
        const url = externalUrl(address);
        return url ? `[${words}|${url}]` : undefined;
      },
      bullet: '* ',
      checkbox: '☐ ',
    },
    options.href,
  );
  const blocks = (list: readonly Block[], level: number): string[] =>
    list.flatMap((block): string[] => {
      switch (block.kind) {
        case 'list':
          return [...block.items.map((entry) => item(entry, block.style)), ''];
        case 'facts':
          return [...block.facts.map((fact) => `* *${escapeConfluence(fact.term)}:* ${inline(fact.value)}`), ''];
        case 'note':
          return [paragraph(inline(block.text)), ''];
        case 'table':
          // A cell may not be empty: Confluence would merge the bars around it.
          return [
            `*${escapeConfluence(block.caption)}*`,
            `||${block.columns.map(escapeConfluence).join('||')}||`,
            ...block.rows.map((r) => `|${r.cells.map((cell) => inline(cell) || ' ').join('|')}|`),
            '',
          ];
        case 'group':
          return [`h${level}. ${inline(block.heading)}`, '', ...blocks(block.blocks, level + 1)];
      }
    });

  const lines: string[] = [];
  const image = model.badge && externalUrl(options.image?.(model.badge));
  if (model.badge && image) {
    const alt = altText(model.badge.alt);
    lines.push(alt ? `!${image}|alt=${alt}!` : `!${image}!`, '');
  }
  if (model.title) lines.push(`h2. ${escapeConfluence(model.title)}`, '');
  lines.push(`*${escapeConfluence(model.headline)}*`, '');
  for (const line of model.lead) lines.push(paragraph(escapeConfluence(line)), '');
  const back = backLinks(model, options);
  if (back.wizard) {
    const wizard = externalUrl(back.wizard);
    const address = wizard ? `[${wizard}]` : escapeConfluence(back.wizard);
    lines.push(`${BACK_LINK_LEAD.wizard}${address}${back.scenario ? ` · ${link(back.scenario.words, back.scenario.to)}` : ''}`, '');
  }
  if (model.judged) lines.push(paragraph(escapeConfluence(model.judged)), '');
  for (const section of model.sections) lines.push(`h3. ${escapeConfluence(section.title)}`, '', ...blocks(section.blocks, 4));
  if (!back.wizard && back.scenario) lines.push(`${BACK_LINK_LEAD.scenarioAlone}${link(back.scenario.words, back.scenario.to)}`, '');
  return `${lines.join('\n').trim()}\n`;
}
