import { beforeAll, describe, expect, it } from 'vitest';
import { lifecycleNews } from '../../../src/lib/data/change-log.ts';
import type { Dataset } from '../../../src/lib/data/dataset.ts';
import { repeatsPrevious } from '../../../src/lib/data/queries.ts';
import { publishedCalendar } from '../../../src/lib/feeds/publish.ts';
import { isEndingStatus, retirementEvents } from '../../../src/lib/feeds/retirement-events.ts';
import type { CalendarSubject } from '../../../src/lib/feeds/subjects.ts';
import { TAG_AUTHORITY } from '../../../src/lib/feeds/tag-ids.ts';
import { LIFECYCLE_EVENTS } from '../../../src/lib/schema/vocabulary.ts';
import { loadRealContent } from '../../support/real-content.ts';
import { parseEvents, readEvent } from './parse.ts';
import { withSite } from './site-links.ts';

let dataset: Dataset;
beforeAll(() => {
  dataset = loadRealContent().dataset;
});

const ROOT = { base: '/' };
const INTRANET = { base: '/intranet/migration/', site: 'https://wiki.example.com' };

const eventsOf = (subject?: CalendarSubject, site: { base: string; site?: string } = ROOT) =>
  withSite(site, (links) => parseEvents(publishedCalendar(dataset, subject, links)).map(readEvent));

const uidOf = (...parts: string[]) => `tag:${TAG_AUTHORITY}:${parts.join('/')}`;

