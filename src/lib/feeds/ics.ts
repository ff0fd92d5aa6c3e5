import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';
import type { Dataset } from '../data/dataset.ts';
import { citationText, citedDocuments } from './citations.ts';
import { subjectPage, type SiteLinks } from './links.ts';
import { reminderDays } from './reminders.ts';
import type { RetirementEvent } from './retirement-events.ts';
import { concernsSubject, type CalendarSubject } from './subjects.ts';

export interface CalendarOptions {
  /** Undefined for the site-wide calendar of every retirement. */
  subject?: CalendarSubject;
  title: string;
  /** Every retirement event (retirementEvents); the calendar keeps those that concern its subject. */
  events: readonly RetirementEvent[];
  documents: Dataset['documents'];
  links: SiteLinks;
}

const day = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * An iCalendar (RFC 5545) of retirements and the dated steps before them, past and future: all-day
 * events with stable UIDs, reminders 12, 6, 3 and 1 months ahead, and a description that links
 * the page and the documents that state the date.
 */
export function retirementCalendar({ subject, title, events, documents, links }: CalendarOptions): string {
  const calendar = ical({
    name: title,
    description: 'Retirements of migration tools and Azure database platforms, and the dated steps before them, from Migration Advisor.',
    prodId: { company: 'Migration Advisor', product: 'Retirement calendar', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    url: links.calendar(subject),
  });
  for (const event of events.filter((e) => concernsSubject(e.concerns, subject))) {
    const page = subjectPage(links, event.page);
    const sources = citedDocuments(documents, event.cite);
    calendar.createEvent({
      id: event.uid,
      start: day(event.date),
      allDay: true,
      summary: event.summary,
      description: [...event.lines, `More: ${page}`, ...sources.map((doc) => `Source: ${citationText(doc)}`)].join('\n'),
      url: page,
      categories: [{ name: event.kind.label }, { name: event.subject }],
      // A retirement does not make anyone busy that day.
      transparency: ICalEventTransparency.TRANSPARENT,
      // The newest document behind the date: when this information was last revised, the same in every build.
      stamp: day(sources.map((doc) => doc.date).sort().at(-1) ?? event.date),
      alarms: reminderDays(event.date).map(({ months, days }) => ({
        type: ICalAlarmType.display,
        trigger: days * 86_400,
        description: `In ${months} month${months === 1 ? '' : 's'}: ${event.summary}`,
      })),
    });
  }
  return calendar.toString();
}
