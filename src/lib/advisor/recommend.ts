import { MODES, STATUSES } from '../schema/vocabulary.ts';
import { alternativesFor, platformName } from './alternatives.ts';
import { isUndescribedSamePlatformMove } from './applies.ts';
import { validateAnswers } from './answers.ts';
import { decide } from './decide.ts';
import { estimateFromAnswers } from './estimate.ts';
import { matchConsiderations } from './flags.ts';
import { lifecycleReasons } from './lifecycle.ts';
import { uniqueRefs } from './cite.ts';
import { bestAvailable, judgeOfferings, type JudgedOffering } from './offerings.ts';
import { answerProblem } from './problems.ts';
import { caveatsFor, exclusionReasons, otherPairs, statusCite, statusReason, unknownReasons, unsupportedReason } from './reasons.ts';
import { isoDateProblem } from '../iso-date.ts';
import { todayUtc } from '../today.ts';
import { QUESTION_IDS } from './known-ids.ts';
import { pick, relevantQuestions, scenarioFor } from './relevance.ts';
import type { AdvisorData, CiteRef, Recommendation, RecommendOptions, WizardInput } from './types.ts';
import { valueText } from './value-text.ts';

/**
 * The advisor: a pure function of the data and the visitor's answers. It decides whether the
 * pair is supported, which modes are available at which status, which mode fits the downtime
 * window and with which tool, and lists every limitation and prerequisite that applies, each
 * reason citing the document, limitation, footnote or guide rule it rests on. Never throws,
 * whatever the input holds: bad answers and unknown platforms come back as problems and are ignored.
 */
export function recommend(data: AdvisorData, input: WizardInput, options: RecommendOptions = {}): Recommendation {
  const { answers: valid, problems } = validateAnswers(data, field(input, 'answers'));
  const today = judgingDate(options, problems);
  const given = { source: field(input, 'source'), target: field(input, 'target') };
  const source = known(data, given.source, 'source', problems);
  let target = known(data, given.target, 'target', problems);
  if (isUndescribedSamePlatformMove(data, source, target)) {
    problems.push(answerProblem('same-platform', 'target', target));
    target = undefined;
  }
  if (!source || !target) return choosePair(given, problems, today);

  const scenario = scenarioFor(data, source, target);
  const exists = Object.hasOwn(data.scenarios, scenario.id);
  const relevant = relevantQuestions(data, { source, target }, valid);
  const answers = pick(valid, relevant);
  const allowPreview = (answers[QUESTION_IDS.preview] ?? data.questions[QUESTION_IDS.preview]?.data.default) === true;
  const judged = judgeOfferings(data, scenario, answers, { today, allowPreview });
  const usable = judged.filter((j) => j.usable);
  const lifecycle = lifecycleReasons(data, scenario, today);
  const context = { today, allowPreview };
  const base = {
    asOf: today,
    source,
    target,
    scenario: exists ? scenario.id : null,
    title: `${platformName(data, source)} → ${platformName(data, target)}`,
    offerings: judged.map((j) => j.view),
    relevant,
    problems,
  };

  if (usable.length === 0) {
    const alternatives = alternativesFor(data, source, target, valid, context);
    return {
      ...base,
      supported: false,
      mode: 'none',
      tool: null,
      toolName: null,
      status: null,
      // A pair no document lists is said to have no path, so it does not read like a retired one.
      headline: exists ? `${base.title} is not supported by any tool as of ${today}.` : `${base.title} has no documented migration path.`,
      reasons: [unsupportedReason(data, exists, judged, source, target, today), ...lifecycle],
      changes: alternatives.length > 0 ? [] : [nothingFromSource(data, source, judged)],
      caveats: [],
      unknowns: [],
      estimate: null,
      flags: [],
      checklist: [],
      alternatives,
    };
  }

  const offline = (bestAvailable(judged, 'offline') ?? usable.find((j) => j.view.mode === 'offline'))?.view;
  const estimate = estimateFromAnswers(data, answers, offline?.tool, offline?.toolName);
  const decision = decide(data, scenario, judged, estimate, answers);
  const chosen = decision.chosen;
  // The pair is supported but nothing fits: only another target helps, since the source is given.
  const alternatives = chosen ? [] : alternativesFor(data, source, target, valid, context);
  const { flags, checklist } = matchConsiderations(
    data,
    scenario,
    answers,
    usable.map((j) => j.view),
    chosen?.view,
  );
  return {
    ...base,
    supported: true,
    mode: chosen ? chosen.view.mode : 'none',
    tool: chosen ? chosen.view.tool : null,
    toolName: chosen ? chosen.view.toolName : null,
    status: chosen ? chosen.view.status : null,
    headline: chosen
      ? `Migrate ${MODES[chosen.view.mode].label.toLowerCase()} with ${chosen.view.toolName} (${STATUSES[chosen.view.status].label.toLowerCase()}${chosen.view.unknowns.length > 0 ? '; not documented for your case, test it first' : ''}).`
      : 'Neither offline nor online migration fits your answers.',
    reasons: [...(chosen ? [statusReason(chosen)] : []), ...decision.reasons, ...exclusionReasons(data, judged), ...lifecycle],
    changes: chosen
      ? decision.changes
      : [...decision.changes, ...(alternatives.length > 0 ? otherPairs(data, alternatives) : [nothingFromSource(data, source, judged)])],
    caveats: chosen ? caveatsFor(data, chosen) : [],
    unknowns: chosen ? unknownReasons(data, chosen) : [],
    estimate,
    flags,
    checklist,
    alternatives,
  };
}

