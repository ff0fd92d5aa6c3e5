/**
 * One page of each type the site builds, so checks that must hold on every template (accessibility,
 * no sideways scrolling, nothing requested from another host) cover them all. Paths are relative
 * to the site's base.
 */
export const SCENARIO_PATH = 'scenarios/sql-server-to-azure-sql-managed-instance/';

export const PAGE_TYPES: Record<string, string> = {
  home: '',
  matrix: 'matrix/',
  'matrix (pivot)': 'matrix/?view=pivot',
  scenario: SCENARIO_PATH,
  // A scenario's summary for an iframe: no header, navigation or footer.
  embed: `embed/${SCENARIO_PATH}`,
  scenarios: 'scenarios/',
  platform: 'platforms/sql-server/',
  platforms: 'platforms/',
  tool: 'tools/dms/',
  tools: 'tools/',
  limitation: 'limitations/mysql-no-rollback-after-final-migration/',
  limitations: 'limitations/',
  'limitations (one engine)': 'limitations/#mysql',
  guide: 'guides/offline-vs-online/',
  sources: 'sources/',
  changes: 'changes/',
  'changes (filtered)': 'changes/?engine=mysql&kind=status-change',
  'changes (one engine)': 'changes/postgresql/',
  search: 'search/?q=mysql',
  wizard: 'wizard/?source=sql-server&target=azure-sql-managed-instance',
  'wizard (online result)': 'wizard/?source=sql-server&target=azure-sql-managed-instance&downtime-hours=1&database-size-gb=2000',
  fleet: 'fleet/',
  'not found': 'no-such-page/',
};
