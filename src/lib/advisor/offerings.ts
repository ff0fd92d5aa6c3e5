import { isRetired, offeringToolName, statusAsOf, statusSince, type LifecycleScope } from '../data/queries.ts';
import type { OfferingData, StatusEntry } from '../schema/scenario.ts';
import { byStatusRank, STATUSES, type Mode, type Status } from '../schema/vocabulary.ts';
import type { ScenarioLike } from './applies.ts';
import { evaluateCondition } from './conditions.ts';
import { preparedFor } from './prepared.ts';
import type { AdvisorData, AnswerValues, Exclusion, OfferingView } from './types.ts';
import { findUnknowns } from './undocumented.ts';

export interface JudgedOffering {
  offering: OfferingData;
  /** The status entry in force on the judging date. */
  entry: StatusEntry;
  view: OfferingView;
  /** Supported on the judging date: a supported status, and neither tool nor target ended. */
  usable: boolean;
  /** The documents recommend this tool for this scenario (the tool's `preferredFor`). */
  preferred: boolean;
}

/** Answers nobody has given yet: a scenario page, where every conditional blocker only may apply. */
export const UNANSWERED = 'unanswered';

/**
 * The blockers of one offering: blocker considerations whose selector covers it, split by whether
 * they rule it out (`blocks`) or only may, depending on answers not given (`mayBlock`). With the
 * visitor's answers a blocker blocks when its condition (if any) holds and `mayBlock` is empty;
 * on a page nobody answered, an unconditional blocker blocks and a conditional one may. The one
 * home of "is it blocked": the recommendation, the alternatives, scenario pages and the tests
 * all ask it.
 */
export function blockersOf(
  data: AdvisorData,
  scenario: ScenarioLike,
  offering: { tool: string; mode: Mode },
  answers: AnswerValues | typeof UNANSWERED,
): { blocks: string[]; mayBlock: string[] } {
  const blocks: string[] = [];
  const mayBlock: string[] = [];
  for (const c of preparedFor(data).scenario(scenario).offering(offering).blockers) {
    if (!c.data.when) blocks.push(c.id);
    else if (answers === UNANSWERED) mayBlock.push(c.id);
    else if (evaluateCondition(c.data.when, answers)) blocks.push(c.id);
  }
  return { blocks: blocks.sort(), mayBlock: mayBlock.sort() };
}

/** The blockers that rule one offering out for these answers (blockersOf's `blocks`). */
export function applicableBlockers(data: AdvisorData, scenario: ScenarioLike, offering: { tool: string; mode: Mode }, answers: AnswerValues): string[] {
  return blockersOf(data, scenario, offering, answers).blocks;
}

/** The scope a lifecycle event is judged in: this scenario, and this offering when given. */
export function scopeOf(data: AdvisorData, scenario: ScenarioLike, offering?: { tool: string; mode: Mode }): LifecycleScope {
  return { dataset: data, scenario, offering };
}

/**
 * Judges each offering of a scenario as of `today`: its status on that date (offerings no
 * document had stated yet are left out), and whatever keeps it from being recommended (not
 * supported, retired, a tool or target that has ended for this scenario, a blocker matching the
 * answers, a preview the visitor did not allow), in that order of precedence. Then, for each
 * offering still available, what the documents leave open about it (undocumented.ts).
 */
export function judgeOfferings(
  data: AdvisorData,
  scenario: ScenarioLike,
  answers: AnswerValues,
  context: { today: string; allowPreview: boolean },
): JudgedOffering[] {
  const targetRetired = isRetired(data.platforms[scenario.data.target], context.today, scopeOf(data, scenario));
  const judged: JudgedOffering[] = [];
  for (const offering of scenario.data.offerings) {
    const entry = statusAsOf(offering, context.today);
    if (!entry) continue;
    const word = STATUSES[entry.status];
    const toolRetired = isRetired(data.tools[offering.tool], context.today, scopeOf(data, scenario, offering));
    const blockers = applicableBlockers(data, scenario, offering, answers);
    const usable = word.supported && !toolRetired && !targetRetired;
    const excluded = exclusion({
      status: entry.status,
      supported: word.supported,
      preview: word.preview,
      targetRetired,
      toolRetired,
      blocked: blockers.length > 0,
      allowPreview: context.allowPreview,
    });
    const view: OfferingView = {
      mode: offering.mode,
      tool: offering.tool,
      toolName: offeringToolName(data.tools, offering),
      status: entry.status,
      stated: word.stated,
      since: statusSince(offering, context.today),
      preview: word.preview,
      available: excluded === undefined,
      blockers,
      unknowns: [],
      footnotes: offering.footnotes,
    };
    if (excluded) view.excluded = excluded;
    const { preferred } = preparedFor(data).scenario(scenario).offering(offering);
    judged.push({ offering, entry, view, usable, preferred });
  }
  const views = judged.map((j) => j.view);
  for (const j of judged) {
    if (j.view.available) j.view.unknowns = findUnknowns(data, scenario, j.view, views);
  }
  return judged;
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
 * The best offering that can be recommended in a mode: the firmest status first (GA, then the
 * previews, then a path listed without a status), then one the documents cover for the visitor's
 * answers before one they are silent about, then the tool the documents prefer, then file order.
 */
export function bestAvailable(judged: readonly JudgedOffering[], mode: Mode): JudgedOffering | undefined {
  return judged
    .filter((j) => j.view.mode === mode && j.view.available)
    .sort(
      (a, b) =>
        byStatusRank(a.view.status, b.view.status) ||
        Number(a.view.unknowns.length > 0) - Number(b.view.unknowns.length > 0) ||
        Number(b.preferred) - Number(a.preferred),
    )[0];
}
