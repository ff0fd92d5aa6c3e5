import type { APIRoute, GetStaticPaths } from 'astro';
import { feedCatalogue } from '../../../lib/feeds/catalogue.ts';
import { publicLinks } from '../../../lib/feeds/links.ts';
import { ATOM_CONTENT_TYPE, publishedFeed } from '../../../lib/feeds/publish.ts';
import type { FeedSubject } from '../../../lib/feeds/subjects.ts';
import { getDataset } from '../../../lib/site/get-dataset.ts';
import { todayUtc } from '../../../lib/today.ts';

/** One feed per scenario, tool and platform: feeds/scenarios/<id>.atom and so on. */
export const getStaticPaths = (() =>
  feedCatalogue(getDataset()).flatMap(({ subject }) => (subject ? [{ params: { kind: subject.kind, id: subject.id }, props: { subject } }] : []))) satisfies GetStaticPaths;

export const GET: APIRoute<{ subject: FeedSubject }> = ({ props }) =>
  new Response(publishedFeed(getDataset(), props.subject, todayUtc(), publicLinks()), { headers: { 'Content-Type': ATOM_CONTENT_TYPE } });
