import { siteUrl } from './public-url.ts';

/**
 * The `webcal:` address of a calendar file, which calendar apps open as a subscription (a plain
 * link downloads the file once). Only with SITE_URL: a subscription needs the full address, and a
 * base-relative one has no host to put after `webcal://`. Undefined without it.
 */
export function webcalUrl(path: string): string | undefined {
  const site = siteUrl();
  if (!site) return undefined;
  const url = new URL(path, site);
  return `webcal://${url.host}${url.pathname}${url.search}`;
}
