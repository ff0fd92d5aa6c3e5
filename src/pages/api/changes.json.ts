import type { APIRoute } from 'astro';
import { buildChangesApi } from '../../lib/api/changes.ts';
import { changeList } from '../../lib/data/change-events.ts';
import { todayUtc } from '../../lib/today.ts';
import { getDataset } from '../../lib/site/get-dataset.ts';
import { paths } from '../../lib/site/paths.ts';
import { publicUrl } from '../../lib/site/public-url.ts';

/** The change log as versioned JSON: the same news as /changes/, from the same list. */
export const GET: APIRoute = () => {
  const dataset = getDataset();
  const today = todayUtc();
  const api = buildChangesApi(dataset, changeList(dataset, today), {
    generated: today,
    links: {
      scenario: (id) => publicUrl(paths.scenario(id)),
      tool: (id) => publicUrl(paths.tool(id)),
      platform: (id) => publicUrl(paths.platform(id)),
      change: (id) => publicUrl(`${paths.changes()}#${id}`),
    },
  });
  return new Response(`${JSON.stringify(api, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
