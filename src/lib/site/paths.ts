/**
 * Internal addresses. Every link on the site is built here so the base path (BASE_PATH) is
 * applied once and a page's address is defined in one place.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** Prefixes a site-relative path ("matrix/") with the base path. */
export function href(path = ''): string {
  return BASE + path.replace(/^\//, '');
}

export const paths = {
  home: () => href(''),
  matrix: (query = '') => href(`matrix/${query}`),
  wizard: (query = '') => href(`wizard/${query}`),
  search: () => href('search/'),
  scenarios: () => href('scenarios/'),
  scenario: (id: string) => href(`scenarios/${id}/`),
  platforms: () => href('platforms/'),
  tools: () => href('tools/'),
  changes: () => href('changes/'),
  platform: (id: string) => href(`platforms/${id}/`),
  tool: (id: string) => href(`tools/${id}/`),
  limitations: () => href('limitations/'),
  consideration: (id: string) => href(`limitations/${id}/`),
  guide: (id: string) => href(`guides/${id}/`),
  sources: () => href('sources/'),
  document: (id: string) => href(`sources/#${id}`),
  api: (file: string) => href(`api/${file}`),
};