/**
 * The date everything is judged as of: `options.today` when it is a real YYYY-MM-DD date (the
 * CLI's --today, the wizard's visitor date), else today's UTC date, with a problem saying why.
 */
function judgingDate(options: RecommendOptions, problems: Recommendation['problems']): string {
  const given = options.today;
  if (given === undefined) return todayUtc();
  const problem = typeof given === 'string' ? isoDateProblem(given) : 'is not a date';
  if (!problem) return given;
  problems.push(answerProblem('bad-date', 'today', valueText(given), problem));
  return todayUtc();
}

/** When no other target from this source fits either: say so, and that the answers are what must change. */
function nothingFromSource(data: AdvisorData, source: string, judged: readonly JudgedOffering[]): Recommendation['changes'][number] {
  // It rests on what rules this pair's offerings out: their blockers, else their statuses.
  const blockers = judged.flatMap((j) => j.view.blockers.map((id): CiteRef => ({ kind: 'consideration', id })));
  const cite = uniqueRefs(blockers.length > 0 ? blockers : judged.flatMap(statusCite)).slice(0, 4);
  return {
    cite,
    text: `No other target for ${platformName(data, source)} fits your answers either. What would have to change is the source itself, so that the limits above no longer apply (for a source too old for every tool, upgrade it first; each limit's page says what you can do), or the downtime you can accept.`,
  };
}

/**
 * One field of the input, which comes from callers in plain JavaScript too: it may be missing,
 * not an object, or have a getter that throws. What cannot be read counts as not given.
 */
function field(input: unknown, key: keyof WizardInput): unknown {
  if (typeof input !== 'object' || input === null) return undefined;
  try {
    return (input as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

function known(data: AdvisorData, id: unknown, param: 'source' | 'target', problems: Recommendation['problems']): string | undefined {
  if (id === undefined || id === null || id === '') return undefined;
  if (typeof id === 'string' && Object.hasOwn(data.platforms, id)) return id;
  problems.push(answerProblem('unknown-platform', param, valueText(id)));
  return undefined;
}

/** What was given for the pair, echoed back when it is text. */
function choosePair(given: { source: unknown; target: unknown }, problems: Recommendation['problems'], asOf: string): Recommendation {
  return {
    asOf,
    source: typeof given.source === 'string' ? given.source : '',
    target: typeof given.target === 'string' ? given.target : '',
    scenario: null,
    title: '',
    supported: false,
    mode: 'none',
    tool: null,
    toolName: null,
    status: null,
    headline: 'Choose a source and a target to get a recommendation.',
    reasons: [],
    changes: [],
    caveats: [],
    unknowns: [],
    estimate: null,
    offerings: [],
    flags: [],
    checklist: [],
    alternatives: [],
    relevant: [],
    problems,
  };
}

