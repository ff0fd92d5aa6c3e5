import type { LifecycleEventData } from '../schema/lifecycle.ts';
import { docRefs } from './cite.ts';
import type { AdvisorData, Reason } from './types.ts';

type WithLifecycle = { id: string; data: { name: string; lifecycle: LifecycleEventData[] } };

/**
 * What a reader must know about the life of a platform or tool: retired (with its successor),
 * retiring on a set date, or deprecated. Nothing for an entry with no such event.
 */
export function lifecycleReason(entry: WithLifecycle | undefined, successors: Record<string, { data: { name: string } }>, today: string): Reason | undefined {
  if (!entry) return undefined;
  const retired = entry.data.lifecycle.find((e) => e.event === 'retired');
  const deprecated = entry.data.lifecycle.find((e) => e.event === 'deprecated');
  const event = retired ?? deprecated;
  if (!event) return undefined;
  const successorId = event.successor ?? entry.data.lifecycle.find((e) => e.successor)?.successor;
  const successor = successorId ? (successors[successorId]?.data.name ?? successorId) : undefined;
  const then = successor ? `; its successor is ${successor}` : '';
  const name = entry.data.name;
  let text: string;
  if (event === retired && event.date <= today) text = `${name} was retired on ${event.date}${then}.`;
  else if (event === retired) text = `${name} is due to retire on ${event.date}${then}.`;
  else text = `${name} has been deprecated since ${event.date}${then}.`;
  return { text, cite: docRefs(event.cite) };
}

/** Lifecycle reasons for the pair's platforms and the given tools, in that order. */
export function lifecycleReasons(data: AdvisorData, platforms: readonly string[], tools: readonly string[], today: string): Reason[] {
  const reasons = [
    ...platforms.map((id) => lifecycleReason(data.platforms[id], data.platforms, today)),
    ...tools.map((id) => lifecycleReason(data.tools[id], data.tools, today)),
  ];
  return reasons.filter((r): r is Reason => r !== undefined);
}

/** The successor of a retired platform, if it names one. */
export function successorOf(entry: { data: { lifecycle: LifecycleEventData[] } } | undefined): string | undefined {
  return entry?.data.lifecycle.find((e) => e.successor)?.successor;
}
