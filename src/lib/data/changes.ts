import type { OfferingData, ScenarioData, StatusEntry } from '../schema/scenario.ts';
import type { Dataset, Entry } from './dataset.ts';
import { repeatsPrevious } from './queries.ts';

/** One piece of news about an offering: its first listing, or a change of its status. */
export interface StatusChange {
  scenario: Entry<ScenarioData>;
  offering: OfferingData;
  entry: StatusEntry;
  /** The first entry of the offering's history: when a document first listed it. */
  first: boolean;
}

/**
 * Every dated change of every offering, newest first (ties keep file order). A history entry that
 * only re-confirms the status before it is not news and is left out. The home page's "recent
 * changes" read this; so will the change feeds.
 */
export function statusChanges(dataset: Dataset): StatusChange[] {
  const changes: StatusChange[] = [];
  for (const scenario of Object.values(dataset.scenarios)) {
    for (const offering of scenario.data.offerings) {
      offering.history.forEach((entry, index) => {
        if (!repeatsPrevious(offering.history, index)) changes.push({ scenario, offering, entry, first: index === 0 });
      });
    }
  }
  return changes.sort((a, b) => b.entry.date.localeCompare(a.entry.date));
}

/** Status changes only, leaving out first listings: what moved, for a reader who has been before. */
export function recentStatusChanges(dataset: Dataset, count: number): StatusChange[] {
  return statusChanges(dataset)
    .filter((change) => !change.first)
    .slice(0, count);
}
