import { paths } from '../site/paths.ts';
import { publicUrl } from '../site/public-url.ts';
import type { CalendarSubject, FeedSubject } from './subjects.ts';

/**
 * The addresses a feed or calendar links to. Feeds and calendars are read outside the site, so
 * their links are absolute from SITE_URL when set, otherwise relative to the base path (see
 * public-url.ts). Passed in rather than imported by the builders, so tests can build the same
 * feed for another SITE_URL or BASE_PATH without a site build.
 */
export interface SiteLinks {
  home(): string;
  changes(): string;
  scenario(id: string): string;
  tool(id: string): string;
  platform(id: string): string;
  feed(subject?: FeedSubject): string;
  calendar(subject?: CalendarSubject): string;
}

/** The links of this build: paths.ts (which carries BASE_PATH) made public with SITE_URL. */
export function publicLinks(): SiteLinks {
  return {
    home: () => publicUrl(paths.home()),
    changes: () => publicUrl(paths.changes()),
    scenario: (id) => publicUrl(paths.scenario(id)),
    tool: (id) => publicUrl(paths.tool(id)),
    platform: (id) => publicUrl(paths.platform(id)),
    feed: (subject) => publicUrl(paths.feed(subject)),
    calendar: (subject) => publicUrl(paths.calendar(subject)),
  };
}

/** The page of a feed's or calendar's subject. */
export function subjectPage(links: SiteLinks, subject: FeedSubject | CalendarSubject): string {
  const page = { scenarios: links.scenario, tools: links.tool, platforms: links.platform }[subject.kind];
  return page(subject.id);
}

/**
 * The `webcal:` address of a calendar, which asks a calendar program to subscribe rather than
 * import once. It needs the host, so it exists only for an absolute http(s) address (SITE_URL set).
 */
export function webcalUrl(calendarUrl: string): string | undefined {
  const match = /^https?:\/\/(.+)$/i.exec(calendarUrl);
  return match ? `webcal://${match[1]}` : undefined;
}
