import { beforeAll, describe, expect, it } from 'vitest';
import { lifecycleNews } from '../../../src/lib/data/change-log.ts';
import { statusChanges } from '../../../src/lib/data/changes.ts';
import type { Dataset } from '../../../src/lib/data/dataset.ts';
import { hasHappened } from '../../../src/lib/data/queries.ts';
import { atomFeed } from '../../../src/lib/feeds/atom.ts';
import { changeItems, type ChangeItem } from '../../../src/lib/feeds/change-items.ts';
import { publishedFeed } from '../../../src/lib/feeds/publish.ts';
import type { FeedSubject } from '../../../src/lib/feeds/subjects.ts';
import { TAG_AUTHORITY } from '../../../src/lib/feeds/tag-ids.ts';
import { CONTENT_TODAY, loadRealContent } from '../../support/real-content.ts';
import { parseAtom, type ParsedFeed } from './parse.ts';
import { withSite } from './site-links.ts';

let dataset: Dataset;
beforeAll(() => {
  dataset = loadRealContent().dataset;
});

const ROOT = { base: '/' };
const INTRANET = { base: '/intranet/migration/', site: 'https://wiki.example.com' };

const feedOf = (subject: FeedSubject | undefined, today = CONTENT_TODAY, site = ROOT): Promise<ParsedFeed> =>
  withSite(site, (links) => parseAtom(publishedFeed(dataset, subject, today, links)));

const idOf = (...parts: string[]) => `tag:${TAG_AUTHORITY}:${parts.join('/')}`;

describe('the feed of every change (feeds/changes.atom)', () => {
  it('has one entry per status change (first listings included, re-confirmations left out) and per lifecycle event as of the build', async () => {
    const feed = await feedOf(undefined);
    const changes = statusChanges(dataset).filter((change) => hasHappened(change.entry, CONTENT_TODAY));
    const events = lifecycleNews(dataset).filter((news) => hasHappened(news, CONTENT_TODAY));
    expect(feed.entry).toHaveLength(changes.length + events.length);
    const ids = new Set(feed.entry.map((entry) => entry.id));
    for (const { scenario, offering, entry } of changes) expect(ids).toContain(idOf('status', scenario.id, offering.mode, offering.tool, entry.date, entry.status));
    for (const news of events) expect(ids).toContain(idOf('lifecycle', news.subject, news.id, news.event.event, news.date));
  });

  it('lists entries newest first, each with a unique tag: id, its date and a category', async () => {
    const feed = await feedOf(undefined);
    const dates = feed.entry.map((entry) => entry.updated);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(feed.entry.map((entry) => entry.id)).size).toBe(feed.entry.length);
    for (const entry of feed.entry) {
      expect(entry.id.startsWith(`tag:${TAG_AUTHORITY}:`)).toBe(true);
      expect(entry.published).toBe(entry.updated);
      expect(entry.category).toHaveLength(1);
    }
    expect(feed.updated).toBe(dates[0]);
  });

  it('says the old and new status, links the scenario page and cites the document that states the change', async () => {
    const feed = await feedOf(undefined);
    const id = idOf('status', 'sql-server-to-azure-sql-managed-instance', 'offline', 'dms-classic', '2026-03-15', 'retired');
    const entry = feed.entry.find((e) => e.id === id);
    expect(entry?.title).toMatch(/^SQL Server → Azure SQL Managed Instance, offline with Azure Database Migration Service \(classic\): .+ → Retired$/);
    expect(entry?.updated).toBe('2026-03-15T00:00:00.000Z');
    expect(entry?.link[0]['@_href']).toBe('/scenarios/sql-server-to-azure-sql-managed-instance/');
    expect(entry?.content).toContain(`href="${dataset.documents['dms-classic-sql-retirement-2026'].data.url}"`);
    expect(entry?.category[0]).toMatchObject({ '@_term': 'status-change', '@_label': 'Status change' });
  });

  it('words a first listing and a lifecycle event, linking the tool or platform page', async () => {
    const feed = await feedOf(undefined);
    const first = feed.entry.find((e) => e.category[0]['@_term'] === 'first-listed');
    expect(first?.title).toMatch(/: first listed as /);
    const retired = feed.entry.find((e) => e.id === idOf('lifecycle', 'platform', 'azure-mysql-single-server', 'retired', '2024-09-16'));
    expect(retired?.title).toBe('Azure Database for MySQL – Single Server was retired on 2024-09-16');
    expect(retired?.link[0]['@_href']).toBe('/platforms/azure-mysql-single-server/');
    expect(retired?.content).toContain(dataset.documents['mysql-single-server-retirement-2024'].data.url);
  });

  it('publishes an event dated after the build only from a build on or after its date', async () => {
    const adsEnd = idOf('lifecycle', 'tool', 'azure-sql-migration-extension', 'ended-with-host', '2026-02-28');
    const before = await feedOf(undefined, '2026-02-27');
    expect(before.entry.map((e) => e.id)).not.toContain(adsEnd);
    expect(before.entry.every((e) => e.updated <= '2026-02-27T00:00:00.000Z')).toBe(true);
    const expected = statusChanges(dataset).filter((c) => hasHappened(c.entry, '2026-02-27')).length + lifecycleNews(dataset).filter((n) => hasHappened(n, '2026-02-27')).length;
    expect(before.entry).toHaveLength(expected);
    const on = await feedOf(undefined, '2026-02-28');
    expect(on.entry.map((e) => e.id)).toContain(adsEnd);
  });
});

