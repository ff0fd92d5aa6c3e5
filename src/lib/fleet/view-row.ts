import { copyHours } from '../advisor/estimate-words.ts';
import { LIFECYCLE_EVENTS, MODES, STATUSES, type Status } from '../schema/vocabulary.ts';
import { paths } from '../site/paths.ts';
import type { FleetResult, FleetRow } from './types.ts';
import { keeps, type TableFilter } from './view-table.ts';

/*
 * What the fleet page shows of a result, in words: labels, ranks, links and the filters' choices.
 * The page's worker works it out beside the advice, so the page's own script needs neither the
 * vocabulary nor the advisor's wording (see view-table.ts for why that matters).
 */

/** A row's cells as the table shows them. */
export interface RowView {
  /** "Offline", "Online" or "No path fits"; '' for a row that was not advised. */
  mode: string;
  /** Sorts the modes in the vocabulary's order; undefined for a row that was not advised. */
  modeRank?: number;
  status?: { id: Status; label: string; symbol: string; rank: number };
  /** "at least 44.4 h", or '' without an estimate. */
  estimate: string;
  /** The wizard with the row's answers filled in. */
  wizardHref: string;
  scenarioHref?: string;
}

export type ViewRow = FleetRow & { view: RowView };

const MODE_LABELS: Record<FleetRow['mode'], string> = { ...Object.fromEntries(Object.entries(MODES).map(([id, m]) => [id, m.label])), none: 'No path fits' } as Record<FleetRow['mode'], string>;
const MODE_ORDER = Object.keys(MODE_LABELS);

export function viewRow(row: FleetRow): ViewRow {
  const status = row.status ? { id: row.status, label: STATUSES[row.status].label, symbol: STATUSES[row.status].symbol, rank: STATUSES[row.status].rank } : undefined;
  return {
    ...row,
    view: {
      mode: row.advised ? MODE_LABELS[row.mode] : '',
      ...(row.advised && { modeRank: MODE_ORDER.indexOf(row.mode) }),
      ...(status && { status }),
      estimate: row.estimate ? copyHours(row.estimate) : '',
      wizardHref: paths.wizard(`?${row.wizardQuery}`),
      ...(row.scenario && { scenarioHref: paths.scenario(row.scenario) }),
    },
  };
}

/** The words the summary needs for the ids it counts. */
export interface SummaryWords {
  modes: Record<FleetRow['mode'], string>;
  statuses: Partial<Record<Status, { label: string; symbol: string }>>;
  events: Record<string, string>;
}

export function summaryWords(result: FleetResult): SummaryWords {
  return {
    modes: MODE_LABELS,
    statuses: Object.fromEntries(result.summary.byStatus.map(({ id }) => [id, { label: STATUSES[id].label, symbol: STATUSES[id].symbol }])),
    events: Object.fromEntries(Object.entries(LIFECYCLE_EVENTS).map(([id, e]) => [id, e.label])),
  };
}

export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

/**
 * The choices each filter offers for one result, with how many rows each keeps, read from the
 * result's own summary (so the counts are those the summary shows). A choice no row has is left out.
 */
export function filterOptions(result: FleetResult): Record<keyof TableFilter, FilterOption[]> {
  const { summary, rows } = result;
  const count = (filter: TableFilter) => rows.reduce((n, row) => n + (keeps(row, filter) ? 1 : 0), 0);
  const present = (options: FilterOption[]) => options.filter((o) => o.count > 0);
  return {
    mode: present(MODE_ORDER.map((id) => ({ value: id, label: MODE_LABELS[id as FleetRow['mode']], count: summary.byMode[id as FleetRow['mode']] }))),
    tool: summary.byTool.map((t) => ({ value: t.id, label: t.name, count: t.count })),
    blocker: summary.topBlockers.map((b) => ({ value: b.id, label: b.title, count: b.count })),
    deadline: present([
      { value: 'any', label: 'Any deadline', count: count({ deadline: 'any' }) },
      { value: 'past', label: 'A deadline already past', count: count({ deadline: 'past' }) },
      { value: 'upcoming', label: 'A deadline still ahead', count: count({ deadline: 'upcoming' }) },
      { value: 'none', label: 'No deadline', count: count({ deadline: 'none' }) },
    ]),
    errors: present([
      { value: 'with', label: 'Rows with errors', count: summary.errors.count },
      { value: 'without', label: 'Rows without errors', count: summary.rows - summary.errors.count },
    ]),
  };
}
