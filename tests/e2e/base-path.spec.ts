import { test, expect } from '@playwright/test';
import { BASE_PATH } from '../../playwright.config.ts';

/** The same site built with BASE_PATH: every link and asset must stay under the sub-path. */
test('the site works under a sub-path: links, assets, matrix and scenario pages', async ({ page, baseURL }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith(BASE_PATH)) outside.push(request.url());
  });
  await page.goto('');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Matrix' }).click();
  await expect(page).toHaveURL(`${baseURL}matrix/`);
  await expect(page.getByRole('table').first()).toBeVisible();
  await page.goto('scenarios/sql-server-to-azure-sql-managed-instance/#online');
  await expect(page.getByRole('heading', { name: 'Online migration' })).toBeInViewport();
  await page.getByRole('link', { name: 'Check your own case in the wizard' }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE_PATH}wizard/\\?source=sql-server`));
  expect(outside).toEqual([]);
});

test('search works under a sub-path', async ({ page }) => {
  await page.goto('search/?q=PostgreSQL');
  const first = page.locator('[data-results] a').first();
  await expect(first).toBeVisible();
  expect(new URL(await first.evaluate((a: HTMLAnchorElement) => a.href)).pathname.startsWith(BASE_PATH)).toBe(true);
});

test('status badges are served under the sub-path', async ({ request }) => {
  const png = await request.get('badges/sql-server-to-azure-sql-managed-instance-offline.png');
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');
  expect((await png.body()).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const svg = await request.get('badges/sql-server-to-azure-sql-managed-instance.svg');
  expect(svg.headers()['content-type']).toMatch(/^image\/svg\+xml/);
  expect(await svg.text()).toContain('aria-label="SQL Server → Azure SQL Managed Instance: offline');
});

test('feeds and calendars under a sub-path: discovered from the page, linking absolutely under the sub-path', async ({ page, request, baseURL }) => {
  await page.goto('scenarios/sql-server-to-azure-sql-managed-instance/');
  const discovered = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
  expect(discovered).toBe(`${BASE_PATH}feeds/scenarios/sql-server-to-azure-sql-managed-instance.atom`);
  const xml = await (await request.get(new URL(discovered as string, baseURL).href)).text();
  const hrefs = [...xml.matchAll(/<link [^>]*href="([^"]+)"/g)].map((match) => match[1]);
  expect(hrefs.length).toBeGreaterThan(2);
  for (const href of hrefs) expect(href.startsWith(`${new URL(baseURL as string).origin}${BASE_PATH}`), href).toBe(true);
  await page.goto('tools/dms-classic/');
  await expect(page.getByRole('link', { name: 'Subscribe to the calendar' })).toHaveAttribute('href', `webcal://${new URL(baseURL as string).host}${BASE_PATH}calendar/tools/dms-classic.ics`);
  const ics = await (await request.get('calendar/retirements.ics')).text();
  expect(ics).toMatch(new RegExp(`URL;VALUE=URI:${new URL(baseURL as string).origin}${BASE_PATH}`));
});

test('the changes page and its per-engine pages stay under the sub-path', async ({ page, baseURL }) => {
  await page.goto('changes/');
  await page.getByRole('navigation', { name: 'Changes by engine' }).getByRole('link', { name: 'PostgreSQL' }).click();
  await expect(page).toHaveURL(`${baseURL}changes/postgresql/`);
  const scenario = page.locator('li.news a[href*="/scenarios/"]').first();
  expect(new URL(await scenario.evaluate((a: HTMLAnchorElement) => a.href)).pathname.startsWith(BASE_PATH)).toBe(true);
  // This build has SITE_URL, so the calendar can be subscribed to by its full address.
  const host = new URL(baseURL ?? '').host;
  await expect(page.getByRole('link', { name: 'Subscribe to the calendar' })).toHaveAttribute('href', `webcal://${host}${BASE_PATH}calendar/retirements.ics`);
});

test('wiki snippets and embed pages keep to the sub-path; the snippets are absolute from SITE_URL', async ({ page, baseURL }) => {
  await page.goto('scenarios/sql-server-to-azure-sql-managed-instance/');
  const markdown = await page.getByRole('textbox', { name: 'Markdown to paste into your wiki' }).inputValue();
  // The sub-path build is made with SITE_URL (playwright.config.ts), so a pasted snippet leads back here.
  expect(markdown).toContain(`](${baseURL}badges/sql-server-to-azure-sql-managed-instance.png)`);
  expect(markdown).toContain(`[scenario page](${baseURL}scenarios/sql-server-to-azure-sql-managed-instance/)`);
  await page.getByRole('link', { name: 'compact summary page' }).click();
  await expect(page).toHaveURL(`${baseURL}embed/scenarios/sql-server-to-azure-sql-managed-instance/`);
  await page.getByRole('link', { name: /^Full page/ }).click();
  await expect(page).toHaveURL(`${baseURL}scenarios/sql-server-to-azure-sql-managed-instance/`);
});

test('fleet mode works under a sub-path: its worker loads from there and advises the sample', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('fleet/');
  await page.getByRole('button', { name: 'Try the sample' }).click();
  await expect(page.getByText('13 rows: 12 advised, 1 with errors.')).toBeVisible({ timeout: 20_000 });
  expect(requests.some((url) => new URL(url).pathname.startsWith(`${BASE_PATH}_astro/fleet-worker`))).toBe(true);
  const crm = page.locator('[data-rows] > tr').filter({ has: page.getByRole('rowheader', { name: 'crm-prod', exact: true }) });
  await expect(crm.getByRole('link', { name: 'Scenario' })).toHaveAttribute('href', `${BASE_PATH}scenarios/sql-server-to-azure-sql-managed-instance/`);
  await expect(crm.getByRole('link', { name: 'Wizard' })).toHaveAttribute('href', new RegExp(`^${BASE_PATH}wizard/\\?source=sql-server`));
  await expect(page.getByRole('link', { name: 'Download the sample inventory' })).toHaveAttribute('href', `${BASE_PATH}fleet/sample.csv`);
  expect(requests.filter((url) => !new URL(url).pathname.startsWith(BASE_PATH))).toEqual([]);
});
