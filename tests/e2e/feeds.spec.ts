/**
 * Feeds and calendars in the built site: every scenario, tool and platform page announces its
 * Atom feed to feed readers and shows the links; the files exist, parse and are served with their
 * types. Their content is checked against the content in tests/unit/feeds/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { fileForPath, readBuiltSite } from '../support/built-site.ts';
import { parseAtom } from '../unit/feeds/parse.ts';

const DIST = process.env.OUT_DIR ?? 'dist';

test.describe('the built site', () => {
  test.skip(!existsSync(DIST), `${DIST}/ has not been built`);

  test('every scenario, tool and platform page announces a feed that exists and parses as Atom', () => {
    const pages = readBuiltSite(DIST).filter((page) => /^\/(scenarios|tools|platforms)\/[^/]+\/$/.test(page.path));
    expect(pages.length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const page of pages) {
      const alternates = page.links.filter((link) => link.tag === 'link' && link.rel === 'alternate');
      const [kind, id] = page.path.split('/').slice(1, 3);
      if (alternates.length !== 1 || alternates[0].value !== `/feeds/${kind}/${id}.atom`) {
        problems.push(`${page.path}: ${alternates.map((a) => a.value).join(', ') || 'no feed announced'}`);
        continue;
      }
      expect(page.html).toMatch(/<link rel="alternate" type="application\/atom\+xml" title="[^"]+"/);
      const file = fileForPath(DIST, '/', alternates[0].value);
      if (!file) problems.push(`${page.path}: ${alternates[0].value} was not built`);
      else expect(parseAtom(readFileSync(file, 'utf8')).id).toBe(`tag:migration-advisor.invalid,2026:feed/${kind}/${id}`);
    }
    expect(problems).toEqual([]);
  });

  test('the feed of every change and the calendar of every retirement parse', () => {
    const feed = parseAtom(readFileSync(join(DIST, 'feeds/changes.atom'), 'utf8'));
    expect(feed.entry.length).toBeGreaterThan(100);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(DIST, 'calendar/retirements.ics'), 'utf8')));
    expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(10);
  });
});

test('a tool page shows its Atom feed and calendar, served with their types', async ({ page, request }) => {
  await page.goto('tools/dms-classic/');
  const feed = page.getByRole('link', { name: 'Atom feed' });
  const calendar = page.getByRole('link', { name: 'Calendar (.ics)' });
  await expect(feed).toHaveAttribute('href', '/feeds/tools/dms-classic.atom');
  await expect(calendar).toHaveAttribute('href', '/calendar/tools/dms-classic.ics');
  const atom = await request.get('feeds/tools/dms-classic.atom');
  expect(atom.headers()['content-type']).toContain('application/atom+xml');
  const ics = await request.get('calendar/tools/dms-classic.ics');
  expect(ics.headers()['content-type']).toContain('text/calendar');
  expect(await ics.text()).toContain('BEGIN:VCALENDAR');
});

test('a scenario page says how to follow its changes', async ({ page }) => {
  await page.goto('scenarios/sql-server-to-azure-sql-managed-instance/');
  await expect(page.getByRole('link', { name: 'Atom feed' })).toHaveAttribute('href', '/feeds/scenarios/sql-server-to-azure-sql-managed-instance.atom');
  await expect(page.getByRole('link', { name: 'Calendar (.ics)' })).toHaveCount(0);
});
