import { SEVERITIES } from '../schema/vocabulary.ts';
import { plainText, text, type Block, type Fact, type Item, type ResultModel, type SectionKind } from './result-sections.ts';

/*
 * The short form of a result, for a wiki page or a ticket: a result model of its own, with the
 * headline and lead sentences and one section of facts (mode, tool, status, the main limitations
 * by title: their addresses would take most of the room), taken from the full model and never
 * worded again. Every renderer of a model (the Markdown today, wiki formats later) renders it as
 * it is, with the link back to the full result and the pair's scenario page.
 */

/** How many limitations a summary names; the rest are counted and left to the full result. */
export const SUMMARY_LIMITS = 4;

/** The items of a block tree, in order; `open` leaves out folded groups (other paths). */
function itemsOf(blocks: readonly Block[], open: boolean): Item[] {
  return blocks.flatMap((b) => (b.kind === 'list' ? b.items : b.kind === 'group' && !(open && b.folded) ? itemsOf(b.blocks, open) : []));
}

const blocksOf = (model: ResultModel, kind: SectionKind) => model.sections.find((s) => s.kind === kind)?.blocks ?? [];

export function summaryOf(model: ResultModel): ResultModel {
  // Mode, tool and status: the first columns of the recommended row of the modes-and-tools table.
  const [table] = blocksOf(model, 'offerings');
  const chosen = table?.kind === 'table' ? table.rows.find((row) => row.chosen) : undefined;
  const blocks = blocksOf(model, 'limitations');
  // Blockers and warnings on the recommended path (for an answer of "none", those that rule the
  // pair out); information items are context, left to the full result with the other paths.
  const limits = itemsOf(blocks, true)
    .filter((item) => item.severity !== 'info')
    .slice(0, SUMMARY_LIMITS);
  const more = itemsOf(blocks, false).length - limits.length;
  const facts: Fact[] = [
    ...(table?.kind === 'table' && chosen ? table.columns.slice(0, 3).map((term, i) => ({ term, value: chosen.cells[i] })) : []),
    ...limits.map((item) => ({ term: SEVERITIES[item.severity ?? 'info'].label, value: [text(plainText(item.lead ?? item.text))] })),
    ...(more > 0 ? [{ term: 'More limitations', value: [text(`${more}, in the full result`)] }] : []),
  ];
  // The pair's status badge opens a summary for a wiki; it shows both modes, which this answer
  // does not judge, so its words only say what it is.
  const badge = model.scenario?.kind === 'scenario' ? { scenario: model.scenario.id, alt: `Migration status of ${model.title}` } : undefined;
  // The judging date is in the status's heading; the full result says more about it.
  return { ...model, ...(badge && { badge }), judged: undefined, sections: facts.length > 0 ? [{ kind: 'summary', title: 'In short', blocks: [{ kind: 'facts', facts }] }] : [] };
}
