import type { Dataset, Entry } from '../data/dataset.ts';
import { endingWord } from '../data/lifecycle-words.ts';
import { bestOffering, shortName, currentRunStart, currentStatus, isRetired, offeringsFor, retirement, statusSince, type LifecycleScope } from '../data/queries.ts';
import type { LifecycleEventData } from '../schema/lifecycle.ts';
import type { ScenarioData } from '../schema/scenario.ts';
import { byStatusRank, ENGINES, ENGINE_IDS, HOSTING_IDS, MODE_IDS, type Engine, type Hosting, type Mode, type Status } from '../schema/vocabulary.ts';
import { normaliseText, type RowKeys } from './filter.ts';

/** A retirement as the matrix shows it: when, whether that day has passed, and what replaces it. */
export interface RetirementView {
  date: string;
  /** True once the date is today or earlier; a later date is shown as "retires". */
  past: boolean;
  /** "Retired", "Retires", "Ended" (with its host product) or "Ends": lifecycle-words.ts. */
  word: string;
  /** Its short name: the tag sits in narrow cells. */
  successor?: { id: string; name: string };
}

export interface PlatformView {
  id: string;
  name: string;
  short: string;
  engine: Engine;
  hosting: Hosting;
  retirement?: RetirementView;
}

export interface ToolView {
  id: string;
  name: string;
  short: string;
  retirement?: RetirementView;
}

/**
 * What the date beside a status is: the first document that listed the path, when no document gave
 * it another status before ('first-documented'), or the first that gave this status after another
 * one ('since'). legend.ts has the words.
 */
export type DateKind = 'first-documented' | 'since';

/** One offering as a cell shows it: its current status, its date and what that date is, its footnote ids. */
export interface CellOffering {
  tool: ToolView;
  mode: Mode;
  status: Status;
  since: string;
  dated: DateKind;
  footnotes: string[];
}

/**
 * A scenario in one mode: the offering that wins the cell, the other current ones, best first,
 * and those whose tool is retired for this scenario (isRetired), which the page lists only on
 * request. The winner always shows, whatever its tool: it is the cell's answer.
 */
export interface ModeCell {
  best?: CellOffering;
  others: CellOffering[];
  retired: CellOffering[];
}

export interface MatrixRow {
  id: string;
  source: PlatformView;
  target: PlatformView;
  cells: Record<Mode, ModeCell>;
  /** Lower-cased names, short names, engine and tools, for the free-text filter. */
  text: string;
}

type Lifecycled = { data: { lifecycle: LifecycleEventData[] } };

function retirementView(
  entry: Lifecycled,
  successorName: (id: string) => string | undefined,
  today: string,
  scope?: LifecycleScope,
): RetirementView | undefined {
  const event = retirement(entry, scope);
  if (!event) return undefined;
  const view: RetirementView = { date: event.date, past: isRetired(entry, today, scope), word: endingWord(event, today) };
  if (event.successor) view.successor = { id: event.successor, name: successorName(event.successor) ?? event.successor };
  return view;
}

function platformView(dataset: Dataset, id: string, today: string): PlatformView {
  const { data } = dataset.platforms[id];
  const retired = retirementView(dataset.platforms[id], (s) => (dataset.platforms[s] ? shortName(dataset.platforms[s]) : undefined), today);
  return { id, name: data.name, short: shortName(dataset.platforms[id]), engine: data.engine, hosting: data.hosting, ...(retired && { retirement: retired }) };
}

function toolView(dataset: Dataset, id: string, today: string, scope: LifecycleScope): ToolView {
  const { data } = dataset.tools[id];
  const retired = retirementView(dataset.tools[id], (s) => (dataset.tools[s] ? shortName(dataset.tools[s]) : undefined), today, scope);
  return { id, name: data.name, short: shortName(dataset.tools[id]), ...(retired && { retirement: retired }) };
}

function modeCell(dataset: Dataset, entry: Entry<ScenarioData>, mode: Mode, today: string): ModeCell {
  const scenario = entry.data;
  const best = bestOffering(dataset, entry, mode);
  const view = (o: (typeof scenario.offerings)[number]): CellOffering => ({
    tool: toolView(dataset, o.tool, today, { dataset, scenario: entry, offering: o }),
    mode,
    status: currentStatus(o).status,
    since: statusSince(o),
    dated: currentRunStart(o.history) === 0 ? 'first-documented' : 'since',
    footnotes: o.footnotes,
  });
  // Array.prototype.sort is stable, so offerings of equal status keep the order authors wrote.
  const rest = offeringsFor(scenario, mode)
    .filter((o) => o !== best)
    .sort((a, b) => byStatusRank(currentStatus(a).status, currentStatus(b).status))
    .map(view);
  const others = rest.filter((o) => !hasRetiredTool(o));
  const retired = rest.filter(hasRetiredTool);
  return best ? { best: view(best), others, retired } : { others, retired };
}

