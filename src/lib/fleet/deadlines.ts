import { knownOn } from '../advisor/lifecycle.ts';
import { scopeOf } from '../advisor/offerings.ts';
import { scenarioFor } from '../advisor/relevance.ts';
import type { AdvisorData, Recommendation } from '../advisor/types.ts';
import { eventSentence } from '../data/lifecycle-words.ts';
import { eventAppliesTo, hasHappened, type LifecycleScope } from '../data/queries.ts';
import type { LifecycleEventData } from '../schema/lifecycle.ts';
import { LIFECYCLE_EVENTS } from '../schema/vocabulary.ts';
import type { Deadline } from './types.ts';

/**
 * The events that set a date to migrate by: an end (retirement, or the end of the product a tool
 * runs inside), a deprecation, or the end of standard support; the same events the advisor's
 * lifecycle reasons speak of (lifecycle.ts). A block on creating new instances is not one.
 */
const isDeadline = (event: LifecycleEventData) => LIFECYCLE_EVENTS[event.event].ends || event.event === 'deprecated' || event.event === 'standard-support-ends';

/**
 * The deadlines of one recommendation, oldest first: those of its source and target, and of the
 * recommended tool, each in this scenario's scope (an event scoped to other scenarios does not
 * count) and known on the judging date (dated by then, or announced by a document out by then).
 */
export function deadlinesOf(data: AdvisorData, rec: Recommendation): Deadline[] {
  const today = rec.asOf;
  const scenario = scenarioFor(data, rec.source, rec.target);
  const deadlines: Deadline[] = [];
  const add = (subject: Deadline['subject'], id: string, entry: { data: { name: string; lifecycle: LifecycleEventData[] } } | undefined, scope: LifecycleScope) => {
    for (const event of entry?.data.lifecycle ?? []) {
      if (!isDeadline(event) || !eventAppliesTo(event, scope) || !knownOn(data, event, today)) continue;
      const name = entry!.data.name;
      deadlines.push({ date: event.date, subject, id, name, event: event.event, past: hasHappened(event, today), text: `${eventSentence(name, event, today)}.` });
    }
  };
  add('source', rec.source, data.platforms[rec.source], scopeOf(data, scenario));
  add('target', rec.target, data.platforms[rec.target], scopeOf(data, scenario));
  if (rec.tool && rec.mode !== 'none') add('tool', rec.tool, data.tools[rec.tool], scopeOf(data, scenario, { tool: rec.tool, mode: rec.mode }));
  return deadlines.sort((a, b) => a.date.localeCompare(b.date));
}
