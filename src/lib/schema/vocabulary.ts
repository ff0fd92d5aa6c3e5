/**
 * The controlled vocabulary: every status, severity, mode, engine and hosting kind the content may
 * use, defined once with the words and symbols a reader sees. Schemas take their enums from here
 * so a new term is added in one place.
 */

export const MODES = {
  offline: {
    label: 'Offline',
    description: 'One-time copy: application downtime starts when the migration starts.',
  },
  online: {
    label: 'Online',
    description:
      'Continuous sync: the source stays in use while data is copied and kept in sync; downtime is limited to the cutover.',
  },
} as const;
export type Mode = keyof typeof MODES;
export const MODE_IDS = Object.keys(MODES) as [Mode, ...Mode[]];

/**
 * Statuses in the order a scenario moves through them. `supported` says whether the offering can
 * be used; `preview` marks the ones a cautious team may exclude; `stated` is false where the
 * document lists the path without giving it a status, so no page or answer may call it GA.
 * `rank` orders them when several tools compete for a cell or an answer (lower wins): GA, the
 * previews, then a path listed without a status (a stated preview is firmer ground), then the ends.
 * `tone` is the tint a matrix cell takes, grouping statuses the way a reader scans them.
 */
export const STATUSES = {
  ga: {
    label: 'Generally available',
    short: 'GA',
    symbol: '✔',
    supported: true,
    preview: false,
    stated: true,
    rank: 0,
    tone: 'ga',
    description: 'Final release: complete and available to all users.',
  },
  listed: {
    label: 'Listed, status not stated',
    short: 'Listed',
    symbol: '○',
    supported: true,
    preview: false,
    stated: false,
    rank: 4,
    tone: 'listed',
    description:
      'A document lists this path as available but states no status: neither preview nor generally available. Test it before you rely on it.',
  },
  preview: {
    label: 'Preview',
    short: 'Preview',
    symbol: '◐',
    supported: true,
    preview: true,
    stated: true,
    rank: 1,
    tone: 'preview',
    description: 'Usable, but may change before release and may not be in every region.',
  },
  'public-preview': {
    label: 'Public preview',
    short: 'Public preview',
    symbol: '◐',
    supported: true,
    preview: true,
    stated: true,
    rank: 2,
    tone: 'preview',
    description: 'Open to everyone without sign-up, but may change before release and may not be in every region.',
  },
  'private-preview': {
    label: 'Private preview',
    short: 'Private preview',
    symbol: '◔',
    supported: true,
    preview: true,
    stated: true,
    rank: 3,
    tone: 'preview',
    description: 'Only for customers who signed up; not generally usable.',
  },
  'not-supported': {
    label: 'Not supported',
    // One word for "no" everywhere, dense cells too: "No" beside "Not supported" read as two states.
    short: 'Not supported',
    symbol: '✕',
    supported: false,
    preview: false,
    stated: true,
    rank: 9,
    tone: 'no',
    description: 'This tool cannot do this migration in this mode.',
  },
  'no-longer-listed': {
    label: 'No longer listed',
    short: 'No longer listed',
    symbol: '–',
    supported: false,
    preview: false,
    stated: true,
    rank: 6,
    tone: 'retired',
    description: 'An earlier document listed this path; a later one leaves it out, and no retirement notice was found.',
  },
  superseded: {
    label: 'Superseded',
    short: 'Superseded',
    symbol: '↷',
    supported: false,
    preview: false,
    stated: true,
    rank: 5,
    tone: 'retired',
    description: 'A later revision of the same document replaced this path with another one.',
  },
  'ended-with-host': {
    label: 'Ended with its host product',
    short: 'Ended',
    symbol: '⊘',
    supported: false,
    preview: false,
    stated: true,
    rank: 7,
    tone: 'retired',
    description:
      'Ran inside another product (an Azure Data Studio extension) and ended when that product retired; no retirement notice of its own was found.',
  },
  retired: {
    label: 'Retired',
    short: 'Retired',
    symbol: '⊘',
    supported: false,
    preview: false,
    stated: true,
    rank: 8,
    tone: 'retired',
    description: 'Was offered, no longer is: the tool or the target has been retired.',
  },
} as const;
export type Status = keyof typeof STATUSES;
export const STATUS_IDS = Object.keys(STATUSES) as [Status, ...Status[]];

/**
 * A mode (or a whole pair) for which no document lists any tool. Not a status, since no document
 * states it, but a reader meets it beside the statuses, so it has one symbol and one wording too.
 */
export const NO_OFFERING = {
  label: 'No offering listed',
  symbol: '—',
  description: 'No document lists a tool for this migration in this mode, so none is known to do it.',
} as const;

