import type { LifecycleEventData } from '../schema/lifecycle.ts';
import type { Selector } from '../schema/selector.ts';
import { ENGINES } from '../schema/vocabulary.ts';

/**
 * The one wording of an ending event, for pages and the advisor alike: a retirement of its own
 * ("was retired on", "retires on") or the end of the product it ran inside ("ended with Azure
 * Data Studio on"), in the past or future tense as of `today`.
 */
export function endingSentence(name: string, event: LifecycleEventData, today: string): string {
  const past = event.date <= today;
  if (event.event === 'ended-with-host') {
    const host = event.host ?? 'the product it runs inside';
    return past ? `${name} ended with ${host} on ${event.date}` : `${name} ends with ${host} on ${event.date}`;
  }
  return past ? `${name} was retired on ${event.date}` : `${name} retires on ${event.date}`;
}

/** The one word for a narrow cell: "Retired", "Retires", or "Ended", "Ends" for an end with the host. */
export function endingWord(event: LifecycleEventData, today: string): string {
  const past = event.date <= today;
  if (event.event === 'ended-with-host') return past ? 'Ended' : 'Ends';
  return past ? 'Retired' : 'Retires';
}

/**
 * Which uses a scoped event concerns, in words ("for SQL Server scenarios only"), or '' when it
 * concerns every use. Engines, sources and targets are named; a narrower selector is summed up.
 */
export function scopePhrase(selector: Selector | undefined, names: (id: string) => string): string {
  if (!selector) return '';
  if (selector.engines) return ` for ${selector.engines.map((e) => ENGINES[e].label).join(' and ')} scenarios only`;
  if (selector.sources) return ` for migrations from ${selector.sources.map(names).join(' and ')} only`;
  if (selector.targets) return ` for migrations to ${selector.targets.map(names).join(' and ')} only`;
  return ' for some scenarios only';
}
