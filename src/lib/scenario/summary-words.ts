import { STATUSES } from '../schema/vocabulary.ts';
import type { ModeSummary, ScenarioPath } from './paths.ts';

/*
 * The words a scenario's summary says about a mode, in one place: the page's summary, the embed
 * page and the summary copied for a wiki all say them, so they cannot drift apart.
 */

/** What the summary says of a mode no document lists a tool for. */
export const NO_PATH = 'No document lists a tool for this mode.';

/** "1 blocker", "3 blockers". */
export function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * How the summary introduces a mode's path: one no longer usable "was" the way; one a document
 * lists without a status is only "listed for" it, never said to work.
 */
export function pathVerb(best: ScenarioPath): 'Was' | 'With' | 'Listed for' {
  return best.ended ? 'Was' : STATUSES[best.status].stated ? 'With' : 'Listed for';
}

/** Every other usable path of the mode, by short name ("LRS, MI link"); empty when there is none. */
export function otherPathNames(summary: ModeSummary): string {
  return summary.otherCurrent.map((p) => p.shortToolName).join(', ');
}

/**
 * The blocker counts of the mode's path: those for everyone, and those only in some cases (absent
 * when there are none). Both come from blockersOf through modeSummary; nothing is counted here.
 */
export function blockerWords(summary: ModeSummary): { everyone: string; someCases?: string } {
  const everyone = summary.blocks.length > 0 ? `${counted(summary.blocks.length, 'blocker', 'blockers')} for everyone` : 'No blocker for everyone';
  return summary.mayBlock.length > 0 ? { everyone, someCases: `${counted(summary.mayBlock.length, 'blocker', 'blockers')} only in some cases` } : { everyone };
}
