/**
 * How much of an address the site reads. The wizard and the matrix both take their state from the
 * query string and report what they ignore; a real address holds a few dozen values, so a longer
 * one (20,000 unknown parameters, say) is cut here instead of producing a notice per parameter.
 * Imports nothing, so the matrix's browser script can share it.
 */
export const MAX_PARAMS = 100;

export interface ReadParams {
  /** The first MAX_PARAMS parameters, in address order. */
  params: [string, string][];
  /** The first parameter left unread, when the address holds more than MAX_PARAMS. */
  cut?: [string, string];
}

export function readParams(query: string | URLSearchParams): ReadParams {
  const params: [string, string][] = [];
  for (const entry of typeof query === 'string' ? new URLSearchParams(query) : query) {
    if (params.length === MAX_PARAMS) return { params, cut: entry };
    params.push(entry);
  }
  return { params };
}
