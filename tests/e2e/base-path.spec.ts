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
