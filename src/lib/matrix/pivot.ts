import { compareSources, compareTargets, type MatrixRow, type PlatformView } from './rows.ts';

/** Sources down the side, targets across the top, and the scenario (if any) where they meet. */
export interface Pivot {
  sources: PlatformView[];
  targets: PlatformView[];
  cell: (source: string, target: string) => MatrixRow | undefined;
}

function unique(platforms: PlatformView[], compare: (a: PlatformView, b: PlatformView) => number): PlatformView[] {
  return [...new Map(platforms.map((p) => [p.id, p])).values()].sort(compare);
}

/** Pivots matrix rows into a sources × targets grid, like caniuse's browser tables. */
export function pivotRows(rows: readonly MatrixRow[]): Pivot {
  const byPair = new Map(rows.map((row) => [`${row.source.id}\u0000${row.target.id}`, row]));
  return {
    sources: unique(rows.map((row) => row.source), compareSources),
    targets: unique(rows.map((row) => row.target), compareTargets),
    cell: (source, target) => byPair.get(`${source}\u0000${target}`),
  };
}
