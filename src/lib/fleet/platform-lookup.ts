import type { AdvisorData } from '../advisor/types.ts';
import { didYouMean } from '../content/did-you-mean.ts';

export type PlatformLookup = { ok: true; id: string } | { ok: false; ambiguous: string[]; suggestion?: string };

/** Case, spaces and the kind of dash do not matter: "Azure SQL  managed-instance" is the same words. */
const normalised = (text: string) => text.trim().toLowerCase().replace(/[\s_]+/g, ' ').replace(/[‐-―−]/g, '-');

/**
 * The platform a cell names: its id, or its name or short name as content gives them
 * ("Azure SQL Managed Instance", "SQL MI"), in any case. An exact id always wins; a name two
 * platforms share is reported as ambiguous rather than guessed. For a near miss, the nearest id
 * or name (by the CLI's did-you-mean rule), as the id to write.
 */
export function lookUpPlatform(data: AdvisorData, text: string): PlatformLookup {
  if (Object.hasOwn(data.platforms, text)) return { ok: true, id: text };
  const wanted = normalised(text);
  const byWords = platformsByWords(data);
  const matches = [...(byWords.get(wanted) ?? [])].sort();
  if (matches.length === 1) return { ok: true, id: matches[0] };
  if (matches.length > 1) return { ok: false, ambiguous: matches };
  const near = wanted ? didYouMean(wanted, [...byWords.keys()]) : undefined;
  const ids = near ? [...(byWords.get(near) ?? [])] : [];
  return { ok: false, ambiguous: [], ...(ids.length === 1 && { suggestion: ids[0] }) };
}

/**
 * Every platform's id, name and short name, normalised, with the platforms each names: built once
 * per dataset (an inventory looks up two cells a row, ten thousand rows at a time).
 */
const wordsCache = new WeakMap<AdvisorData, Map<string, Set<string>>>();
function platformsByWords(data: AdvisorData): Map<string, Set<string>> {
  let byWords = wordsCache.get(data);
  if (!byWords) {
    byWords = new Map();
    for (const { id, data: p } of Object.values(data.platforms)) {
      for (const words of [id, p.name, p.short]) {
        if (!words) continue;
        const key = normalised(words);
        byWords.set(key, (byWords.get(key) ?? new Set()).add(id));
      }
    }
    wordsCache.set(data, byWords);
  }
  return byWords;
}
