import type { Dataset } from '../data/dataset.ts';
import { scenarioTitle } from '../data/queries.ts';
import type { CalendarSubject, FeedSubject } from './subjects.ts';

/** The feeds the site publishes: one of every change, and one per scenario, tool and platform. */
export function feedCatalogue(dataset: Dataset): { subject?: FeedSubject; title: string }[] {
  return [
    { title: 'Migration Advisor: every change' },
    ...Object.values(dataset.scenarios).map((s) => ({ subject: { kind: 'scenarios' as const, id: s.id }, title: `Migration Advisor: ${scenarioTitle(dataset, s.data)}` })),
    ...Object.values(dataset.tools).map((t) => ({ subject: { kind: 'tools' as const, id: t.id }, title: `Migration Advisor: ${t.data.name}` })),
    ...Object.values(dataset.platforms).map((p) => ({ subject: { kind: 'platforms' as const, id: p.id }, title: `Migration Advisor: ${p.data.name}` })),
  ];
}

/** The calendars the site publishes: one of every retirement, and one per tool and platform. */
export function calendarCatalogue(dataset: Dataset): { subject?: CalendarSubject; title: string }[] {
  return [
    { title: 'Migration Advisor: retirements' },
    ...Object.values(dataset.tools).map((t) => ({ subject: { kind: 'tools' as const, id: t.id }, title: `Retirements: ${t.data.name}` })),
    ...Object.values(dataset.platforms).map((p) => ({ subject: { kind: 'platforms' as const, id: p.id }, title: `Retirements: ${p.data.name}` })),
  ];
}

/** A feed's or calendar's title, for its subject (or the site-wide one). */
export function titleOf<S extends { kind: string; id: string }>(catalogue: { subject?: S; title: string }[], subject?: S): string {
  const found = catalogue.find((c) => c.subject?.kind === subject?.kind && c.subject?.id === subject?.id);
  if (!found) throw new Error(`No feed or calendar is published for ${subject ? `${subject.kind}/${subject.id}` : 'the whole site'}.`);
  return found.title;
}
