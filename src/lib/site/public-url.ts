/**
 * Addresses that leave the site: in feeds, calendars, badges' links and wiki snippets a reader
 * follows them from somewhere else, so they are absolute when the build was told where the site
 * lives (SITE_URL) and relative to the base path otherwise (the build warns once; see
 * src/integrations/build-guard.ts). Build-time only: the browser knows its own origin.
 */

/** The SITE_URL the build was given, or undefined. Read when called, so tests can set it. */
export function siteUrl(): string | undefined {
  const url = process.env.SITE_URL?.trim();
  return url ? url : undefined;
}

/** `path` (already carrying the base path, from paths.ts) made absolute from SITE_URL when set. */
export function publicUrl(path: string): string {
  const site = siteUrl();
  return site ? new URL(path, site).href : path;
}
