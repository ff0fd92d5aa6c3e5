import type { Inline, Item, LinkTarget } from './result-sections.ts';

/*
 * The wording every text renderer of a result model shares (Markdown, MediaWiki, Confluence):
 * how a run of inline text, a link without an address, and a list item (its lead, tags, "more"
 * link and sources) are put together. Only the syntax differs, and each renderer gives its own.
 */

/** One markup's way of writing the pieces of a line. */
export interface LineSyntax {
  /** Text shown as it is. */
  escape(text: string): string;
  code(text: string): string;
  strong(written: string): string;
  /** A link to `address`; undefined when the markup cannot link it, so it is written as words. */
  link(escapedWords: string, address: string): string | undefined;
  /** The start of a list item, and of a checklist item's box after it. */
  bullet: string;
  checkbox: string;
}

export interface LineWriter {
  link(words: string, to: LinkTarget): string;
  inline(runs: readonly Inline[]): string;
  item(entry: Item, style: string): string;
}

/**
 * A link where the markup can make one; else its words, with the address after them when there is
 * one (in a wiki on another host a relative address is still worth reading) unless `wordsAlone`.
 */
export function lineWriter(syntax: LineSyntax, href: ((to: LinkTarget) => string | undefined) | undefined, wordsAlone = false): LineWriter {
  const link = (words: string, to: LinkTarget) => {
    const address = href?.(to);
    const escaped = syntax.escape(words);
    if (!address) return escaped;
    return syntax.link(escaped, address) ?? (wordsAlone ? escaped : `${escaped} (${syntax.escape(address)})`);
  };
  const inline = (runs: readonly Inline[]) =>
    runs
      .map((run) => {
        if (run.kind === 'break') return ' ';
        if (run.kind === 'code') return syntax.code(run.text);
        if (run.kind === 'link') return link(run.text, run.to);
        if (run.kind === 'badge') return syntax.escape(`${run.symbol} ${run.text}`);
        return syntax.escape(run.text);
      })
      .join('');
  const item = (entry: Item, style: string) => {
    const lead = entry.lead ? (style === 'flags' ? syntax.strong(inline(entry.lead)) : inline(entry.lead)) : '';
    const tags = entry.tags.length > 0 ? ` (${syntax.escape(entry.tags.join(', '))})` : '';
    const more = entry.more && href?.(entry.more.to) ? ` (${link(entry.more.text, entry.more.to)})` : '';
    const cite = entry.sources.length > 0 ? ` (source: ${entry.sources.map((s) => link(s.label, s.to)).join('; ')})` : '';
    const words = lead ? `${lead}${tags}: ${inline(entry.text)}` : `${inline(entry.text)}${tags}`;
    return `${syntax.bullet}${style === 'checklist' ? syntax.checkbox : ''}${words}${more}${cite}`;
  };
  return { link, inline, item };
}
