import { paths } from '../site/paths.ts';
import type { LinkTarget } from './result-sections.ts';

/** The documents a link may point at: the wizard's trimmed data and the full dataset both fit. */
export interface LinkData {
  documents: Record<string, { data: { url: string } } | undefined>;
}

/**
 * Where a link of a result model points on this site or at its source, relative to the site's
 * base (a document's own address is absolute); footnotes have no page of their own. The wizard
 * page, its copies and the snippets built with the site all resolve links here.
 */
export function linkHref(data: LinkData, to: LinkTarget): string | undefined {
  switch (to.kind) {
    case 'document':
      return data.documents[to.id]?.data.url;
    case 'consideration':
      return paths.consideration(to.id);
    case 'rule':
      return to.guide ? `${paths.guide(to.guide)}#rule-${to.id}` : undefined;
    case 'pair':
      return paths.wizard(`?${new URLSearchParams({ source: to.source, target: to.target })}`);
    case 'scenario':
      return paths.scenario(to.id);
    default:
      return undefined;
  }
}
