import { describe, expect, it } from 'vitest';
import { changeFacets, changeList, filterChanges } from '../../../src/lib/data/change-events.ts';
import { changeKind, newsCitations, newsKind, scenarioFirstListed } from '../../../src/lib/data/change-log.ts';
import { hasHappened } from '../../../src/lib/data/queries.ts';
import { LIFECYCLE_EVENT_IDS, LIFECYCLE_EVENTS } from '../../../src/lib/schema/vocabulary.ts';
import type { LifecycleEventData } from '../../../src/lib/schema/lifecycle.ts';
import { CONTENT_TODAY, loadRealContent } from '../../support/real-content.ts';
import { smallDataset } from './site-lists.fixture.ts';

const small = smallDataset();
const TODAY = '2026-01-01';
const { events, upcoming, facets } = changeList(small, TODAY);
const scenariosOf = (kind: string) =>
  events
    .filter((e) => e.kind === kind)
    .flatMap((e) => (e.news.kind === 'status' ? e.news.scenarios.map((s) => `${e.date} ${s.scenario.id}`) : e.news.kind === 'scenario' ? [`${e.date} ${e.news.scenario.id}`] : []));

describe('the list of changes', () => {
  it("calls a scenario's first listing a new scenario, and a later first listing of another path a first listing", () => {
    expect(scenariosOf('new-scenario').sort()).toEqual(['2022-01-01 pg-to-pg-flex', '2022-01-01 pg-to-pg-old', '2023-01-01 my-to-pg-flex']);
    expect(scenariosOf('first-listing').sort()).toEqual(['2024-01-01 my-to-pg-flex', '2024-01-01 pg-to-pg-flex']);
    expect(events.filter((e) => e.kind === 'new-scenario').map((e) => newsKind(e.news))).toEqual(['New scenario', 'New scenario', 'New scenario']);
  });

  it('lists each new scenario once, never also as a first listing of its paths that day', () => {
    for (const scenario of Object.values(small.scenarios)) {
      const first = scenarioFirstListed(scenario.data);
      expect(scenariosOf('new-scenario').filter((s) => s.endsWith(` ${scenario.id}`))).toEqual([`${first} ${scenario.id}`]);
      expect(scenariosOf('first-listing')).not.toContain(`${first} ${scenario.id}`);
    }
    expect(events.find((e) => e.kind === 'new-scenario' && e.news.kind === 'scenario' && e.news.scenario.id === 'pg-to-pg-old')).toMatchObject({
      id: 'change-2022-01-01-new-pg-to-pg-old',
      engines: ['postgresql'],
      tools: ['old'],
    });
  });

  it('keeps changes dated up to today, newest first, and the later ones apart as announced', () => {
    expect(events.every((e) => hasHappened(e, TODAY))).toBe(true);
    expect(events.map((e) => e.date)).toEqual(events.map((e) => e.date).sort().reverse());
    expect(upcoming.map((e) => [e.id, e.kind, e.date])).toEqual([['change-2099-01-01-tool-other-retired', 'retirement', '2099-01-01']]);
    expect(changeList(small, '2099-01-01').upcoming).toEqual([]);
  });

  it("gives a status change its scenarios' source and target engines and its tool", () => {
    const retired = events.find((e) => e.kind === 'status-change' && e.news.kind === 'status' && e.news.to === 'retired');
    expect(retired).toMatchObject({ engines: ['postgresql'], tools: ['old'], year: '2025' });
    const mixed = events.find((e) => e.news.kind === 'status' && e.news.scenarios.some((s) => s.scenario.id === 'my-to-pg-flex'));
    expect(mixed?.engines).toEqual(['mysql', 'postgresql']);
  });

  it("gives a platform's event its engine, a tool's the engines its event applies to, and a tool's event that tool", () => {
    const byId = Object.fromEntries([...events, ...upcoming].map((e) => [e.id, e]));
    expect(byId['change-2025-06-01-platform-pg-old-retired']).toMatchObject({ engines: ['postgresql'], tools: [] });
    expect(byId['change-2025-06-01-tool-old-retired']).toMatchObject({ engines: ['postgresql'], tools: ['old'] });
    expect(byId['change-2099-01-01-tool-other-retired']).toMatchObject({ engines: ['mysql', 'postgresql'], tools: ['other'] });
  });

  it('gives a tool no scenario offers its successor’s engines, since the successor serves the same migrations', () => {
    const dataset = smallDataset();
    dataset.tools.gone = { id: 'gone', file: 'gone.md', html: '', data: { name: 'Gone', lifecycle: [{ event: 'retired', date: '2020-01-01', successor: 'old', cite: [{ doc: 'doc' }] } as LifecycleEventData], cite: [{ doc: 'doc' }] } };
    expect(changeList(dataset, TODAY).events.find((e) => e.tools.includes('gone'))?.engines).toEqual(['postgresql']);
  });

  it('calls the lifecycle events that end a platform or tool retirements, and others by their own kind', () => {
    for (const id of LIFECYCLE_EVENT_IDS) {
      const kind = changeKind({ kind: 'lifecycle', date: '2020-01-01', subject: 'tool', id: 'old', event: { event: id, date: '2020-01-01', cite: [{ doc: 'doc' }] } as LifecycleEventData });
      expect(kind === 'retirement').toBe(LIFECYCLE_EVENTS[id].ends);
    }
  });

  it('gives every item an id unique in the list and the same from one build to the next', () => {
    const ids = [...events, ...upcoming].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(changeList(small, TODAY).events.map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  it('offers as filter values only those some item has: engines and kinds in vocabulary order, tools by name, years newest first', () => {
    expect(facets).toEqual({
      engines: ['mysql', 'postgresql'],
      tools: ['svc', 'old', 'other'],
      kinds: ['new-scenario', 'first-listing', 'status-change', 'retirement', 'deprecated', 'creation-blocked'],
      years: ['2099', '2025', '2024', '2023', '2022'],
    });
    expect(changeFacets([], (id) => id)).toEqual({ engines: [], tools: [], kinds: [], years: [] });
  });

  it('filters by engine, tool, kind and year together', () => {
    const mysql = filterChanges(events, { engine: 'mysql' });
    expect(mysql.length).toBeGreaterThan(0);
    expect(mysql.every((e) => e.engines.includes('mysql'))).toBe(true);
    expect(filterChanges(events, { kind: 'retirement', year: '2025' }).map((e) => e.id)).toEqual(['change-2025-06-01-platform-pg-old-retired', 'change-2025-06-01-tool-old-retired']);
    expect(filterChanges(events, { tool: 'svc', engine: 'mysql', year: '2023' })).toEqual([]);
    expect(filterChanges(events, {})).toEqual(events);
  });
});

describe('the list of changes on the real content', () => {
  const { dataset } = loadRealContent();
  const list = changeList(dataset, CONTENT_TODAY);
  const all = [...list.events, ...list.upcoming];

  it('cites, for every item, documents that exist, and links what it is about', () => {
    expect(all.length).toBeGreaterThan(40);
    for (const event of all) {
      const cite = newsCitations(event.news);
      expect(cite.length, event.id).toBeGreaterThan(0);
      for (const c of cite) expect(dataset.documents[c.doc], `${event.id} cites ${c.doc}`).toBeDefined();
      if (event.news.kind === 'status') expect(event.news.scenarios.length).toBeGreaterThan(0);
      else if (event.news.kind === 'scenario') expect(event.news.paths.length).toBeGreaterThan(0);
      else expect(event.news.subject === 'tool' ? dataset.tools[event.news.id] : dataset.platforms[event.news.id]).toBeDefined();
    }
  });

  it('gives every item at least one engine, so each shows on a per-engine page', () => {
    expect(all.filter((e) => e.engines.length === 0).map((e) => e.id)).toEqual([]);
  });

  it('lists each scenario as new exactly once, and no first listing of a scenario on its first day', () => {
    const news = list.events.flatMap((e) => (e.news.kind === 'scenario' ? [e.news.scenario.id] : []));
    expect(news.toSorted()).toEqual(Object.keys(dataset.scenarios).toSorted());
    for (const event of list.events) {
      if (event.news.kind === 'status') for (const { scenario } of event.news.scenarios) expect(event.date === scenarioFirstListed(scenario.data), event.id).toBe(false);
    }
  });
});