/** Whether the offering's tool has ended for its scenario as of the build (retirement.past is isRetired's answer). */
export function hasRetiredTool(offering: CellOffering): boolean {
  return Boolean(offering.tool.retirement?.past);
}

const ENGINE_ORDER = new Map<string, number>(ENGINE_IDS.map((id, index) => [id, index]));
const HOSTING_ORDER = new Map<string, number>(HOSTING_IDS.map((id, index) => [id, index]));

const byEngine = (a: PlatformView, b: PlatformView) => (ENGINE_ORDER.get(a.engine) ?? 99) - (ENGINE_ORDER.get(b.engine) ?? 99);
const byHosting = (a: PlatformView, b: PlatformView) => (HOSTING_ORDER.get(a.hosting) ?? 99) - (HOSTING_ORDER.get(b.hosting) ?? 99);
const byName = (a: PlatformView, b: PlatformView) => a.name.localeCompare(b.name, 'en');

/**
 * Sources in the order the 2022 source tables list them: one engine together (SQL Server, then
 * Oracle, MongoDB, MySQL, PostgreSQL), self-managed before cloud-hosted, then by name.
 */
export function compareSources(a: PlatformView, b: PlatformView): number {
  return byEngine(a, b) || byHosting(a, b) || byName(a, b);
}

/** Targets by engine, then name: Azure SQL Database, Managed Instance, SQL Server on Azure VMs… */
export function compareTargets(a: PlatformView, b: PlatformView): number {
  return byEngine(a, b) || byName(a, b);
}

function rowText(row: Omit<MatrixRow, 'text'>): string {
  const tools = rowOfferings(row).flatMap((o) => [o.tool.name, o.tool.short]);
  const parts = [row.id, row.source.name, row.source.short, row.target.name, row.target.short, ENGINES[row.source.engine].label, ...tools];
  return normaliseText([...new Set(parts)].join(' '));
}

function buildRow(dataset: Dataset, entry: Entry<ScenarioData>, today: string): MatrixRow {
  const scenario = entry.data;
  const cells = Object.fromEntries(MODE_IDS.map((mode) => [mode, modeCell(dataset, entry, mode, today)])) as Record<Mode, ModeCell>;
  const row = { id: entry.id, source: platformView(dataset, scenario.source, today), target: platformView(dataset, scenario.target, today), cells };
  return { ...row, text: rowText(row) };
}

/**
 * Every scenario as a matrix row, ordered by target then source, the way the source document's
 * tables read. `today` (YYYY-MM-DD) decides whether a retirement has happened yet.
 */
export function buildMatrixRows(dataset: Dataset, today: string): MatrixRow[] {
  return Object.values(dataset.scenarios)
    .map((entry) => buildRow(dataset, entry, today))
    .sort((a, b) => compareTargets(a.target, b.target) || compareSources(a.source, b.source));
}

export interface TargetGroup {
  target: PlatformView;
  rows: MatrixRow[];
}

/** Rows grouped under their target, keeping the order of `buildMatrixRows`. */
export function groupByTarget(rows: readonly MatrixRow[]): TargetGroup[] {
  const groups: TargetGroup[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && last.target.id === row.target.id) last.rows.push(row);
    else groups.push({ target: row.target, rows: [row] });
  }
  return groups;
}

/** A row's offerings a reader sees by default, in reading order: offline then online, the winner before the rest. */
export function currentOfferings(row: Pick<MatrixRow, 'cells'>): CellOffering[] {
  return MODE_IDS.flatMap((mode) => {
    const cell = row.cells[mode];
    return cell.best ? [cell.best, ...cell.others] : cell.others;
  });
}

/** A row's offerings by retired tools, offline then online. */
export function retiredOfferings(row: Pick<MatrixRow, 'cells'>): CellOffering[] {
  return MODE_IDS.flatMap((mode) => row.cells[mode].retired);
}

/** Each offering of a row in reading order: offline then online; in each, the winner, the others, then the retired ones. */
export function rowOfferings(row: Pick<MatrixRow, 'cells'>): CellOffering[] {
  return MODE_IDS.flatMap((mode) => {
    const cell = row.cells[mode];
    return [...(cell.best ? [cell.best] : []), ...cell.others, ...cell.retired];
  });
}

/** The keys the filters read, as the page writes them into the row's data-* attributes. */
export function rowKeys(row: MatrixRow): RowKeys {
  const retired = new Set(retiredOfferings(row));
  return {
    source: row.source.id,
    target: row.target.id,
    engine: row.source.engine,
    offerings: rowOfferings(row).map((o) => ({ mode: o.mode, tool: o.tool.id, status: o.status, retired: retired.has(o) })),
    text: row.text,
  };
}