export const SEVERITIES = {
  blocker: {
    label: 'Blocker',
    symbol: '✖',
    description: 'Rules out the mode or tool it applies to until it is resolved.',
  },
  warning: {
    label: 'Warning',
    symbol: '⚠',
    description: 'Will cost time, data or effort unless you plan for it.',
  },
  info: {
    label: 'Info',
    symbol: 'ℹ',
    description: 'Worth knowing; does not change the plan.',
  },
} as const;
export type Severity = keyof typeof SEVERITIES;
export const SEVERITY_IDS = Object.keys(SEVERITIES) as [Severity, ...Severity[]];

/** Most severe first: the order of SEVERITIES above, for sorting limitations everywhere. */
export function bySeverity(a: Severity, b: Severity): number {
  return SEVERITY_IDS.indexOf(a) - SEVERITY_IDS.indexOf(b);
}

/** Lower is firmer: the order in which statuses win a matrix cell or a recommendation. */
export function byStatusRank(a: Status, b: Status): number {
  return STATUSES[a].rank - STATUSES[b].rank;
}

export const ENGINES = {
  'sql-server': { label: 'SQL Server' },
  oracle: { label: 'Oracle' },
  mongodb: { label: 'MongoDB' },
  mysql: { label: 'MySQL' },
  postgresql: { label: 'PostgreSQL' },
} as const;
export type Engine = keyof typeof ENGINES;
export const ENGINE_IDS = Object.keys(ENGINES) as [Engine, ...Engine[]];

export const HOSTINGS = {
  'self-managed': { label: 'Self-managed (on-premises, private cloud or any VM)' },
  'on-premises': { label: 'On-premises' },
  aws: { label: 'Amazon Web Services' },
  'google-cloud': { label: 'Google Cloud' },
  'azure-iaas': { label: 'Azure virtual machine' },
  'azure-paas': { label: 'Azure managed service' },
} as const;
export type Hosting = keyof typeof HOSTINGS;
export const HOSTING_IDS = Object.keys(HOSTINGS) as [Hosting, ...Hosting[]];

/**
 * Events in the life of a platform or tool. `ends` marks the events after which it can no longer
 * be used: a retirement notice of its own, or the end of the product it ran inside (an Azure Data
 * Studio extension ends with Azure Data Studio, whether or not it had a notice). The end of
 * standard support is not an end: the version still runs, under paid extended support.
 */
export const LIFECYCLE_EVENTS = {
  announced: { label: 'Announced', ends: false },
  'creation-blocked': { label: 'No new instances', ends: false },
  deprecated: { label: 'Deprecated', ends: false },
  'standard-support-ends': { label: 'Standard support ends', ends: false },
  retired: { label: 'Retired', ends: true },
  'ended-with-host': { label: 'Ended with its host', ends: true },
} as const;
export type LifecycleEvent = keyof typeof LIFECYCLE_EVENTS;
export const LIFECYCLE_EVENT_IDS = Object.keys(LIFECYCLE_EVENTS) as [LifecycleEvent, ...LifecycleEvent[]];

/**
 * The kinds of change the change log (/changes/, its feed and api/changes.json) sorts news into,
 * in the order its filter offers them. A scenario's first listing is a `new-scenario`; a path first
 * listed for a scenario already known is a `first-listing`. Lifecycle events keep their own words
 * (LIFECYCLE_EVENTS) on each item; here the two that end a platform or tool share `retirement`.
 */
export const CHANGE_KINDS = {
  'new-scenario': { label: 'New scenario', description: 'A source → target pair a document lists for the first time.' },
  'first-listing': { label: 'First listed', description: 'A tool or mode first listed for a scenario that was already listed.' },
  'status-change': { label: 'Status change', description: 'A document gives a path a different status from the one before.' },
  retirement: { label: 'Retirement', description: 'A platform or tool retired, or ended with the product it ran inside.' },
  deprecated: { label: 'Deprecated', description: 'A platform or tool was deprecated: still usable, on its way out.' },
  'creation-blocked': { label: 'No new instances', description: 'No new instances of a platform or uses of a tool can be created.' },
  'standard-support-ends': { label: 'Standard support ends', description: 'Standard support ended; paid extended support follows. Not a retirement.' },
  announced: { label: 'Announced', description: 'A platform or tool was announced.' },
} as const;
export type ChangeKind = keyof typeof CHANGE_KINDS;
export const CHANGE_KIND_IDS = Object.keys(CHANGE_KINDS) as [ChangeKind, ...ChangeKind[]];

export const CONSIDERATION_KINDS = {
  limitation: { label: 'Limitation', plural: 'Limitations' },
  prerequisite: { label: 'Prerequisite', plural: 'Prerequisites' },
} as const;
export type ConsiderationKind = keyof typeof CONSIDERATION_KINDS;
