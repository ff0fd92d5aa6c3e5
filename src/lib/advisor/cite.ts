import type { Citation } from '../schema/citation.ts';
import type { Mode } from '../schema/vocabulary.ts';
import { selectorCoversOffering, type ScenarioLike } from './applies.ts';
import { preparedFor } from './prepared.ts';
import type { AdvisorData, CiteRef, Reason } from './types.ts';

export function docRefs(citations: readonly Citation[]): CiteRef[] {
  return citations.map((c) => (c.section ? { kind: 'document', id: c.doc, section: c.section } : { kind: 'document', id: c.doc }));
}

/** Removes repeated references, keeping the first of each. */
export function uniqueRefs(refs: readonly CiteRef[]): CiteRef[] {
  const seen = new Set<string>();
  return refs.filter((ref) => {
    const key = `${ref.kind}:${ref.id}:${'section' in ref ? (ref.section ?? '') : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The guide rule with this id, wherever it is written, with the guide that holds it. */
export function findRule(data: AdvisorData, id: string) {
  // The first guide that writes it, looked up in an index made once per dataset (prepared.ts).
  return preparedFor(data).rule(id);
}

/**
 * Whether a guide rule holds for an offering: everywhere when the rule has no `appliesTo`, else
 * where its selector covers the scenario and the offering ("replication loads the source" holds
 * only where the source is replicated from, not for a backup restore).
 */
export function ruleHolds(data: AdvisorData, id: string, scenario: ScenarioLike, offering: { tool: string; mode: Mode }): boolean {
  const found = findRule(data, id);
  if (!found) return true;
  return !found.rule.appliesTo || selectorCoversOffering(found.rule.appliesTo, scenario, offering, data);
}

/** A reference to a guide rule followed by the documents the rule cites. */
export function ruleRefs(data: AdvisorData, id: string): CiteRef[] {
  const found = findRule(data, id);
  if (!found) return [{ kind: 'rule', id }];
  return [{ kind: 'rule', id, guide: found.guide }, ...docRefs(found.rule.cite)];
}

/**
 * A reason resting on guide rules. `text` is the advisor's own sentence when it has numbers to
 * give; otherwise the first rule's own words are used, so wording lives in content/guides/.
 */
export function ruleReason(data: AdvisorData, ids: readonly string[], text?: string, fallback = ''): Reason {
  const own = text ?? findRule(data, ids[0])?.rule.text ?? fallback;
  return { text: own, cite: uniqueRefs(ids.flatMap((id) => ruleRefs(data, id))) };
}

/** The words a reference is shown with: a document's title and date, a limitation's or a rule's title. */
export function citeLabel(data: AdvisorData, ref: CiteRef): string {
  if (ref.kind === 'document') {
    const doc = data.documents[ref.id]?.data;
    const title = doc ? `${doc.title} (${doc.date})` : ref.id;
    return ref.section ? `${title}, ${ref.section}` : title;
  }
  if (ref.kind === 'consideration') return data.considerations[ref.id]?.data.title ?? ref.id;
  if (ref.kind === 'rule') return findRule(data, ref.id)?.rule.title ?? `rule ${ref.id}`;
  const text = data.footnotes[ref.id]?.text;
  if (!text) return `note ${ref.id}`;
  return `note: ${text.length > 90 ? `${text.slice(0, 89)}…` : text}`;
}
