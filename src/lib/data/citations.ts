import type { Citation } from '../schema/citation.ts';
import type { Dataset } from './dataset.ts';

/** A citation and where it sits: the dotted field path inside the value walked, e.g. `offerings[0].history[1].cite[0]`. */
export interface PlacedCitation {
  field: string;
  citation: Citation;
}

function isCitation(value: unknown): value is Citation {
  return value !== null && typeof value === 'object' && 'doc' in value && typeof value.doc === 'string';
}

/**
 * Every citation inside a value, in document order: citations can sit anywhere in front matter, so
 * every list under a `cite` key is read, at any depth. Works on a validated entry's data, a whole
 * dataset or the advisor's trimmed copy of it; `path` prefixes the fields yielded.
 */
export function* citationsIn(value: unknown, path = ''): Generator<PlacedCitation> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* citationsIn(item, `${path}[${index}]`);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    const field = path ? `${path}.${key}` : key;
    if (key === 'cite' && Array.isArray(child)) {
      for (const [index, citation] of child.entries()) if (isCitation(citation)) yield { field: `${field}[${index}]`, citation };
    } else {
      yield* citationsIn(child, field);
    }
  }
}

/** Every citation in a dataset, entry by entry, with the file it is in and its field there. */
export function* datasetCitations(dataset: Dataset): Generator<PlacedCitation & { file: string }> {
  for (const entries of Object.values(dataset)) {
    for (const entry of Object.values<Dataset[keyof Dataset][string]>(entries)) {
      for (const placed of citationsIn(entry.data)) yield { ...placed, file: entry.file };
    }
  }
}
