import type { APIRoute } from 'astro';
import { scenariosCsv } from '../../lib/api/csv.ts';
import { buildScenariosApi } from '../../lib/api/scenarios.ts';
import { todayUtc } from '../../lib/today.ts';
import { getDataset } from '../../lib/site/get-dataset.ts';
import { paths } from '../../lib/site/paths.ts';

/** One row per offering, for spreadsheets; the same data as scenarios.json. */
export const GET: APIRoute = ({ site }) => {
  const api = buildScenariosApi(getDataset(), {
    generated: todayUtc(),
    scenarioUrl: (id) => new URL(paths.scenario(id), site).href,
  });
  return new Response(scenariosCsv(api), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
