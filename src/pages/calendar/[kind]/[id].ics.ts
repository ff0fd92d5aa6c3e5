import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarCatalogue } from '../../../lib/feeds/catalogue.ts';
import { publicLinks } from '../../../lib/feeds/links.ts';
import { CALENDAR_CONTENT_TYPE, publishedCalendar } from '../../../lib/feeds/publish.ts';
import type { CalendarSubject } from '../../../lib/feeds/subjects.ts';
import { getDataset } from '../../../lib/site/get-dataset.ts';

/** One calendar per tool and platform: calendar/tools/<id>.ics and calendar/platforms/<id>.ics. */
export const getStaticPaths = (() =>
  calendarCatalogue(getDataset()).flatMap(({ subject }) => (subject ? [{ params: { kind: subject.kind, id: subject.id }, props: { subject } }] : []))) satisfies GetStaticPaths;

export const GET: APIRoute<{ subject: CalendarSubject }> = ({ props }) =>
  new Response(publishedCalendar(getDataset(), props.subject, publicLinks()), { headers: { 'Content-Type': CALENDAR_CONTENT_TYPE } });
