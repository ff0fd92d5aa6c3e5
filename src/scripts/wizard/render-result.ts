import type { Block, Inline, Item, LinkTarget, ResultModel, SectionKind } from '../../lib/advisor/result-sections.ts';
import { linkHref } from '../../lib/advisor/link-href.ts';
import type { AdvisorData } from '../../lib/advisor/types.ts';
import { h, type Child } from './dom.ts';

/**
 * The "Ignored input" section is the one the page does not render here: it lists the unusable
 * answers in its notice above the form (wizard.ts), where the visitor edits them.
 */
export const SHOWN_ELSEWHERE: readonly SectionKind[] = ['ignored'];

/**
 * Renders a result model (result-sections.ts) as DOM nodes: a plain walk over its sections and
 * blocks, text only, so the page and the Markdown copy show the same things in the same order.
 */
export function resultRenderer(data: AdvisorData) {
  const link = (words: string, to: LinkTarget) => {
    const href = linkHref(data, to);
    return href ? h('a', { href }, words) : words;
  };
  const inline = (runs: readonly Inline[]): Child[] =>
    runs.map((run) => {
      switch (run.kind) {
        case 'break':
          return h('br');
        case 'code':
          return h('code', {}, run.text);
        case 'muted':
          return h('span', { class: 'muted wizard-since' }, run.text);
        case 'link':
          return link(run.text, run.to);
        case 'badge':
          // Short words (GA, DMS) keep the table readable on a phone; the full label is the title.
          return run.family === 'status'
            ? h('abbr', { class: `status status-${run.id}`, title: run.title }, h('span', { 'aria-hidden': 'true' }, run.symbol), ` ${run.text}`)
            : h('span', { class: `severity severity-${run.id}` }, h('span', { 'aria-hidden': 'true' }, run.symbol), ` ${run.text}`);
        default:
          return run.text;
      }
    });
  const item = (entry: Item, style: string) => {
    const tags = entry.tags.flatMap((tag) => [' ', h('span', { class: 'tag' }, tag)]);
    const more = entry.more ? [' (', link(entry.more.text, entry.more.to), ')'] : [];
    const sources = entry.sources.length > 0 ? h('span', { class: 'cite' }, ' Source: ', entry.sources.flatMap((s, i) => [i > 0 ? '; ' : '', link(s.label, s.to)])) : null;
    if (style === 'flags') {
      return h('li', { class: `wizard-flag wizard-flag-${entry.severity}` }, inline(entry.lead ?? []), tags, h('br'), h('span', {}, inline(entry.text)), more, sources);
    }
    return h('li', {}, ...(entry.lead ? [...inline(entry.lead), ...tags, ': '] : []), inline(entry.text), more, sources);
  };
  const blocks = (list: readonly Block[]): HTMLElement[] =>
    list.map((block) => {
      switch (block.kind) {
        case 'list':
          return h('ul', { class: block.style === 'flags' ? 'plain' : block.style === 'checklist' ? 'wizard-checklist' : undefined }, block.items.map((entry) => item(entry, block.style)));
        case 'facts':
          return h('dl', { class: 'facts' }, block.facts.map((fact) => [h('dt', {}, fact.term), h('dd', {}, inline(fact.value))]).flat());
        case 'note':
          return h('p', { class: 'muted' }, inline(block.text));
        case 'table':
          // On a phone the table scrolls sideways: focusable and named, so a keyboard can scroll it too.
          return h(
            'div',
            { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': block.caption },
            h(
              'table',
              {},
              h('caption', {}, block.caption),
              h('thead', {}, h('tr', {}, block.columns.map((column) => h('th', { scope: 'col' }, column)))),
              h(
                'tbody',
                {},
                block.rows.map((row) =>
                  h('tr', { class: row.chosen ? 'wizard-chosen' : undefined }, row.cells.map((cell, i) => (i === 0 ? h('th', { scope: 'row' }, inline(cell)) : h('td', {}, inline(cell))))),
                ),
              ),
            ),
          );
        case 'group':
          return block.folded
            ? h('details', { class: 'wizard-fold' }, h('summary', {}, inline(block.heading)), blocks(block.blocks))
            : h('div', { class: 'wizard-flag-group' }, h('h4', {}, inline(block.heading)), blocks(block.blocks));
      }
    });
  return (model: ResultModel): HTMLElement[] =>
    model.sections
      .filter((section) => !SHOWN_ELSEWHERE.includes(section.kind))
      // Each section has a stable id (#wizard-limitations), for a link to one part of a result.
      .map((section) => h('section', { id: `wizard-${section.kind}` }, h('h3', {}, section.title), blocks(section.blocks)));
}

/** Where the result goes on the page (WizardResult.astro). */
export interface ResultFrame {
  summary: HTMLElement;
  asOf: HTMLElement;
  details: HTMLElement;
}

/** Fills the result frame from a result model, using only text nodes for every value. */
export function renderResult(data: AdvisorData, model: ResultModel, frame: ResultFrame): void {
  const line = [model.title, model.headline, ...model.lead].join('|');
  // Only touch the live region when its words change, so typing does not repeat the announcement.
  if (frame.summary.dataset.text !== line) {
    frame.summary.dataset.text = line;
    frame.summary.replaceChildren(
      ...(model.title ? [h('p', { class: 'wizard-pair-title' }, model.title)] : []),
      h('p', { class: `wizard-headline wizard-mode-${model.mode}` }, model.headline),
      ...model.lead.map((words) => h('p', {}, words)),
    );
  }
  frame.asOf.textContent = model.judged ?? '';
  frame.details.replaceChildren(...resultRenderer(data)(model));
}
