import { describe, expect, it } from 'vitest';
import { byMonth, changeLog, newsCitations, newsKind, pathsByToolAndStatus, scenarioNews, statusNews, upcomingEvents } from '../../../src/lib/data/change-log.ts';
import { statusChanges } from '../../../src/lib/data/changes.ts';
import { CONTENT_TODAY, loadRealContent } from '../../support/real-content.ts';
import { smallDataset } from './site-lists.fixture.ts';

const small = smallDataset();
// Loaded once, outside the tests' time limit: validating the real content is the slow part.
const real = loadRealContent();

describe('the change log', () => {
  it('groups one tool reaching one status on one day into one piece of news, with each scenario once and its modes', () => {
    const retired = statusNews(small).filter((news) => news.to === 'retired');
    expect(retired).toHaveLength(1);
    expect(retired[0]).toMatchObject({ date: '2025-06-01', tool: 'old', from: 'ga', to: 'retired' });
    expect(retired[0].scenarios.map((s) => [s.scenario.id, s.modes])).toEqual([['pg-to-pg-old', ['offline', 'online']]]);
  });

  it('says what the status was before a change, and nothing before a first listing', () => {
    const ga = statusNews(small).filter((news) => news.to === 'ga' && news.tool === 'svc');
    expect(ga.map((news) => news.from)).toEqual(['preview', undefined]);
    expect(ga.map(newsKind)).toEqual(['Status change', 'First listed']);
  });

  it("tells a scenario's first listing once, as a new scenario with every path listed that day, and later first listings as news about a tool", () => {
    const news = scenarioNews(small);
    expect(news.map((n) => [n.date, n.scenario.id, n.paths.map((p) => `${p.tool} ${p.mode} ${p.status}`)])).toEqual([
      ['2023-01-01', 'my-to-pg-flex', ['other offline ga']],
      ['2022-01-01', 'pg-to-pg-flex', ['svc online preview']],
      ['2022-01-01', 'pg-to-pg-old', ['old offline ga', 'old online ga']],
    ]);
    expect(news.map(newsKind)).toEqual(['New scenario', 'New scenario', 'New scenario']);
    expect(statusNews(small).some((n) => n.date === '2022-01-01' || n.date === '2023-01-01')).toBe(false);
    expect(newsCitations(news[0])).toEqual([{ doc: 'doc' }]);
    expect(pathsByToolAndStatus([{ tool: 'a', mode: 'online', status: 'ga' }, { tool: 'b', mode: 'offline', status: 'ga' }, { tool: 'a', mode: 'offline', status: 'ga' }, { tool: 'a', mode: 'offline', status: 'preview' }])).toEqual([
      { tool: 'a', status: 'ga', modes: ['offline', 'online'] },
      { tool: 'b', status: 'ga', modes: ['offline'] },
      { tool: 'a', status: 'preview', modes: ['offline'] },
    ]);
  });

  it('leaves out re-confirmations', () => {
    expect(changeLog(small, '2030-01-01').some((news) => news.date === '2025-01-01')).toBe(false);
  });

  it('merges lifecycle events with status news, newest first, the event before the changes it brings on one day', () => {
    const log = changeLog(small, '2026-01-01');
    const dates = log.map((news) => news.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const sameDay = log.filter((news) => news.date === '2025-06-01').map((news) => news.kind);
    expect(sameDay).toEqual(['lifecycle', 'lifecycle', 'status']);
    const firstDay = log.filter((news) => news.date === '2024-01-01').map((news) => news.kind);
    expect(firstDay).toEqual(['status', 'status', 'status']);
    expect(log.filter((news) => news.kind === 'lifecycle').map(newsKind)).toEqual(['Retired', 'Retired', 'Deprecated', 'No new instances']);
  });

  it('keeps events dated after today out of the log and lists them as upcoming, soonest first', () => {
    expect(changeLog(small, '2026-01-01').some((news) => news.date === '2099-01-01')).toBe(false);
    expect(upcomingEvents(small, '2026-01-01').map((news) => [news.id, news.date])).toEqual([['other', '2099-01-01']]);
    expect(upcomingEvents(small, '2099-01-01')).toEqual([]);
  });

  it('groups by calendar month with the month named', () => {
    const months = byMonth([{ date: '2026-03-15' }, { date: '2026-03-01' }, { date: '2025-12-31' }]);
    expect(months.map((m) => [m.id, m.name, m.items.length])).toEqual([
      ['2026-03', 'March 2026', 2],
      ['2025-12', 'December 2025', 1],
    ]);
  });

  it('on the real content, accounts for every status change and every lifecycle event once', () => {
    const { dataset } = real;
    const log = changeLog(dataset, CONTENT_TODAY);
    const offerings = log.flatMap((news) => (news.kind === 'status' ? news.scenarios.flatMap((s) => s.modes) : news.kind === 'scenario' ? news.paths.map((p) => p.mode) : []));
    expect(offerings).toHaveLength(statusChanges(dataset).length);
    const events = [...Object.values(dataset.platforms), ...Object.values(dataset.tools)].flatMap((e) => e.data.lifecycle).filter((e) => e.date <= CONTENT_TODAY);
    expect(log.filter((news) => news.kind === 'lifecycle')).toHaveLength(events.length);
    // DMS (classic)'s retirement of its SQL Server paths is one piece of news, not one per offering.
    const classic = log.filter((news) => news.kind === 'status' && news.tool === 'dms-classic' && news.to === 'retired');
    expect(classic).toHaveLength(1);
  });
});
