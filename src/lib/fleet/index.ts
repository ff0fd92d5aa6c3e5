/**
 * Fleet mode (issue 14): advise a whole CSV inventory of databases at once with the wizard's own
 * advisor. Pure and free of Node APIs, so the CLI and the fleet page's Web Worker share it; reading
 * the file is the caller's job.
 */
export { adviseInventory, adviseRows, assembleResult, judgingDate, type FleetOptions } from './advise-inventory.ts';
export { adviseRow } from './advise-row.ts';
export { COLUMN_ALIASES, headerKey } from './columns.ts';
export { toCsv } from './export-csv.ts';
export { markdownText, toMarkdown } from './export-markdown.ts';
export { MAX_BYTES, MAX_ROWS } from './limits.ts';
export { parseInventory } from './parse.ts';
export { lookUpPlatform } from './platform-lookup.ts';
export { neutraliseFormula } from './safe-cell.ts';
export { SAMPLE_INVENTORY } from './sample.csv.ts';
export { WAVES_BASIS } from './waves.ts';
export type * from './types.ts';
