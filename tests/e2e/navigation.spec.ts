import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The pages issue 12 added or changed: index pages, search, navigation, tool pages, changes, 404. */
const PAGES = {
  home: '',
  search: 'search/?q=MySQL%20Single%20Server%20retirement',
  tool: 'tools/dms/',
  platform: 'platforms/sql-server/',
  limitations: 'limitations/',
  scenarios: 'scenarios/',
  platforms: 'platforms/',
  tools: 'tools/',
  changes: 'changes/',
  'not found': 'a-missing-page/',
};

// Every page type is checked at 375 and 1280 px for axe (pages.spec.ts) and sideways scrolling
// (no-sideways-scroll.spec.ts); this file checks what issue 12 changed on them.

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' });
  for (const path of [PAGES.search, PAGES.tools, PAGES.changes]) {
    test(`axe finds no contrast problem on /${path}`, async ({ page }) => {
      await page.goto(path);
      if (path === PAGES.search) await expect(page.locator('[data-results] mark').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} node(s) ${v.nodes[0]?.target}`)).toEqual([]);
    });
  }
});

test('the navigation links the limitations and the footer links every list, each under one name', async ({ page }) => {
  await page.goto('');
  const main = page.getByRole('navigation', { name: 'Main' });
  await main.getByRole('link', { name: 'Limitations', exact: true }).click();
  await expect(page).toHaveURL(/\/limitations\/$/);
  await expect(main.getByRole('link', { name: 'Limitations', exact: true })).toHaveAttribute('aria-current', 'page');
  const more = page.getByRole('navigation', { name: 'More' });
  for (const [name, path, heading] of [
    ['Platforms', 'platforms/', 'Platforms'],
    ['Tools', 'tools/', 'Tools'],
    ['Changes', 'changes/', 'Changes'],
  ]) {
    await more.getByRole('link', { name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${path}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  await main.getByRole('link', { name: 'Scenarios', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scenarios');
});

test('every link to the wizard and to the guide says the same name, on the home page and in the navigation', async ({ page }) => {
  await page.goto('');
  const names = async (suffix: string) =>
    page.locator(`a[href$="${suffix}"]`).evaluateAll((links) => [...new Set(links.map((a) => a.textContent?.trim()))]);
  expect(await names('/wizard/')).toEqual(['Wizard']);
  expect(await names('/guides/offline-vs-online/')).toEqual(['Offline vs online guide']);
});

test('the index pages list every scenario, platform and tool with counts and links', async ({ page }) => {
  const scenarios = await page.request.get('api/scenarios.json').then((r) => r.json());
  await page.goto('scenarios/');
  await expect(page.getByRole('main').getByRole('rowheader')).toHaveCount(scenarios.scenarios.length);
  await expect(page.getByRole('heading', { name: /^From MySQL \(\d+\)$/ })).toBeVisible();
  await page.goto('platforms/');
  await expect(page.getByRole('heading', { name: /^PostgreSQL \(\d+\)$/ })).toBeVisible();
  const single = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Azure Database for MySQL – Single Server', exact: true }) });
  await expect(single).toContainText('Retired 2024-09-16');
  await page.goto('tools/');
  const classic = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /Database Migration Service \(classic\)/ }) });
  await expect(classic).toContainText('Retired 2026-03-15 for SQL Server scenarios only');
  await classic.getByRole('link').first().click();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Tools' })).toBeVisible();
});

test("a tool's page shows that tool's own status: DMS does not offer PostgreSQL → Flexible Server offline", async ({ page }) => {
  await page.goto('tools/dms/');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Tools' })).toHaveAttribute('href', /\/tools\/$/);
  const row = page.getByRole('row', { name: /^PostgreSQL \(on-premises or self-managed\) → Azure Database for PostgreSQL – Flexible Server/ });
  const [offline, online] = [row.getByRole('cell').nth(0), row.getByRole('cell').nth(1)];
  await expect(offline).toContainText('No');
  await expect(offline).not.toContainText('GA');
  await expect(online).toContainText('GA');
  await expect(online).toContainText('as DMS (classic)');
  // A mode the tool has no offering in says so, instead of borrowing another tool's status.
  await expect(page.getByRole('cell', { name: 'not offered by this tool' }).first()).toBeVisible();
});

test('platform pages have breadcrumbs to the platforms list', async ({ page }) => {
  await page.goto('platforms/sql-server/');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await crumbs.getByRole('link', { name: 'Platforms' }).click();
  await expect(page).toHaveURL(/\/platforms\/$/);
});

test('search reaches every result, labels each with its type and status, and highlights the terms', async ({ page }) => {
  await page.goto('search/?q=MySQL%20Single%20Server%20retirement');
  const results = page.locator('[data-results] > li');
  await expect(results.first()).toBeVisible();
  const status = page.locator('[data-status]');
  const total = Number((await status.textContent())?.match(/^(\d+) results/)?.[1]);
  expect(total).toBeGreaterThan(20);
  await expect(results).toHaveCount(20);
  const more = page.getByRole('button', { name: /^Show \d+ more of \d+$/ });
  while (await more.isVisible()) {
    const before = await results.count();
    await more.click();
    await expect(results).not.toHaveCount(before);
    await expect(results.nth(before).getByRole('link')).toBeFocused();
  }
  await expect(results).toHaveCount(total);
  await expect(status).toHaveText(`${total} results for “MySQL Single Server retirement”.`);
  for (const title of ['No rollback once a Single Server has been migrated and shut down', 'Databases of 1 TB or more need a support request']) {
    await expect(page.getByRole('link', { name: title })).toBeVisible();
  }
  const platform = results.filter({ has: page.getByRole('link', { name: 'Azure Database for MySQL – Single Server', exact: true }) });
  await expect(platform.locator('.tag')).toHaveText('Platform · MySQL');
  await expect(platform.locator('.result-status')).toHaveText('Retired 2024-09-16');
  // Facts and breadcrumbs stay out of excerpts, whose words would run together there.
  await expect(platform.locator('.result-excerpt')).not.toContainText('EngineMySQL');
  await expect(results.locator('.result-excerpt mark').first()).toBeVisible();
  await expect(page.locator('[data-results] script, [data-results] img')).toHaveCount(0);
});

test('the limitations index shows one engine at a time without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('limitations/');
  await page.getByRole('navigation', { name: 'Show the limitations of one engine' }).getByRole('link', { name: /^MySQL \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/#mysql$/);
  await expect(page.getByRole('heading', { name: /^MySQL \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^SQL Server \(\d+\)$/ })).toBeHidden();
  await page.getByRole('link', { name: 'Show every engine' }).click();
  await expect(page.getByRole('heading', { name: /^SQL Server \(\d+\)$/ })).toBeVisible();
  await context.close();
});

test('the home page shows the newest changes of every kind and links the full list', async ({ page }) => {
  await page.goto('');
  const recent = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Recent changes' }) });
  await expect(recent.locator('.news')).not.toHaveCount(0);
  expect(new Set(await recent.locator('.news .tag').allTextContents()).size).toBeGreaterThan(1);
  await recent.getByRole('link', { name: 'Every change, by month' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Changes');
  await expect(page.getByRole('heading', { name: /^March 2026 \(\d+\)$/ })).toBeVisible();
  const kinds = await page.locator('.news .tag').allTextContents();
  for (const kind of ['First listed', 'Status change', 'Retired', 'Deprecated']) expect(kinds).toContain(kind);
});

test('the 404 page offers a search and the lists, with no script', async ({ page }) => {
  const response = await page.goto('some/missing/page/');
  expect(response?.status()).toBe(404);
  expect(await page.locator('script').count()).toBe(0);
  for (const name of ['Scenarios', 'Platforms', 'Tools', 'Limitations']) {
    await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toBeVisible();
  }
  await page.getByRole('main').getByRole('searchbox').fill('Single Server');
  await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/search\/\?q=Single\+Server$/);
  await expect(page.locator('[data-results] li').first()).toBeVisible();
});
