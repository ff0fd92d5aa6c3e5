import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** An Atom entry as fast-xml-parser reads it: text, attributes under `@_`. */
export interface ParsedEntry {
  id: string;
  title: string;
  updated: string;
  published: string;
  summary: string;
  content: string;
  link: { '@_href': string }[];
  category: { '@_term': string; '@_label': string }[];
}
export interface ParsedFeed {
  id: string;
  title: string;
  updated: string;
  link: { '@_rel': string; '@_href': string }[];
  entry: ParsedEntry[];
}

/** Reads an Atom document with a real XML parser; lists stay lists even with one item. */
export function parseAtom(xml: string): ParsedFeed {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link', 'category'].includes(name) });
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`The feed is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}).`);
  const document = parser.parse(xml) as { feed?: ParsedFeed };
  if (!document.feed) throw new Error('The document has no <feed> element.');
  // An element with attributes (`<title type="html">`) parses as { '#text', '@_type' }: keep the text.
  const text = (value: unknown) => (value !== null && typeof value === 'object' && '#text' in value ? String(value['#text']) : String(value ?? ''));
  const entries = (document.feed.entry ?? []).map((entry) => ({ ...entry, title: text(entry.title), summary: text(entry.summary), content: text(entry.content) }));
  return { ...document.feed, title: text(document.feed.title), entry: entries };
}

/** Reads an iCalendar document with ical.js and returns its VEVENTs. */
export function parseEvents(ics: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
}

/** What a test reads of one VEVENT. */
export function readEvent(event: ICAL.Component) {
  const start = event.getFirstProperty('dtstart');
  const startTime = start?.getFirstValue() as ICAL.Time;
  return {
    uid: String(event.getFirstPropertyValue('uid')),
    start: startTime.toString(),
    startType: start?.type,
    hasEnd: event.hasProperty('dtend'),
    summary: String(event.getFirstPropertyValue('summary')),
    description: String(event.getFirstPropertyValue('description')),
    url: String(event.getFirstPropertyValue('url')),
    categories: event.getFirstProperty('categories')?.getValues().map(String) ?? [],
    /** Each reminder as the date it fires on (start plus its trigger), computed by ical.js. */
    reminders: event.getAllSubcomponents('valarm').map((alarm) => {
      const fires = startTime.clone();
      fires.addDuration(alarm.getFirstPropertyValue('trigger') as ICAL.Duration);
      return fires.toString();
    }),
  };
}
