import { BACK_LINK_LEAD, backLinks, type RenderOptions } from '../advisor/markdown-result.ts';
import type { Block, Inline, Item, LinkTarget, ResultModel } from '../advisor/result-sections.ts';

/*
 * A result model (result-sections.ts) as an HTML fragment, for wikis and editors that take HTML:
 * the same sections, in the same order, as the Markdown (markdown-result.ts). Every value is
 * escaped text; an address becomes a link only when it is http(s) or relative to the site.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text, or an attribute value in double quotes, that HTML shows as it is. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * An address safe to link: http(s), or relative (a path, a query, a fragment). Anything with
 * another scheme (javascript:, data:, vbscript:) is refused, spelled with any case or spacing.
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u001f]/g, ''));
  if (scheme && !/^https?$/i.test(scheme[1])) return undefined;
  return url;
}

export function htmlFromModel(model: ResultModel, options: RenderOptions = {}): string {
  const anchor = (url: string | undefined, content: string) => {
    const safe = safeUrl(url);
    return safe ? `<a href="${escapeHtml(safe)}">${content}</a>` : content;
  };
  const link = (words: string, to: LinkTarget) => anchor(options.href?.(to), escapeHtml(words));
  const inline = (runs: readonly Inline[]) =>
    runs
      .map((run) => {
        if (run.kind === 'break') return '<br>';
        if (run.kind === 'code') return `<code>${escapeHtml(run.text)}</code>`;
        if (run.kind === 'link') return link(run.text, run.to);
        if (run.kind === 'badge') return `<span title="${escapeHtml(run.title)}">${escapeHtml(`${run.symbol} ${run.text}`)}</span>`;
        return escapeHtml(run.text);
      })
      .join('');
  const item = (entry: Item, style: string) => {
    const lead = entry.lead ? (style === 'flags' ? `<strong>${inline(entry.lead)}</strong>` : inline(entry.lead)) : '';
    const tags = entry.tags.length > 0 ? ` (${escapeHtml(entry.tags.join(', '))})` : '';
    const more = entry.more && options.href?.(entry.more.to) ? ` (${link(entry.more.text, entry.more.to)})` : '';
    const cite = entry.sources.length > 0 ? ` (source: ${entry.sources.map((s) => link(s.label, s.to)).join('; ')})` : '';
    const words = lead ? `${lead}${tags}: ${inline(entry.text)}` : `${inline(entry.text)}${tags}`;
    return `  <li>${style === 'checklist' ? '☐ ' : ''}${words}${more}${cite}</li>`;
  };
  const blocks = (list: readonly Block[], level: number): string[] =>
    list.flatMap((block): string[] => {
      switch (block.kind) {
        case 'list':
          return ['<ul>', ...block.items.map((entry) => item(entry, block.style)), '</ul>'];
        case 'facts':
          return ['<ul>', ...block.facts.map((fact) => `  <li><strong>${escapeHtml(fact.term)}:</strong> ${inline(fact.value)}</li>`), '</ul>'];
        case 'note':
          return [`<p>${inline(block.text)}</p>`];
        case 'table':
          return [
            '<table>',
            `  <caption>${escapeHtml(block.caption)}</caption>`,
            `  <thead><tr>${block.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`,
            '  <tbody>',
            ...block.rows.map((r) => `    <tr>${r.cells.map((cell, i) => (i === 0 ? `<th scope="row">${inline(cell)}</th>` : `<td>${inline(cell)}</td>`)).join('')}</tr>`),
            '  </tbody>',
            '</table>',
          ];
        case 'group':
          return [`<h${level}>${inline(block.heading)}</h${level}>`, ...blocks(block.blocks, Math.min(level + 1, 6))];
      }
    });

  const lines: string[] = [];
  const image = model.badge && safeUrl(options.image?.(model.badge));
  if (model.badge && image) lines.push(`<p><img src="${escapeHtml(image)}" alt="${escapeHtml(model.badge.alt)}"></p>`);
  if (model.title) lines.push(`<h2>${escapeHtml(model.title)}</h2>`);
  lines.push(`<p><strong>${escapeHtml(model.headline)}</strong></p>`);
  for (const line of model.lead) lines.push(`<p>${escapeHtml(line)}</p>`);
  const back = backLinks(model, options);
  if (back.wizard) {
    const scenario = back.scenario ? ` · ${link(back.scenario.words, back.scenario.to)}` : '';
    lines.push(`<p>${escapeHtml(BACK_LINK_LEAD.wizard)}${anchor(back.wizard, escapeHtml(back.wizard))}${scenario}</p>`);
  }
  if (model.judged) lines.push(`<p>${escapeHtml(model.judged)}</p>`);
  for (const section of model.sections) lines.push(`<h3>${escapeHtml(section.title)}</h3>`, ...blocks(section.blocks, 4));
  if (!back.wizard && back.scenario) lines.push(`<p>${escapeHtml(BACK_LINK_LEAD.scenarioAlone)}${link(back.scenario.words, back.scenario.to)}</p>`);
  return `${lines.join('\n')}\n`;
}
