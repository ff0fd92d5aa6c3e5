import { linkHref, type LinkData } from '../advisor/link-href.ts';
import type { RenderOptions } from '../advisor/markdown-result.ts';
import { paths } from '../site/paths.ts';
import { publicUrl } from '../site/public-url.ts';

/**
 * Addresses for a snippet built with the site (a scenario page's "Copy for your wiki"): it is
 * pasted into a wiki on another host, so links and the badge image are absolute when the build
 * knows where the site lives (SITE_URL) and base-relative otherwise. The badge is the PNG: wikis
 * that refuse SVG images still show it.
 */
export function siteLinks(data: LinkData): Required<Pick<RenderOptions, 'href' | 'image'>> {
  return {
    href: (to) => {
      const path = linkHref(data, to);
      return path === undefined ? undefined : publicUrl(path);
    },
    image: (badge) => publicUrl(paths.badge(badge.scenario, 'png')),
  };
}
