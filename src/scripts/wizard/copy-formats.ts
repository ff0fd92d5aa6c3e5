import '../wiki-copy.ts';
import { copyText } from './clipboard.ts';
import { linkHref } from '../../lib/advisor/link-href.ts';
import { markdownFromModel, type RenderOptions } from '../../lib/advisor/markdown-result.ts';
import type { ResultModel } from '../../lib/advisor/result-sections.ts';
import { summaryOf } from '../../lib/advisor/result-summary.ts';
import type { AdvisorData } from '../../lib/advisor/types.ts';
import { paths } from '../../lib/site/paths.ts';
import { WIKI_FORMAT_IDS, wikiSnippets } from '../../lib/wiki/formats.ts';
import { required } from '../required.ts';

/*
 * What the wizard copies, loaded with import() when a reader reaches for the copy buttons or opens
 * "Copy for your wiki": none of it is needed to show an answer, and the wizard's up-front script
 * has no room for the renderers (tests/support/budgets.ts).
 */

/** Addresses in a copy are absolute and lead back here: the browser knows the site's own address. */
function copyOptions(data: AdvisorData): RenderOptions {
  const absolute = (path: string | undefined) => (path === undefined ? undefined : new URL(path, location.href).href);
  return {
    link: location.href,
    href: (to) => absolute(linkHref(data, to)),
    image: (badge) => absolute(paths.badge(badge.scenario, 'png')),
  };
}

/**
 * Copies what a button of the result's copy row names (data-copy: the link, or the full result as
 * Markdown) and says so in the row's status; where the browser blocks copying, the text waits,
 * selected, in the row's fallback field.
 */
export async function copyResult(row: HTMLElement, button: HTMLButtonElement, data: AdvisorData, model: ResultModel | undefined): Promise<void> {
  const status = required(row, '[data-copy-status]', HTMLElement);
  const fallback = required(row, '[data-copy-fallback] textarea', HTMLTextAreaElement);
  const text = !model || button.dataset.copy === 'link' ? location.href : markdownFromModel(model, copyOptions(data));
  const copied = await copyText(text, fallback);
  status.textContent = copied ? `${(button.textContent ?? '').trim().replace(/^Copy/, 'Copied')}.` : '';
}

/** Fills the fields of a <wiki-copy> (components/WikiCopy.astro) with the short summary in every format. */
export function fillWikiCopy(root: HTMLElement, data: AdvisorData, model: ResultModel): void {
  const snippets = wikiSnippets(summaryOf(model), copyOptions(data));
  for (const format of WIKI_FORMAT_IDS) required(root, `[data-wiki-format="${format}"] textarea`, HTMLTextAreaElement).value = snippets[format];
}
