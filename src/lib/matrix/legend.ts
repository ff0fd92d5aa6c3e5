import { STATUS_IDS, STATUSES, type Status } from '../schema/vocabulary.ts';
import type { DateKind } from './rows.ts';

/**
 * The matrix's words beyond the statuses: what the date beside a status is, the retirement tags,
 * the count of retired tools. Cells and the legend both read them here, so the legend explains
 * exactly the words a cell can show.
 */
export const DATE_WORDS: Record<DateKind, { word: string; description: string }> = {
  'first-documented': {
    word: 'first documented',
    description: 'The date of the first document that lists this path; every document since has given the same status.',
  },
  since: {
    word: 'since',
    description: 'The date of the first document that gave this status; an earlier one gave another (the scenario page has the history).',
  },
};

/** The tag after a retired or retiring tool or platform (RetirementTag) and the words it can hold. */
export const RETIREMENT_WORDS = {
  example: 'Retired 2026-03-15 → DMS',
  description:
    '“Retired” or “Retires” on that date, “Ended” or “Ends” for an extension that stops with the product it runs in; → names what replaces it.',
} as const;

/** The count under a cell whose other tools include retired ones. */
export function retiredToolsLabel(count: number): string {
  return `${count} retired tool${count === 1 ? '' : 's'}`;
}

export const RETIRED_TOOLS_DESCRIPTION =
  'Tools retired for this migration, hidden so that the cell shows what you can use today. Open the count, or tick “Show retired tools”, to list them.';

/** Statuses split as the "Supported" filter splits them: the ones that can be used, then the ones that cannot. */
export function statusGroups(): { label: string; statuses: Status[] }[] {
  return [
    { label: 'Can be used', statuses: STATUS_IDS.filter((id) => STATUSES[id].supported) },
    { label: 'Cannot be used', statuses: STATUS_IDS.filter((id) => !STATUSES[id].supported) },
  ];
}
