import { CONSIDERATION_KINDS, ENGINES, MODE_IDS, MODES, NO_OFFERING, SEVERITIES, STATUSES } from '../schema/vocabulary.ts';
import type { Dataset } from './dataset.ts';
import { lifecycleState } from './indexes.ts';
import { scopePhrase } from './lifecycle-words.ts';
import { bestOffering, currentStatus } from './queries.ts';

/**
 * What a search result says of its page beside the title: the kind of page, and the status a
 * reader looks for first (a scenario's status per mode, a limitation's severity, a platform's or
 * tool's retirement). The layout writes it as Pagefind metadata, so the search page can show it
 * without loading the page.
 */
export interface SearchMeta {
  type: string;
  status?: string;
}

/**
 * The metadata of the page Astro renders for a route (`Astro.routePattern`, e.g. "/scenarios/[id]")
 * with its `id` parameter. Keyed on the route's first folder, so every page of one template says
 * the same kind; a page this does not know is a plain "Page".
 */
export function searchMeta(dataset: Dataset, route: string, id: string | undefined, today: string): SearchMeta {
  const folder = route.split('/').filter(Boolean)[0] ?? '';
  const names = (other: string) => dataset.platforms[other]?.data.name ?? dataset.tools[other]?.data.name ?? other;
  const scenario = id === undefined ? undefined : dataset.scenarios[id];
  if (folder === 'scenarios' && scenario) {
    const status = MODE_IDS.map((mode) => {
      const best = bestOffering(dataset, scenario, mode);
      return `${MODES[mode].label}: ${best ? STATUSES[currentStatus(best).status].short : NO_OFFERING.label.toLowerCase()}`;
    }).join(' · ');
    return { type: 'Scenario', status };
  }
  const platform = id === undefined ? undefined : dataset.platforms[id];
  if (folder === 'platforms' && platform) {
    const state = lifecycleState(platform, today);
    return { type: `Platform · ${ENGINES[platform.data.engine].label}`, status: state && `${state.word} ${state.event.date}${scopePhrase(state.event.appliesTo, names)}` };
  }
  const tool = id === undefined ? undefined : dataset.tools[id];
  if (folder === 'tools' && tool) {
    const state = lifecycleState(tool, today);
    return { type: 'Tool', status: state && `${state.word} ${state.event.date}${scopePhrase(state.event.appliesTo, names)}` };
  }
  const consideration = id === undefined ? undefined : dataset.considerations[id];
  if (folder === 'limitations' && consideration) {
    return { type: CONSIDERATION_KINDS[consideration.data.kind].label, status: SEVERITIES[consideration.data.severity].label };
  }
  if (folder === 'guides' && id !== undefined && dataset.guides[id]) return { type: 'Guide' };
  return { type: FOLDER_TYPES[folder] ?? 'Page' };
}

/** Pages that are not one entry of the dataset: the lists and tools of the site. */
const FOLDER_TYPES: Record<string, string> = {
  '': 'Home',
  matrix: 'Matrix',
  wizard: 'Wizard',
  scenarios: 'List',
  platforms: 'List',
  tools: 'List',
  limitations: 'List',
  changes: 'List',
  sources: 'List',
};
