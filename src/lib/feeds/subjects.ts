/** What a feed or calendar is about: the whole site, or one scenario, tool or platform. */
export type FeedSubject = { kind: 'scenarios' | 'tools' | 'platforms'; id: string };
export type CalendarSubject = { kind: 'tools' | 'platforms'; id: string };

/**
 * Who a piece of news concerns, by content id: which per-subject feeds and calendars carry it.
 * The site-wide feed and calendar carry everything.
 */
export interface Concerns {
  scenarios: string[];
  tools: string[];
  platforms: string[];
}

/** Whether news with these concerns belongs in the feed or calendar of `subject` (undefined: the site-wide one). */
export function concernsSubject(concerns: Concerns, subject: FeedSubject | CalendarSubject | undefined): boolean {
  return subject === undefined || concerns[subject.kind].includes(subject.id);
}
