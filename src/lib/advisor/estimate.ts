import type { BenchmarkRow } from './benchmark.ts';
import { benchmarkMinutes, benchmarkReading } from './benchmark.ts';
import { docRefs, ruleReason } from './cite.ts';
import { formatHours, formatNumber } from './format.ts';
import { QUESTION_IDS, RULE_IDS } from './known-ids.ts';
import type { AdvisorData, CiteRef, Estimate, Reason } from './types.ts';

/**
 * The one unit convention: decimal, as the documents write sizes and as every threshold in
 * content/ is given (1 TB = 1,000 GB), so 1 GB = 8,000 Mbit.
 */
export const MBIT_PER_GB = 8000;

/** The method in one line, as the result pages and the Markdown export state it. */
export const ESTIMATE_METHOD =
  "Copy time = the larger of the network's time and the tool's own published time (its timing table or rate); with neither published, the network's time is a lower bound";

export const ESTIMATE_UNITS = 'Sizes are decimal (1 GB = 1,000 MB = 8,000 Mbit; 1 TB = 1,000 GB), as the documents write them.';

export interface EstimateInput {
  /** All the databases together. */
  sizeGb: number;
  databases: number;
  networkMbps: number;
  downtimeHours: number;
  /** The offline tool, with what its documents publish about its speed, when they do. */
  tool?: {
    id: string;
    name: string;
    benchmark?: { setup: string; rows: readonly BenchmarkRow[]; cite: CiteRef[] };
    rate?: { gbPerHour: number; basis: string; cite: CiteRef[] };
  };
  /** Question ids whose preset value was used because they were not answered. */
  assumed: string[];
  /** The same, as their values with units ("100 GB"): the unit says which question each answers. */
  assumedText: string[];
  /** Rule to cite for measuring the real figure, when the guide has it. */
  measureRule?: Reason;
}

/**
 * Estimates the offline copy as the larger of two times: what the bandwidth needs for the data,
 * and what the tool's own published figures give — its timing table read at the size
 * (benchmark.ts), or its published rate. With neither, the bandwidth time is all there is, and it
 * can only undercut the real time: it is labelled a lower bound. A timing table measures one
 * database; for several, per-database work it does not time comes on top, so the figure is a
 * lower bound then too.
 */
export function estimateCopy(input: EstimateInput): Estimate {
  const networkGbPerHour = (input.networkMbps * 3600) / MBIT_PER_GB;
  const networkHours = input.sizeGb / networkGbPerHour;
  const { tool } = input;
  let toolHours: number | undefined;
  let basis: Estimate['basis'] = 'bandwidth';
  if (tool?.benchmark) {
    toolHours = benchmarkMinutes(tool.benchmark.rows, input.sizeGb) / 60;
    basis = 'benchmark';
  } else if (tool?.rate) {
    toolHours = input.sizeGb / tool.rate.gbPerHour;
    basis = 'rate';
  }
  const limitedBy = toolHours !== undefined && toolHours > networkHours ? 'tool' : 'network';
  const hours = Math.max(networkHours, toolHours ?? 0);
  const lowerBound = basis === 'bandwidth' || (basis === 'benchmark' && input.databases > 1);

  const size = `${formatNumber(input.sizeGb)} GB`;
  const networkPart = `${size} ÷ ${formatNumber(networkGbPerHour)} GB/h = ${formatHours(networkHours)}`;
  const formula =
    toolHours === undefined
      ? networkPart
      : `max(network: ${networkPart}; ${tool?.name}: ${basis === 'benchmark' ? `its benchmark at ${size}` : `${size} ÷ ${formatNumber(tool?.rate?.gbPerHour ?? 0)} GB/h`} = ${formatHours(toolHours)}) = ${formatHours(hours)}`;
  const networkFormula = `${formatNumber(input.networkMbps, 0)} Mbit/s × 3,600 s/h ÷ 8,000 Mbit/GB = ${formatNumber(networkGbPerHour)} GB/h`;

  const assumptions: Reason[] = [
    { text: 'Only the data copy is estimated: creating the schema and indexes, validating and cutting over add to the downtime.', cite: [] },
    { text: `${ESTIMATE_UNITS} The whole bandwidth is assumed to be available to the copy.`, cite: [] },
  ];
  if (tool?.benchmark) {
    const reading = benchmarkReading(tool.benchmark.rows, input.sizeGb);
    const last = tool.benchmark.rows[tool.benchmark.rows.length - 1];
    const how = {
      exact: 'Your size is a row of the table.',
      interpolated: 'Your size lies between two rows; the time is read on the straight line between them.',
      below: 'Your size is below the smallest row; the time is taken as proportional to size.',
      beyond: `Your size is past the largest row (${formatNumber(last.gb)} GB); the time is extended at the pace of the last two rows, which assumes no slow-down the documents do not report.`,
    }[reading];
    assumptions.push({
      text: `${tool.name} publishes a timing table (${tableText(tool.benchmark.rows)}; ${tool.benchmark.setup.replace(/\.$/, '')}). ${how}`,
      cite: tool.benchmark.cite,
    });
    if (input.databases > 1) {
      assumptions.push({
        text: `The table times one database; your ${formatNumber(input.databases, 0)} databases are read as one of the total size, so the figure is a lower bound: each database adds work the table does not time.`,
        cite: tool.benchmark.cite,
      });
    }
  } else if (tool?.rate) {
    assumptions.push({ text: `${tool.name} publishes a copy rate of ${formatNumber(tool.rate.gbPerHour)} GB/h (${tool.rate.basis.replace(/\.$/, '')}).`, cite: tool.rate.cite });
  } else if (tool) {
    assumptions.push({
      text: `${tool.name} publishes no copy rate, so the figure comes from the bandwidth alone and is a lower bound: the tool's own work (reading, writing, restoring${input.databases > 1 ? `, and ${formatNumber(input.databases, 0)} databases one by one` : ''}) only adds to it.`,
      cite: [],
    });
  }
  if (input.assumedText.length > 0) assumptions.push({ text: presetsUsed(input.assumedText), cite: [] });
  if (input.measureRule) assumptions.push(input.measureRule);

  return {
    sizeGb: input.sizeGb,
    databases: input.databases,
    networkMbps: input.networkMbps,
    networkGbPerHour,
    networkHours,
    tool: tool?.id,
    basis,
    toolHours,
    toolGbPerHour: tool?.rate?.gbPerHour,
    limitedBy,
    hours,
    lowerBound,
    downtimeHours: input.downtimeHours,
    fits: hours <= input.downtimeHours,
    assumed: input.assumed,
    assumedText: input.assumedText,
    formula,
    networkFormula,
    assumptions,
  };
}

