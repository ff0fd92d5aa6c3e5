import { COLLECTION_NAMES, type CollectionName } from '../schema/collections.ts';

/**
 * A file that exists under a valid id but could not be loaded. References to it are not reported
 * as unknown ids (they are not), but once, as a consequence of the file's own error.
 */
export interface FailedFile {
  collection: CollectionName;
  id: string;
  file: string;
}

/** Failed files by collection and id, with the path of each. */
export type FailedIds = Record<CollectionName, ReadonlyMap<string, string>>;

export function indexFailed(failed: readonly FailedFile[]): FailedIds {
  const index = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, new Map<string, string>()])) as Record<CollectionName, Map<string, string>>;
  for (const entry of failed) if (!index[entry.collection].has(entry.id)) index[entry.collection].set(entry.id, entry.file);
  return index;
}
