import type { Dataset } from '../data/dataset.ts';
import { MODE_IDS, type Mode } from '../schema/vocabulary.ts';
import { badgeName } from './name.ts';

/** A badge a build writes, as SVG and as PNG: a scenario's, for both modes or one. */
export interface BadgeFile {
  name: string;
  scenarioId: string;
  mode?: Mode;
}

/**
 * Every badge of the dataset: per scenario, one for both modes and one per mode. A scenario id that ends like another's mode badge ("x-online") would
 * make two badges share a file, so that is refused, naming both.
 */
export function badgeFiles(dataset: Dataset): BadgeFile[] {
  const files = Object.keys(dataset.scenarios)
    .sort()
    .flatMap((scenarioId) => [undefined, ...MODE_IDS].map((mode) => ({ name: badgeName(scenarioId, mode), scenarioId, ...(mode && { mode }) })));
  const seen = new Map<string, BadgeFile>();
  for (const file of files) {
    const other = seen.get(file.name);
    if (other) throw new Error(`Two badges would be written to badges/${file.name}: scenario "${other.scenarioId}"${other.mode ? ` (${other.mode})` : ''} and scenario "${file.scenarioId}"${file.mode ? ` (${file.mode})` : ''}. Rename one of the scenarios.`);
    seen.set(file.name, file);
  }
  return files;
}
