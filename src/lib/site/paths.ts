/**
 * Internal addresses. Every link on the site is built here so the base path (BASE_PATH) is
 * applied once and a page's address is defined in one place.
 */
import { badgeName } from '../badges/name.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** Prefixes a site-relative path ("matrix/") with the base path. */
export function href(path = ''): string {
  return BASE + path.replace(/^\//, '');
}

export const paths = {
  home: () => href(''),
  matrix: (query = '') => href(`matrix/${query}`),
  wizard: (query = '') => href(`wizard/${query}`),
  search: () => href('search/'),
  scenarios: () => href('scenarios/'),
  scenario: (id: string) => href(`scenarios/${id}/`),
  platforms: () => href('platforms/'),
  tools: () => href('tools/'),
  changes: () => href('changes/'),
  platform: (id: string) => href(`platforms/${id}/`),
  tool: (id: string) => href(`tools/${id}/`),
  limitations: () => href('limitations/'),
  consideration: (id: string) => href(`limitations/${id}/`),
  guide: (id: string) => href(`guides/${id}/`),
  sources: () => href('sources/'),
  document: (id: string) => href(`sources/#${id}`),
  api: (file: string) => href(`api/${file}`),
  /** A scenario's status badge: both modes, or one (`-offline` / `-online`). */
  badge: (scenarioId: string, format: 'svg' | 'png', mode?: 'offline' | 'online') => href(`badges/${badgeName(scenarioId, mode)}.${format}`),
  /** A scenario's summary for an iframe: no site header or navigation. */
  embed: (scenarioId: string) => href(`embed/scenarios/${scenarioId}/`),
  /** Atom feeds: every change, or one scenario's, tool's or platform's. */
  feed: (subject?: { kind: 'scenarios' | 'tools' | 'platforms'; id: string }) => href(subject ? `feeds/${subject.kind}/${subject.id}.atom` : 'feeds/changes.atom'),
  /** iCalendar files: every retirement, or one tool's or platform's. */
  calendar: (subject?: { kind: 'tools' | 'platforms'; id: string }) => href(subject ? `calendar/${subject.kind}/${subject.id}.ics` : 'calendar/retirements.ics'),
  /** The changes page narrowed to one engine, pre-rendered so it works without JavaScript. */
  engineChanges: (engine: string) => href(`changes/${engine}/`),
  /** The fleet page, or a file beside it (`sample.csv`, the sample inventory). */
  fleet: (file = '') => href(`fleet/${file}`),
};