/** The same day N months earlier, for days that exist in every month (all the dates below). */
function monthsEarlier(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The acceptance list, each as the content models it and the document that states its date. */
const ACCEPTANCE = [
  { name: 'Azure Data Studio (its SQL migration extension ends with it)', uid: uidOf('lifecycle', 'tool', 'azure-sql-migration-extension', 'ended-with-host', '2026-02-28'), date: '2026-02-28', doc: 'azure-data-studio-retirement-2025', says: 'Azure Data Studio' },
  { name: 'Azure Data Studio (its MongoDB migration extension ends with it)', uid: uidOf('lifecycle', 'tool', 'cosmos-mongodb-migration-extension', 'ended-with-host', '2026-02-28'), date: '2026-02-28', doc: 'azure-data-studio-retirement-2025', says: 'Azure Data Studio' },
  { name: 'DMS (classic) for SQL Server', uid: uidOf('lifecycle', 'tool', 'dms-classic', 'retired', '2026-03-15'), date: '2026-03-15', doc: 'dms-classic-sql-retirement-2026', says: 'for SQL Server scenarios only' },
  { name: 'MySQL Single Server', uid: uidOf('lifecycle', 'platform', 'azure-mysql-single-server', 'retired', '2024-09-16'), date: '2024-09-16', doc: 'mysql-single-server-retirement-2024', says: 'Single Server' },
  { name: 'PostgreSQL Single Server', uid: uidOf('lifecycle', 'platform', 'azure-postgresql-single-server', 'retired', '2025-03-28'), date: '2025-03-28', doc: 'postgresql-single-server-retirement-2025', says: 'Single Server' },
  { name: 'the ADS PostgreSQL extension', uid: uidOf('lifecycle', 'tool', 'azure-postgresql-migration-extension', 'retired', '2024-11-15'), date: '2024-11-15', doc: 'postgresql-migration-extension-retirement-2024', says: 'PostgreSQL migration extension' },
];

describe('the calendar of every retirement (calendar/retirements.ics)', () => {
  it('has one all-day event per dated lifecycle event of a platform or tool, past and future, with unique UIDs', async () => {
    const events = await eventsOf();
    expect(events).toHaveLength(retirementEvents(dataset).length);
    const ids = new Set(events.map((e) => e.uid));
    expect(ids.size).toBe(events.length);
    for (const news of lifecycleNews(dataset)) expect(ids).toContain(uidOf('lifecycle', news.subject, news.id, news.event.event, news.date));
    for (const event of events) {
      expect(event.startType).toBe('date');
      expect(event.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(event.hasEnd).toBe(false);
    }
    const dates = events.map((e) => e.start);
    expect(dates).toEqual([...dates].sort());
  });

  for (const expected of ACCEPTANCE) {
    it(`has ${expected.name} on ${expected.date}, with its citation and reminders 12, 6, 3 and 1 months ahead`, async () => {
      const event = (await eventsOf()).find((e) => e.uid === expected.uid);
      expect(event, `no event ${expected.uid}`).toBeDefined();
      expect(event?.start).toBe(expected.date);
      expect(event?.summary).toContain(expected.says);
      expect(event?.description).toContain(dataset.documents[expected.doc].data.url);
      expect(event?.description).toContain(`More: ${event?.url}`);
      expect(event?.reminders).toEqual([12, 6, 3, 1].map((months) => monthsEarlier(expected.date, months)));
    });
  }

  it('names each kind in its own category and summary: a retirement, an end with the host, and the steps before them', async () => {
    const events = await eventsOf();
    const byUid = (uid: string) => events.find((e) => e.uid === uid);
    expect(byUid(uidOf('lifecycle', 'platform', 'azure-mysql-single-server', 'retired', '2024-09-16'))?.categories).toEqual([LIFECYCLE_EVENTS.retired.label, 'Platform']);
    expect(byUid(uidOf('lifecycle', 'platform', 'azure-mysql-single-server', 'creation-blocked', '2023-01-16'))?.categories).toEqual([LIFECYCLE_EVENTS['creation-blocked'].label, 'Platform']);
    expect(byUid(uidOf('lifecycle', 'tool', 'azure-sql-migration-extension', 'ended-with-host', '2026-02-28'))?.categories).toEqual([LIFECYCLE_EVENTS['ended-with-host'].label, 'Tool']);
    expect(byUid(uidOf('lifecycle', 'tool', 'azure-sql-migration-extension', 'deprecated', '2026-01-13'))?.summary).toContain(LIFECYCLE_EVENTS.deprecated.label);
    const mysqlSteps = events.filter((e) => e.uid.includes('azure-mysql-single-server/')).map((e) => e.summary);
    expect(new Set(mysqlSteps).size).toBe(2);
  });

  it('accounts for every end in an offering history once: under the platform or tool event of that day that ends it, or as its own event', () => {
    const events = retirementEvents(dataset);
    for (const scenario of Object.values(dataset.scenarios)) {
      for (const offering of scenario.data.offerings) {
        offering.history.forEach((entry, index) => {
          if (!isEndingStatus(entry.status) || repeatsPrevious(offering.history, index)) return;
          const covering = events.filter(
            (e) => e.date === entry.date && (LIFECYCLE_EVENTS[e.kind.term as keyof typeof LIFECYCLE_EVENTS]?.ends || e.kind.term.startsWith('path-')) && e.concerns.scenarios.includes(scenario.id) && e.concerns.tools.includes(offering.tool),
          );
          expect(covering.map((e) => e.uid), `${scenario.id} ${offering.mode} ${offering.tool} ${entry.date}`).toHaveLength(1);
        });
      }
    }
  });

  it('lists the migration paths a retirement ends in its description', async () => {
    const classic = (await eventsOf()).find((e) => e.uid === uidOf('lifecycle', 'tool', 'dms-classic', 'retired', '2026-03-15'));
    expect(classic?.description).toMatch(/Migration paths it ends: .*SQL Server → Azure SQL Managed Instance \(offline, online; DMS \(classic\)\)/);
    const ends = classic?.description.split('\n').find((line) => line.startsWith('Migration paths it ends:'));
    expect(ends).not.toMatch(/MySQL|PostgreSQL|MongoDB/);
  });
});

describe('UIDs and links across hosts', () => {
  it('gives every event the same UID whatever SITE_URL and BASE_PATH the build had, and links from SITE_URL under the sub-path', async () => {
    const [root, intranet] = [await eventsOf(undefined, ROOT), await eventsOf(undefined, INTRANET)];
    expect(intranet.map((e) => e.uid)).toEqual(root.map((e) => e.uid));
    for (const event of intranet) expect(event.url).toMatch(/^https:\/\/wiki\.example\.com\/intranet\/migration\/(tools|platforms|scenarios)\//);
    for (const event of root) expect(event.url).toMatch(/^\/(tools|platforms|scenarios)\//);
  });
});

describe('the calendar of one tool or platform', () => {
  it('a tool calendar has its own lifecycle events', async () => {
    const uids = (await eventsOf({ kind: 'tools', id: 'dms-classic' })).map((e) => e.uid);
    expect(uids).toEqual([uidOf('lifecycle', 'tool', 'dms-classic', 'creation-blocked', '2023-08-01'), uidOf('lifecycle', 'tool', 'dms-classic', 'retired', '2026-03-15')]);
  });

  it('a platform calendar has its own events and those that end migration paths from or to it', async () => {
    const uids = (await eventsOf({ kind: 'platforms', id: 'sql-server' })).map((e) => e.uid);
    expect(uids).toEqual(expect.arrayContaining([uidOf('lifecycle', 'tool', 'dms-classic', 'retired', '2026-03-15'), uidOf('lifecycle', 'tool', 'azure-sql-migration-extension', 'ended-with-host', '2026-02-28')]));
    expect(uids.some((uid) => uid.includes('single-server'))).toBe(false);
    const mysql = (await eventsOf({ kind: 'platforms', id: 'azure-mysql-single-server' })).map((e) => e.uid);
    expect(mysql).toEqual(expect.arrayContaining(dataset.platforms['azure-mysql-single-server'].data.lifecycle.map((e) => uidOf('lifecycle', 'platform', 'azure-mysql-single-server', e.event, e.date))));
  });

  it('a tool with no dated event still gets a valid, empty calendar to subscribe to', async () => {
    expect(await eventsOf({ kind: 'tools', id: 'ora2pg' })).toEqual([]);
  });
});
