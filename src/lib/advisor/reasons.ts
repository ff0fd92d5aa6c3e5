import { currentStatus, retirement } from '../data/queries.ts';
import { conditionQuestions } from './conditions.ts';
import { MODES, STATUSES } from '../schema/vocabulary.ts';
import { platformName } from './alternatives.ts';
import type { ScenarioLike } from './applies.ts';
import { docRefs, uniqueRefs } from './cite.ts';
import { exclusionClause } from './exclusion-words.ts';
import { scopeOf, type JudgedOffering } from './offerings.ts';
import { htmlToText } from './text.ts';
import type { AdvisorData, Alternative, CiteRef, Reason } from './types.ts';

/*
 * The reasons, caveats and notes a recommendation gives about its pair's offerings, each with
 * the status entry, footnote, limitation or document it rests on.
 */

/** An offering's status rests on its newest status entry and the footnotes attached to it. */
export function statusCite(judged: JudgedOffering): CiteRef[] {
  return uniqueRefs([
    ...docRefs(judged.entry.cite),
    ...judged.offering.footnotes.map((id): CiteRef => ({ kind: 'footnote', id })),
  ]);
}

export function statusReason(chosen: JudgedOffering): Reason {
  const { view } = chosen;
  return {
    text: view.stated
      ? `${MODES[view.mode].label} migration with ${view.toolName} is ${STATUSES[view.status].label.toLowerCase()} for this pair (since ${view.since}).`
      : `${MODES[view.mode].label} migration with ${view.toolName} is listed for this pair (since ${view.since}), but no document states its status: it is neither called generally available nor preview.`,
    cite: statusCite(chosen),
  };
}

/**
 * Why an offering cannot be used (or, when it can, its status), worded by exclusion-words.ts,
 * resting on its blockers, its tool's retirement notice (given the scenario that scopes it) or
 * else its status entry and footnotes.
 */
export function exclusionReason(data: AdvisorData, judged: JudgedOffering, scenario?: ScenarioLike): Reason {
  const { view } = judged;
  const text = exclusionClause(data, view);
  if (view.excluded === 'blocked') return { text, cite: view.blockers.map((id): CiteRef => ({ kind: 'consideration', id })) };
  if (view.excluded === 'tool-retired' && scenario) {
    return { text, cite: docRefs(retirement(data.tools[view.tool], scopeOf(data, scenario, view))?.cite ?? []) };
  }
  return { text, cite: statusCite(judged) };
}

/** Says which blocker or which preview status kept an offering out, so no exclusion is silent. */
export function exclusionReasons(data: AdvisorData, judged: readonly JudgedOffering[]): Reason[] {
  return judged
    .filter((j) => j.view.excluded === 'blocked' || j.view.excluded === 'preview-not-allowed')
    .map((j) => {
      const reason = exclusionReason(data, j);
      return { text: `${MODES[j.view.mode].label} with ${reason.text}.`, cite: reason.cite };
    });
}

export function caveatsFor(data: AdvisorData, chosen: JudgedOffering): Reason[] {
  const caveats: Reason[] = [];
  const entry = chosen.entry;
  const word = STATUSES[entry.status];
  if (word.preview || !word.stated) caveats.push({ text: `${word.label}: ${word.description}`, cite: docRefs(entry.cite) });
  if (entry.note) caveats.push({ text: entry.note, cite: docRefs(entry.cite) });
  for (const id of chosen.offering.footnotes) {
    const note = data.footnotes[id];
    const text = note?.text ?? (note?.html ? htmlToText(note.html) : undefined);
    if (text) caveats.push({ text, cite: [{ kind: 'footnote', id }] });
  }
  return caveats;
}

/** With no mode left for this pair, another pair may still work: say so, citing those pairs' statuses. */
export function otherPairs(_data: AdvisorData, alternatives: readonly Alternative[]): Reason[] {
  if (alternatives.length === 0) return [];
  const shown = alternatives.slice(0, 3);
  const cite = shown.flatMap((a) => a.modes.flatMap((m) => m.cite));
  return [
    {
      text: `Another target for the same source, judged with your answers: ${shown.map((a) => a.title).join('; ')}${alternatives.length > 3 ? ' and others' : ''} (listed below).`,
      cite: uniqueRefs(cite).slice(0, 3),
    },
  ];
}

/** Why nothing can be recommended for a pair: no document lists it, or no offering is usable today. */
export function unsupportedReason(
  data: AdvisorData,
  exists: boolean,
  judged: readonly JudgedOffering[],
  source: string,
  target: string,
  asOf: string,
): Reason {
  if (!exists) {
    return {
      text: `No document this site draws on lists a migration from ${platformName(data, source)} to ${platformName(data, target)}.`,
      cite: newestListingDocs(data, source, target),
    };
  }
  const parts = judged.map(({ view }) => `${MODES[view.mode].label.toLowerCase()} with ${exclusionClause(data, view)}`);
  return {
    text: `No offering for this pair can be used as of ${asOf}: ${parts.join('; ')}.`,
    cite: uniqueRefs(judged.flatMap(statusCite)),
  };
}

/** The newest documents that list scenarios for this source or target: the pair is absent from them. */
function newestListingDocs(data: AdvisorData, source: string, target: string): CiteRef[] {
  const docs = new Set<string>();
  for (const scenario of Object.values(data.scenarios)) {
    if (scenario.data.source !== source && scenario.data.target !== target) continue;
    for (const offering of scenario.data.offerings) for (const c of currentStatus(offering).cite) docs.add(c.doc);
  }
  const dated = [...docs].filter((id) => data.documents[id]).sort((a, b) => data.documents[b].data.date.localeCompare(data.documents[a].data.date));
  return dated.slice(0, 2).map((id) => ({ kind: 'document', id }));
}

/**
 * What the documents leave open about the recommended offering for these answers (its `unknowns`),
 * each said plainly with what to test, so a fallback is never presented as documented.
 */
export function unknownReasons(data: AdvisorData, chosen: JudgedOffering): Reason[] {
  const { view } = chosen;
  const byBlocker = new Map<string, { blockedTool: string; questions: string[] }>();
  for (const u of view.unknowns) {
    const seen = byBlocker.get(u.blocker) ?? { blockedTool: u.blockedTool, questions: [] };
    seen.questions.push(u.question);
    byBlocker.set(u.blocker, seen);
  }
  return [...byBlocker].map(([blocker, { blockedTool, questions }]) => {
    const consideration = data.considerations[blocker]?.data;
    const asked = questions.map((q) => `“${data.questions[q]?.data.prompt ?? q}”`).join(' and ');
    const other = data.tools[blockedTool]?.data.name ?? blockedTool;
    return {
      text: `Not documented for your case: your answer to ${asked} rules out ${other} (“${consideration?.title ?? blocker}”), and the documents for ${view.toolName} say nothing either way about it. Test ${view.toolName} on a restored copy of your database with that condition before you rely on it.`,
      cite: uniqueRefs([{ kind: 'consideration', id: blocker }, ...statusCite(chosen)]),
    };
  });
}

/** The question ids a blocker reads, for saying what would have to change. */
export function blockerQuestions(data: AdvisorData, blocker: string): string[] {
  const when = data.considerations[blocker]?.data.when;
  return when ? conditionQuestions(when) : [];
}
