import type { APIRoute } from 'astro';
import { buildScenariosApi } from '../../lib/api/scenarios.ts';
import { todayUtc } from '../../lib/today.ts';
import { getDataset } from '../../lib/site/get-dataset.ts';
import { paths } from '../../lib/site/paths.ts';

/** The validated scenarios as versioned JSON, for wikis and scripts that should not scrape pages. */
export const GET: APIRoute = ({ site }) => {
  const api = buildScenariosApi(getDataset(), {
    generated: todayUtc(),
    scenarioUrl: (id) => new URL(paths.scenario(id), site).href,
  });
  return new Response(`${JSON.stringify(api, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
