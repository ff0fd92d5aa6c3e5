import { docRefs, ruleReason } from './cite.ts';
import { QUESTION_IDS, RULE_IDS } from './rules.ts';
import type { AdvisorData, CiteRef, Estimate, Reason } from './types.ts';
import { formatHours, formatNumber } from './format.ts';

/** 1 GB = 8 × 1,024 Mbit: the convention the estimate states alongside its result. */
export const MBIT_PER_GB = 8 * 1024;

export interface EstimateInput {
  sizeGb: number;
  networkMbps: number;
  downtimeHours: number;
  /** The offline tool, with the copy rate its documents publish when they do. */
  tool?: { id: string; name: string; gbPerHour?: number; basis?: string; cite: CiteRef[] };
  /** Question ids whose preset value was used because they were not answered. */
  assumed: string[];
  /** The same, in words ("How large is the database: 100 GB"). */
  assumedText: string[];
  /** Rule to cite for measuring the real figure, when the guide has it. */
  measureRule?: Reason;
}

/**
 * Estimates the offline data copy: size ÷ min(network throughput, the tool's published rate).
 * Only the copy is estimated; schema, indexes, validation and cutover come on top.
 */
export function estimateCopy(input: EstimateInput): Estimate {
  const networkGbPerHour = (input.networkMbps * 3600) / MBIT_PER_GB;
  const toolGbPerHour = input.tool?.gbPerHour;
  const limitedBy = toolGbPerHour !== undefined && toolGbPerHour < networkGbPerHour ? 'tool' : 'network';
  const effectiveGbPerHour = limitedBy === 'tool' ? (toolGbPerHour as number) : networkGbPerHour;
  const hours = input.sizeGb / effectiveGbPerHour;
  const formula =
    toolGbPerHour === undefined
      ? `${formatNumber(input.sizeGb)} GB ÷ ${formatNumber(networkGbPerHour)} GB/h = ${formatHours(hours)}`
      : `${formatNumber(input.sizeGb)} GB ÷ min(${formatNumber(networkGbPerHour)} GB/h network, ${formatNumber(toolGbPerHour)} GB/h ${input.tool?.name}) = ${formatHours(hours)}`;
  const networkFormula = `${formatNumber(input.networkMbps, 0)} Mbit/s × 3,600 s/h ÷ (8 × 1,024 Mbit/GB) = ${formatNumber(networkGbPerHour)} GB/h`;
  const assumptions: Reason[] = [
    { text: 'Only the data copy is estimated: creating the schema and indexes, validating and cutting over add to the downtime.', cite: [] },
    { text: '1 GB is counted as 8 × 1,024 Mbit, and the whole bandwidth is assumed to be available to the copy.', cite: [] },
  ];
  if (input.tool && toolGbPerHour !== undefined) {
    assumptions.push({ text: `${input.tool.name} publishes a copy rate of ${formatNumber(toolGbPerHour)} GB/h${input.tool.basis ? ` (${input.tool.basis.replace(/\.$/, '')})` : ''}.`, cite: input.tool.cite });
  } else if (input.tool) {
    assumptions.push({ text: `${input.tool.name} publishes no copy rate, so the network is taken as the only limit.`, cite: [] });
  }
  if (input.assumedText.length > 0) {
    assumptions.push({ text: `Not answered, so the preset value was used: ${input.assumedText.join('; ')}.`, cite: [] });
  }
  if (input.measureRule) assumptions.push(input.measureRule);

  return {
    sizeGb: input.sizeGb,
    networkMbps: input.networkMbps,
    networkGbPerHour,
    tool: input.tool?.id,
    toolGbPerHour,
    effectiveGbPerHour,
    limitedBy,
    hours,
    downtimeHours: input.downtimeHours,
    fits: hours <= input.downtimeHours,
    assumed: input.assumed,
    formula,
    networkFormula,
    assumptions,
  };
}

/** A number answer, or the question's preset value (noted as assumed), or nothing. */
function numberAnswer(data: AdvisorData, answers: Record<string, unknown>, id: string, assumed: string[]): number | undefined {
  const given = answers[id];
  if (typeof given === 'number') return given;
  const question = data.questions[id]?.data;
  if (question?.kind !== 'number' || question.default === undefined) return undefined;
  assumed.push(`${question.prompt.replace(/\?$/, '')}: ${question.default} ${question.unit}`);
  return question.default;
}

/**
 * The estimate for the visitor's answers (or the questions' presets) and the offline tool, or
 * null when a size, bandwidth or window is neither answered nor preset.
 */
export function estimateFromAnswers(data: AdvisorData, answers: Record<string, unknown>, toolId: string | undefined): Estimate | null {
  const assumedText: string[] = [];
  const ids = [QUESTION_IDS.size, QUESTION_IDS.network, QUESTION_IDS.downtime];
  const [sizeGb, networkMbps, downtimeHours] = ids.map((id) => numberAnswer(data, answers, id, assumedText));
  if (sizeGb === undefined || networkMbps === undefined || downtimeHours === undefined || networkMbps <= 0) return null;
  const tool = toolId ? data.tools[toolId] : undefined;
  return estimateCopy({
    sizeGb,
    networkMbps,
    downtimeHours,
    tool: tool && {
      id: tool.id,
      name: tool.data.name,
      gbPerHour: tool.data.throughput?.gbPerHour,
      basis: tool.data.throughput?.basis,
      cite: tool.data.throughput ? docRefs(tool.data.throughput.cite) : [],
    },
    assumed: ids.filter((id) => typeof answers[id] !== 'number' && data.questions[id]?.data.kind === 'number'),
    assumedText,
    measureRule: ruleReason(data, [RULE_IDS.restoredCopy], undefined, 'Measure the real downtime by migrating a restored copy of production.'),
  });
}
