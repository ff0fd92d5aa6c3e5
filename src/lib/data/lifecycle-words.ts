import type { LifecycleEventData } from '../schema/lifecycle.ts';
import type { Selector } from '../schema/selector.ts';
import { ENGINES, LIFECYCLE_EVENTS } from '../schema/vocabulary.ts';
import { hasHappened } from './queries.ts';

/**
 * The one wording of an ending event, for pages and the advisor alike: a retirement of its own
 * ("was retired on", "retires on") or the end of the product it ran inside ("ended with Azure
 * Data Studio on"), in the past or future tense as of `today`.
 */
export function endingSentence(name: string, event: LifecycleEventData, today: string): string {
  const past = hasHappened(event, today);
  if (event.event === 'ended-with-host') {
    const host = event.host ?? 'the product it runs inside';
    return past ? `${name} ended with ${host} on ${event.date}` : `${name} ends with ${host} on ${event.date}`;
  }
  return past ? `${name} was retired on ${event.date}` : `${name} retires on ${event.date}`;
}

/** The one word for a narrow cell: "Retired", "Retires", or "Ended", "Ends" for an end with the host. */
export function endingWord(event: LifecycleEventData, today: string): string {
  const past = hasHappened(event, today);
  if (event.event === 'ended-with-host') return past ? 'Ended' : 'Ends';
  return past ? 'Retired' : 'Retires';
}

/**
 * The one sentence for any lifecycle event a reader must know of, without its final full stop:
 * an end (endingSentence), a deprecation, or the end of standard support, which is not a
 * retirement and is said so.
 */
export function eventSentence(name: string, event: LifecycleEventData, today: string): string {
  if (LIFECYCLE_EVENTS[event.event].ends) return endingSentence(name, event, today);
  if (event.event === 'deprecated') return `${name} has been deprecated since ${event.date}`;
  if (event.event === 'standard-support-ends') {
    return hasHappened(event, today)
      ? `Standard support for ${name} ended on ${event.date}; it runs on under paid extended support, which is not a retirement`
      : `Standard support for ${name} ends on ${event.date}, then paid extended support begins; this is not a retirement`;
  }
  return `${name}: ${LIFECYCLE_EVENTS[event.event].label.toLowerCase()} on ${event.date}`;
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
