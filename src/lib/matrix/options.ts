import { ENGINES, ENGINE_IDS } from '../schema/vocabulary.ts';
import type { IdParam, MatrixVocabulary } from './query.ts';
import { compareSources, compareTargets, retiredOfferings, rowOfferings, type MatrixRow, type PlatformView } from './rows.ts';

export interface FilterOption {
  value: string;
  label: string;
  /** A tool retired for at least one scenario (the page marks its <option> for the browser's vocabulary). */
  retired?: true;
}

/**
 * The choices each id filter offers: only values that occur in the matrix, so no choice can
 * empty the table by itself. The page renders them as <option>s and the browser reads its
 * vocabulary back from those, one list for both.
 */
export type FilterOptions = Record<IdParam, FilterOption[]>;

function platformOptions(platforms: PlatformView[], compare: (a: PlatformView, b: PlatformView) => number): FilterOption[] {
  const unique = [...new Map(platforms.map((p) => [p.id, p])).values()].sort(compare);
  return unique.map((p) => ({ value: p.id, label: p.name }));
}

export function filterOptions(rows: readonly MatrixRow[]): FilterOptions {
  const engines = new Set(rows.map((row) => row.source.engine));
  const tools = new Map(rows.flatMap(rowOfferings).map((o) => [o.tool.id, o.tool.name]));
  const retired = new Set(rows.flatMap(retiredOfferings).map((o) => o.tool.id));
  return {
    source: platformOptions(rows.map((row) => row.source), compareSources),
    target: platformOptions(rows.map((row) => row.target), compareTargets),
    engine: ENGINE_IDS.filter((id) => engines.has(id)).map((id) => ({ value: id, label: ENGINES[id].label })),
    tool: [...tools]
      .map(([value, label]): FilterOption => ({ value, label, ...(retired.has(value) && { retired: true as const }) }))
      .sort((a, b) => a.label.localeCompare(b.label, 'en')),
  };
}

export function vocabularyOf(options: FilterOptions): MatrixVocabulary {
  return {
    source: options.source.map((o) => o.value),
    target: options.target.map((o) => o.value),
    engine: options.engine.map((o) => o.value),
    tool: options.tool.map((o) => o.value),
    retiredTools: options.tool.filter((o) => o.retired).map((o) => o.value),
  };
}
