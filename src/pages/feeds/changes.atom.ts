import type { APIRoute } from 'astro';
import { publicLinks } from '../../lib/feeds/links.ts';
import { ATOM_CONTENT_TYPE, publishedFeed } from '../../lib/feeds/publish.ts';
import { getDataset } from '../../lib/site/get-dataset.ts';
import { todayUtc } from '../../lib/today.ts';

/** Every status change and lifecycle event published as of the build, newest first. */
export const GET: APIRoute = () =>
  new Response(publishedFeed(getDataset(), undefined, todayUtc(), publicLinks()), { headers: { 'Content-Type': ATOM_CONTENT_TYPE } });
