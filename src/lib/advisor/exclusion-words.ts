import { STATUSES } from '../schema/vocabulary.ts';
import type { AdvisorData, Exclusion, OfferingView } from './types.ts';

/*
 * The one place that words why an offering cannot be used: the reasons (reasons.ts), the choice
 * of mode (decide.ts) and the result's table of modes and tools (result-sections.ts) all read it.
 */

/** The few words the "Usable?" column of the result's offerings table shows. */
const LABELS: Record<Exclusion, string> = {
  'not-supported': 'No',
  retired: 'No: retired',
  'tool-retired': 'No: the tool is retired',
  'target-retired': 'No: the target is retired',
  'preview-not-allowed': 'Left out: preview not allowed',
  blocked: 'No: ruled out by a blocker',
};

/** Whether an offering can be used, in the words of the offerings table. */
export function usableLabel(view: OfferingView, recommended: boolean): string {
  if (view.excluded) return LABELS[view.excluded];
  return recommended ? 'Yes: recommended' : 'Yes';
}

/** The blockers' titles, quoted and joined: “A” and “B”. */
export function blockerTitles(data: AdvisorData, blockers: readonly string[]): string {
  return blockers.map((id) => `“${data.considerations[id]?.data.title ?? id}”`).join(' and ');
}

/**
 * Why an offering cannot be used (or, when it can, its status and since when), as a clause that
 * begins with its tool's name, to stand in a sentence after a mode: "DMS is ruled out by “…”",
 * "(offline with) DMS has been retired", "DMS: not supported since 2021-03-01".
 */
export function exclusionClause(data: AdvisorData, view: OfferingView): string {
  const tool = view.toolName;
  const status = STATUSES[view.status].label.toLowerCase();
  switch (view.excluded) {
    case 'blocked':
      return `${tool} is ruled out by ${blockerTitles(data, view.blockers)}`;
    case 'preview-not-allowed':
      return `${tool} is only in ${status}, and you did not allow preview offerings`;
    case 'tool-retired':
      return `${tool} has been retired`;
    case 'target-retired':
      return `${tool}: the target has been retired`;
    default:
      return `${tool}: ${status} since ${view.since}`;
  }
}
