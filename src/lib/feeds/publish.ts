import type { Dataset } from '../data/dataset.ts';
import { atomFeed } from './atom.ts';
import { calendarCatalogue, feedCatalogue, titleOf } from './catalogue.ts';
import { changeItems } from './change-items.ts';
import { retirementCalendar } from './ics.ts';
import type { SiteLinks } from './links.ts';
import { retirementEvents } from './retirement-events.ts';
import type { CalendarSubject, FeedSubject } from './subjects.ts';

/** The Atom feed of a subject (or of every change), as of `today`: what the feed endpoints serve. */
export function publishedFeed(dataset: Dataset, subject: FeedSubject | undefined, today: string, links: SiteLinks): string {
  return atomFeed({ subject, title: titleOf(feedCatalogue(dataset), subject), items: changeItems(dataset, today), documents: dataset.documents, links, today });
}

/** The retirement calendar of a tool or platform (or of every retirement): what the calendar endpoints serve. */
export function publishedCalendar(dataset: Dataset, subject: CalendarSubject | undefined, links: SiteLinks): string {
  return retirementCalendar({ subject, title: titleOf(calendarCatalogue(dataset), subject), events: retirementEvents(dataset), documents: dataset.documents, links });
}

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';
export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';
