import { currentStatus, isRetired, STATUS_RANK, statusSince } from '../data/queries.ts';
import type { OfferingData } from '../schema/scenario.ts';
import { STATUSES, type Mode, type Status } from '../schema/vocabulary.ts';
import { selectorCoversOffering, type ScenarioLike } from './applies.ts';
import { evaluateCondition } from './conditions.ts';
import type { AdvisorData, AnswerValues, Exclusion, OfferingView } from './types.ts';

export interface JudgedOffering {
  offering: OfferingData;
  view: OfferingView;
  /** Supported today: a supported status, and neither tool nor target retired. */
  usable: boolean;
  /** The documents recommend this tool for this scenario (the tool's `preferredFor`). */
  preferred: boolean;
}

/**
 * Judges each offering of a scenario: its status today, and whatever keeps it from being
 * recommended (not supported, retired, a retired tool or target, a preview the visitor did not
 * allow, or a blocker matching the answers), in that order of precedence.
 */
export function judgeOfferings(
  data: AdvisorData,
  scenario: ScenarioLike,
  answers: AnswerValues,
  context: { today: string; allowPreview: boolean },
): JudgedOffering[] {
  const targetRetired = isRetired(data.platforms[scenario.data.target], context.today);
  return scenario.data.offerings.map((offering) => {
    const status = currentStatus(offering).status;
    const word = STATUSES[status];
    const toolRetired = isRetired(data.tools[offering.tool], context.today);
    const blockers = Object.values(data.considerations)
      .filter((c) => c.data.severity === 'blocker')
      .filter((c) => selectorCoversOffering(c.data.appliesTo, scenario, offering, data))
      .filter((c) => !c.data.when || evaluateCondition(c.data.when, answers))
      .map((c) => c.id)
      .sort();
    const usable = word.supported && !toolRetired && !targetRetired;
    const excluded = exclusion({ status, supported: word.supported, preview: word.preview, targetRetired, toolRetired, blocked: blockers.length > 0, allowPreview: context.allowPreview });
    const view: OfferingView = {
      mode: offering.mode,
      tool: offering.tool,
      toolName: data.tools[offering.tool]?.data.name ?? offering.tool,
      status,
      since: statusSince(offering),
      preview: word.preview,
      available: excluded === undefined,
      blockers,
      footnotes: offering.footnotes,
    };
    if (excluded) view.excluded = excluded;
    const preference = data.tools[offering.tool]?.data.preferredFor;
    const preferred = Boolean(preference && selectorCoversOffering(preference.appliesTo, scenario, offering, data));
    return { offering, view, usable, preferred };
  });
}

function exclusion(o: {
  status: Status;
  supported: boolean;
  preview: boolean;
  targetRetired: boolean;
  toolRetired: boolean;
  blocked: boolean;
  allowPreview: boolean;
}): Exclusion | undefined {
  if (!o.supported) return o.status === 'retired' ? 'retired' : 'not-supported';
  if (o.targetRetired) return 'target-retired';
  if (o.toolRetired) return 'tool-retired';
  if (o.blocked) return 'blocked';
  if (o.preview && !o.allowPreview) return 'preview-not-allowed';
  return undefined;
}

/**
 * The best offering that can be recommended in a mode: GA before preview, then the tool the
 * documents prefer for this scenario, then file order.
 */
export function bestAvailable(judged: readonly JudgedOffering[], mode: Mode): JudgedOffering | undefined {
  return judged
    .filter((j) => j.view.mode === mode && j.view.available)
    .sort((a, b) => STATUS_RANK[a.view.status] - STATUS_RANK[b.view.status] || Number(b.preferred) - Number(a.preferred))[0];
}
