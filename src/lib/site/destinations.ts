import { GUIDE_IDS } from '../content/contracts.ts';
import { paths } from './paths.ts';

/**
 * The site's destinations, each with the one name a reader meets for it everywhere: the
 * navigation, the footer, the home page's cards and the 404 page. Two names for one place (the
 * wizard once was "Offline or online?" on the home page while the navigation gave that name to the
 * guide) make a reader wonder whether they are two places.
 */
export const destinations = {
  matrix: { label: 'Support matrix', href: paths.matrix(), description: 'Every source × target pair in both modes, filterable by engine, status and tool.' },
  scenarios: { label: 'Scenarios', href: paths.scenarios(), description: 'Every source → target pair by source engine, with its status offline and online.' },
  platforms: { label: 'Platforms', href: paths.platforms(), description: 'Every source and target by engine, with what moves from and to it.' },
  tools: { label: 'Tools', href: paths.tools(), description: 'Every migration tool and service, with what it covers and whether it is retired.' },
  limitations: { label: 'Limitations', href: paths.limitations(), description: 'Every limitation and prerequisite, by engine and severity.' },
  wizard: { label: 'Wizard', href: paths.wizard(), description: 'Offline or online for your migration? Answer a few questions for a recommendation with reasons, blockers and a checklist.' },
  fleet: { label: 'Fleet mode', href: paths.fleet(), description: 'Advise a whole CSV inventory of databases at once, in your browser: a recommendation per row, the blockers and deadlines across them, and suggested waves.' },
  guide: { label: 'Offline vs online guide', href: paths.guide(GUIDE_IDS.offlineVsOnline), description: 'How the two modes differ, what each costs you, and rules of thumb for choosing.' },
  search: { label: 'Search', href: paths.search(), description: 'Scenarios, platforms, tools, limitations and guides.' },
  changes: { label: 'Changes', href: paths.changes(), description: 'Every status change, first listing and retirement the documents announced, newest first.' },
  sources: { label: 'Sources', href: paths.sources(), description: 'The documents every fact cites, with their dates.' },
} as const;

export type Destination = keyof typeof destinations;

/** The main navigation, in order; the footer links the rest. */
export const MAIN_NAV: readonly Destination[] = ['matrix', 'scenarios', 'limitations', 'wizard', 'fleet', 'guide', 'search'];

/** Lists linked from every page's footer. */
export const FOOTER_NAV: readonly Destination[] = ['platforms', 'tools', 'changes', 'sources'];