/** A timing table's rows in words, written once per table: every estimate with that tool repeats them. */
const tableTexts = new WeakMap<readonly BenchmarkRow[], string>();

function tableText(rows: readonly BenchmarkRow[]): string {
  let text = tableTexts.get(rows);
  if (text === undefined) {
    text = rows.map((r) => `${formatNumber(r.gb)} GB in ${formatHours(r.minutes / 60)}`).join(', ');
    tableTexts.set(rows, text);
  }
  return text;
}

/** Which presets stood in for answers, in one sentence: the estimate's assumptions and the result's lead both say it. */
export const presetsUsed = (words: readonly string[]) => `Not answered, so the preset value was used: ${words.join(', ')}.`;

/** A number answer, or the question's preset value (noted as assumed), or nothing. */
function numberAnswer(data: AdvisorData, answers: Record<string, unknown>, id: string, assumed: string[]): number | undefined {
  const given = answers[id];
  if (typeof given === 'number') return given;
  const question = data.questions[id]?.data;
  if (question?.kind !== 'number' || question.default === undefined) return undefined;
  assumed.push(`${question.default} ${question.unit}`);
  return question.default;
}

/**
 * The estimate for the visitor's answers (or the questions' presets) and the offline tool, or
 * null when a size, bandwidth or window is neither answered nor preset. `name` is the tool's name
 * as this scenario's documents give it.
 */
export function estimateFromAnswers(data: AdvisorData, answers: Record<string, unknown>, toolId: string | undefined, name?: string): Estimate | null {
  const assumedText: string[] = [];
  const ids = [QUESTION_IDS.size, QUESTION_IDS.network, QUESTION_IDS.downtime];
  const [sizeGb, networkMbps, downtimeHours] = ids.map((id) => numberAnswer(data, answers, id, assumedText));
  if (sizeGb === undefined || networkMbps === undefined || downtimeHours === undefined || networkMbps <= 0) return null;
  const count = answers[QUESTION_IDS.databases];
  const databases = typeof count === 'number' && count >= 1 ? Math.floor(count) : 1;
  const tool = toolId ? data.tools[toolId] : undefined;
  return estimateCopy({
    sizeGb,
    databases,
    networkMbps,
    downtimeHours,
    tool: tool && {
      id: tool.id,
      name: name ?? tool.data.name,
      benchmark: tool.data.benchmark && { setup: tool.data.benchmark.setup, rows: tool.data.benchmark.rows, cite: docRefs(tool.data.benchmark.cite) },
      rate: tool.data.throughput && { gbPerHour: tool.data.throughput.gbPerHour, basis: tool.data.throughput.basis, cite: docRefs(tool.data.throughput.cite) },
    },
    assumed: ids.filter((id) => typeof answers[id] !== 'number' && data.questions[id]?.data.kind === 'number'),
    assumedText,
    measureRule: ruleReason(data, [RULE_IDS.restoredCopy], undefined, 'Measure the real downtime by migrating a restored copy of production.'),
  });
}
