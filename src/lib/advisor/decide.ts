import { MODES, STATUSES, type Mode } from '../schema/vocabulary.ts';
import type { ScenarioLike } from './applies.ts';
import { docRefs, ruleHolds, ruleReason, uniqueRefs } from './cite.ts';
import { MBIT_PER_GB } from './estimate.ts';
import { copyHours, windowWords } from './estimate-words.ts';
import { formatHours, formatNumber } from './format.ts';
import { blockerTitles } from './exclusion-words.ts';
import { bestAvailable, type JudgedOffering } from './offerings.ts';
import { exclusionReason } from './reasons.ts';
import { QUESTION_IDS, RULE_IDS } from './known-ids.ts';
import type { AdvisorData, AnswerValues, CiteRef, Estimate, Reason } from './types.ts';

export interface Decision {
  chosen?: JudgedOffering;
  reasons: Reason[];
  /** What would change the answer: a bigger window, a faster link, allowing preview, a resolved blocker. */
  changes: Reason[];
}

/** Below this share of the window left over, an offline plan is called tight. */
const TIGHT_SHARE = 0.75;

/**
 * Picks the mode: offline when the estimated copy fits the downtime window (simpler, fewer
 * failures), online when it does not and online is available; otherwise says why neither works
 * and what would change that.
 */
export function decide(
  data: AdvisorData,
  scenario: ScenarioLike,
  judged: readonly JudgedOffering[],
  estimate: Estimate | null,
  answers: AnswerValues,
): Decision {
  const offline = bestAvailable(judged, 'offline');
  const online = bestAvailable(judged, 'online');
  const reasons: Reason[] = [];
  const changes: Reason[] = [];
  let chosen: JudgedOffering | undefined;

  if (!estimate) {
    chosen = offline ?? online;
    reasons.push(
      ruleReason(
        data,
        [RULE_IDS.testOfflineFirst],
        'Without a downtime window, a database size and a bandwidth, the copy time cannot be compared with the window; answer those questions to check this choice.',
      ),
    );
  } else {
    // Without a published rate the figure is only what the bandwidth allows: say "at least".
    const copy = copyHours(estimate);
    // "the preset 4 h downtime window" when the visitor left it empty, so a preset never reads as theirs.
    const window = windowWords(estimate);
    if (estimate.fits && offline) {
      chosen = offline;
      reasons.push(
        ruleReason(
          data,
          [RULE_IDS.windowFits, RULE_IDS.simpler],
          `The estimated copy time, ${copy}, fits in ${window}, so migrate offline: it is simpler and far less likely to fail than an online migration.`,
        ),
      );
      if (estimate.lowerBound) {
        reasons.push(
          ruleReason(
            data,
            [RULE_IDS.restoredCopy],
            'That copy time is a lower bound, not a forecast: no published rate covers this tool and case, so the real copy takes longer by an amount nobody has measured. Time a trial on a restored copy before you commit to the window.',
          ),
        );
      } else if (estimate.hours > TIGHT_SHARE * estimate.downtimeHours) {
        reasons.push(
          ruleReason(
            data,
            [RULE_IDS.restoredCopy],
            `The margin is thin: the copy alone fills ${Math.round((estimate.hours / estimate.downtimeHours) * 100)}% of the window. Measure it on a restored copy before relying on it.`,
          ),
        );
      }
    } else if (!estimate.fits && online) {
      chosen = online;
      reasons.push(
        ruleReason(
          data,
          [RULE_IDS.downtimeShort],
          `The estimated copy time, ${copy}, is longer than ${window}, so migrate online: the source stays in use during the copy, and the downtime shrinks to the cutover.`,
        ),
      );
      if (offline) changes.push(...offlineWouldFit(data, estimate));
    } else if (online) {
      chosen = online;
      const why = whyNot(data, scenario, judged, 'offline');
      reasons.push({
        text: `The copy (${copy}) would fit ${window}, but offline migration is not available here: ${why.text}. Online migration is.`,
        cite: uniqueRefs([...why.cite, ...ruleReason(data, [RULE_IDS.downtimeShort]).cite]),
      });
      changes.push(...wouldMakeAvailable(data, judged, 'offline'));
    } else if (offline) {
      const why = whyNot(data, scenario, judged, 'online');
      reasons.push({
        text: `The estimated copy time, ${copy}, is longer than ${window}, so offline does not fit, and online migration is not available here: ${why.text}.`,
        cite: uniqueRefs([...ruleReason(data, [RULE_IDS.windowFits]).cite, ...why.cite]),
      });
      changes.push(...offlineWouldFit(data, estimate), ...wouldMakeAvailable(data, judged, 'online'));
    } else {
      const off = whyNot(data, scenario, judged, 'offline');
      const on = whyNot(data, scenario, judged, 'online');
      reasons.push({ text: `Neither mode can be used: offline, ${off.text}; online, ${on.text}.`, cite: uniqueRefs([...off.cite, ...on.cite]) });
      changes.push(...wouldMakeAvailable(data, judged, 'offline'), ...wouldMakeAvailable(data, judged, 'online'));
    }
  }

  if (chosen) reasons.push(...adviceFor(data, scenario, chosen, answers, judged));
  return { chosen, reasons, changes };
}

