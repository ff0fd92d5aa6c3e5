import { eventSentence } from '../data/lifecycle-words.ts';
import { eventAppliesTo, hasHappened } from '../data/queries.ts';
import type { LifecycleEventData } from '../schema/lifecycle.ts';
import { LIFECYCLE_EVENTS } from '../schema/vocabulary.ts';
import type { ScenarioLike } from './applies.ts';
import { docRefs } from './cite.ts';
import { scopeOf } from './offerings.ts';
import type { AdvisorData, Reason } from './types.ts';

type WithLifecycle = { id: string; data: { name: string; lifecycle: LifecycleEventData[] } };

/**
 * Whether an event was known on a date: it had happened, or a document announcing it was out.
 * A retirement announced in 2023 for 2026 was known in 2024; one announced in 2026 was not.
 */
export function knownOn(data: AdvisorData, event: LifecycleEventData, date: string): boolean {
  if (hasHappened(event, date)) return true;
  return event.cite.some((c) => {
    const published = data.documents[c.doc]?.data.date;
    return published !== undefined && published <= date;
  });
}

/**
 * What a reader must know, as of `today`, about the life of a platform or tool in this scenario:
 * ended (by its own retirement or with the product it ran inside) or due to end, deprecated, or
 * out of standard support. Only events that concern this scenario (an event's `appliesTo`) and
 * that were known on `today` count.
 */
export function lifecycleReason(
  data: AdvisorData,
  entry: WithLifecycle | undefined,
  successors: Record<string, { data: { name: string } }>,
  scenario: ScenarioLike,
  today: string,
  offering?: { tool: string; mode: 'offline' | 'online' },
): Reason | undefined {
  if (!entry) return undefined;
  const scope = scopeOf(data, scenario, offering);
  const events = entry.data.lifecycle.filter((e) => eventAppliesTo(e, scope) && knownOn(data, e, today));
  const ending = events.find((e) => LIFECYCLE_EVENTS[e.event].ends);
  const event = ending ?? events.find((e) => e.event === 'deprecated') ?? events.find((e) => e.event === 'standard-support-ends');
  if (!event) return undefined;
  const successorId = event.successor ?? events.find((e) => e.successor)?.successor;
  const successor = successorId ? (successors[successorId]?.data.name ?? successorId) : undefined;
  const then = successor ? `; its successor is ${successor}` : '';
  const text = `${eventSentence(entry.data.name, event, today)}${then}.`;
  return { text, cite: docRefs(event.cite) };
}

/** Lifecycle reasons for the scenario's platforms and the tools of its offerings, in that order. */
export function lifecycleReasons(data: AdvisorData, scenario: ScenarioLike, today: string): Reason[] {
  const { source, target } = scenario.data;
  const tools = [...new Map(scenario.data.offerings.map((o) => [o.tool, o])).values()];
  const reasons = [
    ...[source, target].map((id) => lifecycleReason(data, data.platforms[id], data.platforms, scenario, today)),
    ...tools.map((o) => lifecycleReason(data, data.tools[o.tool], data.tools, scenario, today, o)),
  ];
  return reasons.filter((r): r is Reason => r !== undefined);
}

/** The successor of a platform or tool, if it names one. */
export function successorOf(entry: { data: { lifecycle: LifecycleEventData[] } } | undefined): string | undefined {
  return entry?.data.lifecycle.find((e) => e.successor)?.successor;
}
