import { STATUSES, type Status } from '../schema/vocabulary.ts';
import type { MatrixFilters, StatusFilter } from './query.ts';

/**
 * What the filters look at in one scenario. The page writes these into data-* attributes on each
 * row and the browser reads them back, so filtering needs no copy of the dataset in JavaScript.
 */
export interface RowKeys {
  source: string;
  target: string;
  /** The source's engine, as in the content selectors. */
  engine: string;
  offerings: OfferingKey[];
  /** Already normalised with `normaliseText`. */
  text: string;
}

export interface OfferingKey {
  mode: string;
  tool: string;
  status: string;
  /** Its tool is retired for this scenario: listed, and matched, only when retired tools are shown. */
  retired: boolean;
}

/** Lower case without accents, single spaces: "Percona MySQL" and "percona  mysql" meet. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Offerings as "mode/tool/status" words, with "/retired" after a retired tool's: ids are
 * kebab-case, so neither separator occurs in them.
 */
export function encodeOfferings(offerings: readonly OfferingKey[]): string {
  return offerings.map((o) => `${o.mode}/${o.tool}/${o.status}${o.retired ? '/retired' : ''}`).join(' ');
}

export function decodeOfferings(encoded: string): OfferingKey[] {
  return encoded
    .split(' ')
    .filter(Boolean)
    .map((word) => {
      const [mode = '', tool = '', status = '', retired] = word.split('/');
      return { mode, tool, status, retired: retired === 'retired' };
    });
}

/** Whether a status passes the status filter; an unknown status only passes "all". */
export function statusAccepted(filter: StatusFilter, status: string): boolean {
  if (filter === 'all') return true;
  if (!Object.hasOwn(STATUSES, status)) return false;
  return filter === 'ga' ? status === 'ga' : STATUSES[status as Status].supported;
}

/**
 * Whether a scenario passes every filter. Mode, tool and status narrow together: with
 * `mode=online&tool=dms&status=ga` a scenario shows only if DMS is GA online, not if DMS is
 * offered online and something else is GA offline. A retired tool's offering counts only while
 * retired tools are shown, as a reader sees it. Search terms must all appear (AND).
 */
export function matchesFilters(row: RowKeys, filters: MatrixFilters): boolean {
  if (filters.source && row.source !== filters.source) return false;
  if (filters.target && row.target !== filters.target) return false;
  if (filters.engine && row.engine !== filters.engine) return false;
  if (filters.mode || filters.tool || filters.status !== 'all') {
    const offered = row.offerings.some(
      (o) =>
        (filters.retired || !o.retired) &&
        (!filters.mode || o.mode === filters.mode) &&
        (!filters.tool || o.tool === filters.tool) &&
        statusAccepted(filters.status, o.status),
    );
    if (!offered) return false;
  }
  const terms = normaliseText(filters.q).split(' ').filter(Boolean);
  return terms.every((term) => row.text.includes(term));
}

/**
 * The data-* attributes a row carries, and reading them back: one place for the contract between
 * the page (which writes them) and the custom element (which reads `element.dataset`).
 */
export function rowAttributes(keys: RowKeys): Record<string, string> {
  return {
    'data-source': keys.source,
    'data-target': keys.target,
    'data-engine': keys.engine,
    'data-offerings': encodeOfferings(keys.offerings),
    'data-text': keys.text,
  };
}

export function rowKeysFromDataset(dataset: Readonly<Record<string, string | undefined>>): RowKeys {
  return {
    source: dataset.source ?? '',
    target: dataset.target ?? '',
    engine: dataset.engine ?? '',
    offerings: decodeOfferings(dataset.offerings ?? ''),
    text: dataset.text ?? '',
  };
}
