import type { APIRoute } from 'astro';
import { publicLinks } from '../../lib/feeds/links.ts';
import { CALENDAR_CONTENT_TYPE, publishedCalendar } from '../../lib/feeds/publish.ts';
import { getDataset } from '../../lib/site/get-dataset.ts';

/** Every dated retirement and the steps before it, past and future. */
export const GET: APIRoute = () => new Response(publishedCalendar(getDataset(), undefined, publicLinks()), { headers: { 'Content-Type': CALENDAR_CONTENT_TYPE } });
