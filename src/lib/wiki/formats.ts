import { markdownFromModel, type RenderOptions } from '../advisor/markdown-result.ts';
import type { ResultModel } from '../advisor/result-sections.ts';
import { confluenceFromModel } from './confluence.ts';
import { htmlFromModel } from './html.ts';
import { mediaWikiFromModel } from './mediawiki.ts';

/**
 * The syntaxes "Copy for your wiki" offers, in the order the picker lists them: each a renderer of
 * the same result model, so a summary says the same in every wiki.
 */
export const WIKI_FORMATS = {
  markdown: { label: 'Markdown', render: markdownFromModel },
  mediawiki: { label: 'MediaWiki', render: mediaWikiFromModel },
  confluence: { label: 'Confluence wiki markup', render: confluenceFromModel },
  html: { label: 'HTML', render: htmlFromModel },
} as const satisfies Record<string, { label: string; render: (model: ResultModel, options: RenderOptions) => string }>;

export type WikiFormat = keyof typeof WIKI_FORMATS;
export const WIKI_FORMAT_IDS = Object.keys(WIKI_FORMATS) as [WikiFormat, ...WikiFormat[]];

/** The model in every format. */
export function wikiSnippets(model: ResultModel, options: RenderOptions): Record<WikiFormat, string> {
  return Object.fromEntries(WIKI_FORMAT_IDS.map((id) => [id, WIKI_FORMATS[id].render(model, options)])) as Record<WikiFormat, string>;
}
