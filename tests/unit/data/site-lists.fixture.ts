import type { Dataset, Entry } from '../../../src/lib/data/dataset.ts';
import type { LifecycleEventData } from '../../../src/lib/schema/lifecycle.ts';
import type { OfferingData, StatusEntry } from '../../../src/lib/schema/scenario.ts';
import type { Engine, Mode, Status } from '../../../src/lib/schema/vocabulary.ts';

/*
 * A small dataset written inline for the lists the site's pages show (change log, indexes, a tool's
 * own coverage), with only the fields those read. The real content is tested beside it.
 */

const entry = <T>(id: string, data: T): Entry<T> => ({ id, file: `${id}.md`, data, html: '' });

export const status = (date: string, value: Status, kind: StatusEntry['kind'] = 'event'): StatusEntry => ({ date, status: value, kind, cite: [{ doc: 'doc' }] }) as StatusEntry;

export const offering = (tool: string, mode: Mode, ...history: StatusEntry[]): OfferingData => ({ tool, mode, footnotes: [], history });

export const event = (date: string, kind: LifecycleEventData['event'], extra: Partial<LifecycleEventData> = {}): LifecycleEventData =>
  ({ date, event: kind, cite: [{ doc: 'doc' }], ...extra }) as LifecycleEventData;

const platform = (id: string, name: string, engine: Engine, lifecycle: LifecycleEventData[] = []) =>
  entry(id, { name, engine, hosting: 'self-managed', lifecycle, cite: [{ doc: 'doc' }] });

const tool = (id: string, name: string, lifecycle: LifecycleEventData[] = [], short?: string) => entry(id, { name, short, lifecycle, cite: [{ doc: 'doc' }] });

const scenario = (source: string, target: string, ...offerings: OfferingData[]) =>
  entry(`${source}-to-${target}`, { source, target, reviewed: '2026-01-01', offerings, related: [] });

export function smallDataset(): Dataset {
  const scenarios = [
    scenario('pg', 'pg-flex', offering('svc', 'offline', status('2024-01-01', 'not-supported')), offering('svc', 'online', status('2022-01-01', 'preview'), status('2024-01-01', 'ga'), status('2025-01-01', 'ga', 'confirmation'))),
    scenario('pg', 'pg-old', offering('old', 'offline', status('2022-01-01', 'ga'), status('2025-06-01', 'retired')), offering('old', 'online', status('2022-01-01', 'ga'), status('2025-06-01', 'retired'))),
    scenario('my', 'pg-flex', offering('other', 'offline', status('2023-01-01', 'ga')), offering('svc', 'online', status('2024-01-01', 'ga'))),
  ];
  return {
    documents: {},
    footnotes: {},
    questions: {},
    guides: {},
    considerations: {},
    platforms: Object.fromEntries(
      [
        platform('pg', 'PostgreSQL', 'postgresql'),
        platform('pg-flex', 'Flexible Server', 'postgresql'),
        platform('pg-old', 'Old Server', 'postgresql', [event('2023-01-01', 'creation-blocked'), event('2025-06-01', 'retired', { successor: 'pg-flex' })]),
        platform('my', 'MySQL', 'mysql'),
        platform('lonely', 'Unused', 'oracle'),
      ].map((p) => [p.id, p]),
    ),
    tools: Object.fromEntries(
      [
        tool('svc', 'Migration Service', [], 'MS'),
        tool('old', 'Old Tool', [event('2024-12-01', 'deprecated'), event('2025-06-01', 'retired', { appliesTo: { engines: ['postgresql'] }, successor: 'svc' })]),
        tool('other', 'Other Tool', [event('2099-01-01', 'retired')]),
      ].map((t) => [t.id, t]),
    ),
    scenarios: Object.fromEntries(scenarios.map((s) => [s.id, s])),
  } as unknown as Dataset;
}