/** Guide rules that go with the chosen offering and the answers, each only where it holds. */
function adviceFor(data: AdvisorData, scenario: ScenarioLike, chosen: JudgedOffering, answers: AnswerValues, judged: readonly JudgedOffering[]): Reason[] {
  const mode = chosen.view.mode;
  const holds = (id: string) => ruleHolds(data, id, scenario, chosen.view);
  const advice: Reason[] = [];
  if (answers[QUESTION_IDS.writes] === 'heavy' && holds(RULE_IDS.writeHeavy)) {
    advice.push(
      mode === 'online'
        ? ruleReason(data, [RULE_IDS.writeHeavy], undefined, 'Online migration suits write-heavy workloads, but reduce the write load while it runs.')
        : ruleReason(
            data,
            [RULE_IDS.writeHeavy],
            'The source is write-heavy: writes made after an offline copy starts are not carried over, so the application must stop writing for the whole window.',
          ),
    );
  }
  if (mode === 'online') {
    if (holds(RULE_IDS.manualCutover)) {
      advice.push(ruleReason(data, [RULE_IDS.manualCutover], undefined, 'An online migration ends with a cutover you start yourself.'));
    }
    if (holds(RULE_IDS.sourceImpact)) {
      advice.push(ruleReason(data, [RULE_IDS.sourceImpact], undefined, 'A long-running online migration loads the source; monitor it.'));
    }
    if (answers[QUESTION_IDS.noPrimaryKey] === true && holds(RULE_IDS.primaryKeys)) {
      advice.push(ruleReason(data, [RULE_IDS.primaryKeys], undefined, 'Online replication needs a primary key on every table.'));
    }
  }
  if (judged.some((j) => j.usable && j.view.mode === 'offline') && holds(RULE_IDS.testOfflineFirst)) {
    advice.push(ruleReason(data, [RULE_IDS.testOfflineFirst], undefined, 'Test an offline migration first to see whether its downtime is acceptable.'));
  }
  return advice;
}

/** Why no offering of a mode can be recommended, naming each tool's reason. */
function whyNot(data: AdvisorData, scenario: ScenarioLike, judged: readonly JudgedOffering[], mode: Mode): Reason {
  const inMode = judged.filter((j) => j.view.mode === mode);
  if (inMode.length === 0) {
    return {
      text: `no tool offers ${MODES[mode].label.toLowerCase()} migration for this pair`,
      cite: uniqueRefs(judged.flatMap((j) => docRefs(j.entry.cite))),
    };
  }
  const parts = inMode.map((j) => exclusionReason(data, j, scenario));
  return { text: parts.map((p) => p.text).join('; '), cite: uniqueRefs(parts.flatMap((p) => p.cite)) };
}

/** Offerings of a mode that a changed answer would bring back: a preview to allow, a blocker to resolve. */
function wouldMakeAvailable(data: AdvisorData, judged: readonly JudgedOffering[], mode: Mode): Reason[] {
  const label = MODES[mode].label.toLowerCase();
  return judged
    .filter((j) => j.view.mode === mode && (j.view.excluded === 'preview-not-allowed' || j.view.excluded === 'blocked'))
    .map((j) => {
      if (j.view.excluded === 'preview-not-allowed') {
        return {
          text: `Allowing preview offerings would make ${label} migration with ${j.view.toolName} (${STATUSES[j.view.status].label.toLowerCase()}) possible.`,
          cite: docRefs(j.entry.cite),
        };
      }
      const titles = blockerTitles(data, j.view.blockers);
      return {
        // Some blockers are fixed limits (a size cap), so say what stands in the way, not that it can be fixed.
        text: `Without ${titles}, ${label} migration with ${j.view.toolName} would be possible; see what it says you can do.`,
        cite: j.view.blockers.map((id): CiteRef => ({ kind: 'consideration', id })),
      };
    });
}

/** The window or link speed that would let the offline copy fit. */
function offlineWouldFit(data: AdvisorData, estimate: Estimate): Reason[] {
  const cite = ruleReason(data, [RULE_IDS.windowFits]).cite;
  const changes: Reason[] = [
    { text: `A downtime window of at least ${formatHours(Math.ceil(estimate.hours * 2) / 2)} would fit the offline copy.`, cite },
  ];
  if (estimate.downtimeHours <= 0) return changes;
  const toolHours = estimate.toolHours ?? 0;
  if (toolHours > estimate.downtimeHours) {
    changes.push({
      text: `A faster link would not be enough: by its published ${estimate.basis === 'benchmark' ? 'timing table' : 'rate'} the tool alone needs ${formatHours(toolHours)}.`,
      cite,
    });
  } else {
    const neededMbps = Math.ceil((estimate.sizeGb * MBIT_PER_GB) / (estimate.downtimeHours * 3600));
    changes.push({
      text: `A link of at least ${formatNumber(neededMbps, 0)} Mbit/s (instead of ${formatNumber(estimate.networkMbps, 0)}) would copy the data within the window.`,
      cite,
    });
  }
  return changes;
}
