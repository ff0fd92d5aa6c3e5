/**
 * The few names the advisor reads directly. Everything else (which questions exist, when a
 * limitation applies) comes from content/, so adding a question or a rule needs no code change.
 */
export const QUESTION_IDS = {
  downtime: 'downtime-hours',
  size: 'database-size-gb',
  network: 'network-mbps',
  writes: 'write-intensity',
  preview: 'allow-preview',
  /** How many databases the size covers: a timing table measures one. */
  databases: 'database-count',
  /** Read only to cite the primary-key rule beside an online recommendation. */
  noPrimaryKey: 'tables-without-primary-key',
} as const;

/** Guide rules (content/guides/offline-vs-online.md) the advisor cites as reasons. */
export const RULE_IDS = {
  testOfflineFirst: 'test-offline-first',
  windowFits: 'offline-when-window-fits',
  simpler: 'offline-simpler-fewer-failures',
  downtimeShort: 'online-when-downtime-short',
  writeHeavy: 'online-write-heavy-reduce-load',
  manualCutover: 'online-manual-cutover',
  sourceImpact: 'online-source-impact',
  primaryKeys: 'online-primary-keys',
  restoredCopy: 'estimate-with-restored-copy',
} as const;
