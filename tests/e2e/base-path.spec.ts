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
