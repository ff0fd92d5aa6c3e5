import { test, expect, type Page } from '@playwright/test';
import type { ChangesApi } from '../../src/lib/api/changes.ts';

/**
 * The change log as a reader uses it: filters in the address that narrow the list and its counts,
 * a notice for values it does not know, per-engine pages that need no JavaScript, and items that
 * link what changed and the document that says so. The expected numbers come from api/changes.json,
 * built from the same list, never from a copied figure.
 */

const logItems = (page: Page) => page.locator('[data-change-log] li.news');
const count = (page: Page) => page.locator('[data-count]');

async function changesApi(page: Page): Promise<ChangesApi> {
  const response = await page.request.get('api/changes.json');
  expect(response.ok()).toBe(true);
  return (await response.json()) as ChangesApi;
}

test('the address filters the list, its counts and its months, and a select keeps the address in step', async ({ page }) => {
  const api = await changesApi(page);
  const total = api.changes.length;
  const expected = api.changes.filter((c) => c.engines.includes('mysql') && c.kind === 'status-change');
  expect(expected.length).toBeGreaterThan(0);

  await page.goto('changes/?engine=mysql&kind=status-change');
  await expect(count(page)).toHaveText(`Showing ${expected.length} of ${total} changes`);
  await expect(logItems(page).locator('visible=true')).toHaveCount(expected.length);
  expect(await logItems(page).locator('visible=true').evaluateAll((items) => items.map((item) => item.id))).toEqual(expected.map((c) => c.id));
  // A month with nothing left is hidden whole, and each month left counts what it shows.
  for (const month of await page.locator('[data-change-log] section').all()) {
    const shown = await month.locator('li.news:visible').count();
    if (shown === 0) await expect(month).toBeHidden();
    else await expect(month.getByRole('heading', { level: 2 })).toContainText(`(${shown})`);
  }

  await page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Any kind' });
  await expect(page).toHaveURL(/\/changes\/\?engine=mysql$/);
  const mysql = api.changes.filter((c) => c.engines.includes('mysql')).length;
  await expect(count(page)).toHaveText(`Showing ${mysql} of ${total} changes`);

  await page.getByRole('link', { name: 'Show all' }).click();
  await expect(page).toHaveURL(/\/changes\/$/);
  await expect(count(page)).toHaveText(`${total} changes`);
  await expect(logItems(page).locator('visible=true')).toHaveCount(total);
});

test('a hand-edited address with unknown values says which, and shows everything', async ({ page }) => {
  const total = (await changesApi(page)).changes.length;
  await page.goto('changes/?engine=foo&year=1999&colour=red');
  const notice = page.locator('[data-notice]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Did not recognise engine=“foo”');
  await expect(notice).toContainText('Did not recognise year=“1999”');
  await expect(notice).toContainText('Ignored the parameter “colour”');
  await expect(count(page)).toHaveText(`${total} changes`);
  await expect(logItems(page).locator('visible=true')).toHaveCount(total);
});

test('every item links what changed and the document that states it', async ({ page }) => {
  await page.goto('changes/');
  const items = await page.locator('li.news').evaluateAll((elements) =>
    elements.map((item) => ({
      text: item.textContent?.replace(/\s+/g, ' ').trim(),
      subjects: item.querySelectorAll(':scope > a[href*="/scenarios/"], :scope > a[href*="/tools/"], :scope > a[href*="/platforms/"]').length,
      sources: item.querySelectorAll('.cite a[href^="http"]').length,
      scenarios: item.querySelectorAll('a[href*="/scenarios/"]').length,
      kind: (item as HTMLElement).dataset.kind,
    })),
  );
  expect(items.length).toBeGreaterThan(0);
  expect(items.filter((item) => item.subjects === 0 || item.sources === 0)).toEqual([]);
  // News about paths names the scenarios, not only the tool.
  expect(items.filter((item) => ['new-scenario', 'first-listing', 'status-change'].includes(item.kind ?? '') && item.scenarios === 0)).toEqual([]);
});

test('the page links the feed, the calendar and the JSON, and announces the feed', async ({ page }) => {
  await page.goto('changes/');
  await expect(page.getByRole('link', { name: 'Atom feed' })).toHaveAttribute('href', /\/feeds\/changes\.atom$/);
  await expect(page.getByRole('link', { name: 'Retirements calendar (.ics)' })).toHaveAttribute('href', /\/calendar\/retirements\.ics$/);
  await expect(page.getByRole('link', { name: 'changes.json' })).toHaveAttribute('href', /\/api\/changes\.json$/);
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('title', 'All changes');
});

test('per-engine pages work with JavaScript off, and the changes page leads to them', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  const api = await changesApi(page);
  await page.goto('changes/?engine=mysql');
  await expect(page.getByText('Filtering in this page needs JavaScript')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Engine' })).toBeHidden();
  await page.getByRole('navigation', { name: 'Changes by engine' }).getByRole('link', { name: 'MySQL' }).click();
  await expect(page).toHaveURL(/\/changes\/mysql\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Changes for MySQL');
  const expected = api.changes.filter((c) => c.engines.includes('mysql'));
  expect(await logItems(page).evaluateAll((items) => items.map((item) => item.id))).toEqual(expected.map((c) => c.id));
  await expect(page.getByRole('navigation', { name: 'Changes by engine' }).getByRole('link', { name: 'MySQL' })).toHaveAttribute('aria-current', 'page');
  await context.close();
});

test('the home page’s recent changes lead to every change', async ({ page }) => {
  await page.goto('');
  const recent = page.getByRole('region', { name: 'Recent changes' });
  await expect(recent.locator('li.news').first()).toBeVisible();
  await recent.getByRole('link', { name: 'Every change, by month' }).click();
  await expect(page).toHaveURL(/\/changes\/$/);
});
