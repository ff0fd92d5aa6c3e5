/**
 * Ids of feeds, feed entries and calendar events: `tag:` URIs (RFC 4151) built from content ids
 * only (scenario, mode, tool, date, status; subject, event kind, date), never from SITE_URL or
 * BASE_PATH, so moving the site to another host or sub-path does not make a feed reader show every
 * entry again or a calendar duplicate every event.
 *
 * The tagging authority is fixed. RFC 4151 asks for a domain or e-mail address the minter held on
 * the date given; the project has no domain of its own, so it uses a name under `.invalid`, which
 * RFC 2606 reserves so that no one else can ever hold it and mint colliding ids. It must never
 * change once feeds are published: every id would change with it.
 */
export const TAG_AUTHORITY = 'migration-advisor.invalid,2026';

/** Characters allowed unescaped in the specific part of a tag URI (RFC 4151 `pchar` and `/`, `?`). */
const SAFE = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/]+$/;

/** `tag:<authority>:<part>/<part>/…`; each part must be a content id or date (no `/`). */
export function tagUri(...parts: string[]): string {
  for (const part of parts) {
    if (part === '' || part.includes('/') || !SAFE.test(part)) {
      throw new Error(`A tag URI part must be a non-empty content id or date without "/" or spaces; found ${JSON.stringify(part)} in [${parts.join(', ')}].`);
    }
  }
  return `tag:${TAG_AUTHORITY}:${parts.join('/')}`;
}