describe('ids and links across hosts', () => {
  it('gives the feed and every entry the same ids whatever SITE_URL and BASE_PATH the build had', async () => {
    const subjects: (FeedSubject | undefined)[] = [undefined, { kind: 'scenarios', id: 'postgresql-to-azure-postgresql-flexible-server' }, { kind: 'tools', id: 'dms' }];
    for (const subject of subjects) {
      const [root, intranet] = [await feedOf(subject, CONTENT_TODAY, ROOT), await feedOf(subject, CONTENT_TODAY, INTRANET)];
      expect(intranet.id).toBe(root.id);
      expect(intranet.entry.map((e) => e.id)).toEqual(root.entry.map((e) => e.id));
    }
  });

  it('links absolutely from SITE_URL under the sub-path, and relative to the base path without SITE_URL', async () => {
    const intranet = await feedOf({ kind: 'tools', id: 'dms' }, CONTENT_TODAY, INTRANET);
    expect(intranet.link.find((l) => l['@_rel'] === 'self')?.['@_href']).toBe('https://wiki.example.com/intranet/migration/feeds/tools/dms.atom');
    expect(intranet.link.find((l) => l['@_rel'] === 'alternate')?.['@_href']).toBe('https://wiki.example.com/intranet/migration/tools/dms/');
    for (const entry of intranet.entry) expect(entry.link[0]['@_href']).toMatch(/^https:\/\/wiki\.example\.com\/intranet\/migration\/(scenarios|tools|platforms)\//);
    const relative = await feedOf({ kind: 'tools', id: 'dms' }, CONTENT_TODAY, { base: '/intranet/migration/' });
    expect(relative.link.find((l) => l['@_rel'] === 'self')?.['@_href']).toBe('/intranet/migration/feeds/tools/dms.atom');
    for (const entry of relative.entry) expect(entry.link[0]['@_href']).toMatch(/^\/intranet\/migration\/(scenarios|tools|platforms)\//);
  });
});

describe('the feeds of one scenario, tool or platform', () => {
  it('a scenario feed carries its offerings’ changes and the events of its platforms and tools that apply to it', async () => {
    const id = 'sql-server-to-azure-sql-managed-instance';
    const feed = await feedOf({ kind: 'scenarios', id });
    const own = statusChanges(dataset).filter((c) => c.scenario.id === id);
    const lifecycle = feed.entry.filter((e) => e.id.includes(':lifecycle/'));
    expect(feed.entry.length).toBe(own.length + lifecycle.length);
    expect(lifecycle.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        idOf('lifecycle', 'tool', 'dms-classic', 'retired', '2026-03-15'),
        idOf('lifecycle', 'tool', 'azure-sql-migration-extension', 'ended-with-host', '2026-02-28'),
      ]),
    );
    // Nothing about another engine's platforms or a tool this scenario does not offer.
    expect(lifecycle.map((e) => e.id).filter((i) => /single-server|cosmos|postgresql-migration-extension/.test(i))).toEqual([]);
  });

  it('a tool feed carries the changes of its offerings and its own lifecycle events', async () => {
    const feed = await feedOf({ kind: 'tools', id: 'dms-classic' });
    const own = statusChanges(dataset).filter((c) => c.offering.tool === 'dms-classic');
    expect(feed.entry).toHaveLength(own.length + dataset.tools['dms-classic'].data.lifecycle.length);
  });

  it('a platform feed carries the changes of the scenarios from or to it and its own lifecycle events', async () => {
    const id = 'azure-postgresql-single-server';
    const feed = await feedOf({ kind: 'platforms', id });
    const own = statusChanges(dataset).filter((c) => c.scenario.data.source === id || c.scenario.data.target === id);
    expect(feed.entry).toHaveLength(own.length + dataset.platforms[id].data.lifecycle.length);
    expect(feed.title).toBe(`Migration Advisor: ${dataset.platforms[id].data.name}`);
  });

  it('an empty feed is still a valid feed, dated by the build', () => {
    const xml = atomFeed({ subject: { kind: 'tools', id: 'none' }, title: 'Nothing yet', items: [], documents: {}, links: fakeLinks, today: '2026-05-01' });
    const feed = parseAtom(xml);
    expect(feed.entry).toEqual([]);
    expect(feed.updated).toBe('2026-05-01T00:00:00.000Z');
  });
});

describe('the words of an entry', () => {
  it('escapes text for the HTML the Atom title and content are typed as', () => {
    const item: ChangeItem = {
      id: 'tag:x,2026:a',
      date: '2026-01-01',
      category: { term: 'status-change', label: 'Status change' },
      title: 'A <b> & "c"',
      text: 'x < y',
      page: { kind: 'tools', id: 't' },
      cite: [],
      concerns: { scenarios: [], tools: ['t'], platforms: [] },
    };
    const feed = parseAtom(atomFeed({ subject: undefined, title: 'T', items: [item], documents: {}, links: fakeLinks, today: '2026-05-01' }));
    expect(feed.entry[0].title).toBe('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(feed.entry[0].content).toContain('<p>x &lt; y</p>');
  });

  it('every item of the real content has a citation the dataset can resolve', () => {
    const items = changeItems(dataset, CONTENT_TODAY);
    for (const item of items) {
      expect(item.cite.length).toBeGreaterThan(0);
      for (const c of item.cite) expect(dataset.documents[c.doc]).toBeDefined();
    }
  });
});

const fakeLinks = {
  home: () => '/',
  changes: () => '/changes/',
  scenario: (id: string) => `/scenarios/${id}/`,
  tool: (id: string) => `/tools/${id}/`,
  platform: (id: string) => `/platforms/${id}/`,
  feed: () => '/feeds/changes.atom',
  calendar: () => '/calendar/retirements.ics',
};
