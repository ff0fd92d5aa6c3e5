import { test, expect, type Page } from '@playwright/test';

/**
 * The support matrix as a reader uses it: filters that live in the URL, a view that can be
 * pasted into a wiki, back/forward, the pivot view, and a full matrix without JavaScript.
 */
const GROUPED = 'Migration support by target and source, offline and online';
const PIVOT = 'Migration support by source and target, offline and online';

const grouped = (page: Page) => page.getByRole('table', { name: GROUPED });
const pivot = (page: Page) => page.getByRole('table', { name: PIVOT });
/** Scenario rows of the grouped table that a reader can see. */
const visibleRows = (page: Page) => grouped(page).locator('tr[data-scenario]:visible');
const count = (page: Page) => page.getByText(/^Showing \d+ of \d+ scenarios/);

async function shown(page: Page): Promise<{ n: number; m: number }> {
  const [, n, m] = /Showing (\d+) of (\d+)/.exec((await count(page).textContent()) ?? '') ?? [];
  return { n: Number(n), m: Number(m) };
}

async function scenarioCount(page: Page): Promise<number> {
  const response = await page.request.get('api/scenarios.json');
  expect(response.ok()).toBe(true);
  const api = (await response.json()) as { version: number; scenarios: unknown[] };
  expect(api.version).toBe(1);
  return api.scenarios.length;
}

test('filtering updates the table, the count and the URL', async ({ page }) => {
  await page.goto('matrix/');
  const total = await scenarioCount(page);
  await expect(count(page)).toHaveText(`Showing ${total} of ${total} scenarios`);
  await expect(page.getByRole('button', { name: 'Clear filters' })).toBeDisabled();

  await page.getByRole('combobox', { name: 'Target' }).selectOption({ label: 'Azure SQL Managed Instance' });
  await expect(page).toHaveURL(/\/matrix\/\?target=azure-sql-managed-instance$/);
  const { n } = await shown(page);
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(total);
  await expect(visibleRows(page)).toHaveCount(n);
  for (const target of await visibleRows(page).evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.target))) {
    expect(target).toBe('azure-sql-managed-instance');
  }

  await page.getByRole('searchbox', { name: 'Search' }).fill('rds');
  await expect(page).toHaveURL(/target=azure-sql-managed-instance&q=rds$/);
  await expect(visibleRows(page)).toHaveCount(1);
  await expect(visibleRows(page).getByRole('rowheader')).toContainText('Amazon RDS for SQL Server');

  await page.getByRole('combobox', { name: 'Mode' }).selectOption({ label: 'Online only' });
  await expect(page).toHaveURL(/mode=online/);
  await expect(grouped(page).getByRole('columnheader', { name: 'Offline' })).toBeHidden();
  await expect(grouped(page).getByRole('columnheader', { name: 'Online' })).toBeVisible();

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/matrix\/$/);
  await expect(count(page)).toHaveText(`Showing ${total} of ${total} scenarios`);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
});

test('a copied URL restores the same view', async ({ page, context }) => {
  await page.goto('matrix/');
  await page.getByRole('radio', { name: 'Sources × targets' }).check();
  await page.getByRole('combobox', { name: 'Target' }).selectOption({ label: 'Azure SQL Managed Instance' });
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Generally available only' });
  await page.getByRole('combobox', { name: 'Mode' }).selectOption({ label: 'Online only' });
  await page.getByRole('searchbox', { name: 'Search' }).fill('sql server');
  await expect(page).toHaveURL(/q=sql\+server/);
  const url = page.url();
  const before = await shown(page);

  // A wiki reader opens the pasted link in a fresh tab.
  const copy = await context.newPage();
  await copy.goto(url);
  await expect(copy.getByRole('radio', { name: 'Sources × targets' })).toBeChecked();
  await expect(copy.getByRole('combobox', { name: 'Target' })).toHaveValue('azure-sql-managed-instance');
  await expect(copy.getByRole('combobox', { name: 'Status' })).toHaveValue('ga');
  await expect(copy.getByRole('combobox', { name: 'Mode' })).toHaveValue('online');
  await expect(copy.getByRole('searchbox', { name: 'Search' })).toHaveValue('sql server');
  await expect(pivot(copy)).toBeVisible();
  await expect(grouped(copy)).toBeHidden();
  expect(await shown(copy)).toEqual(before);

  // A reload keeps it too.
  await copy.reload();
  await expect(copy.getByRole('combobox', { name: 'Target' })).toHaveValue('azure-sql-managed-instance');
  expect(await shown(copy)).toEqual(before);
});

test('back and forward restore earlier filters', async ({ page }) => {
  await page.goto('matrix/');
  const total = await scenarioCount(page);
  await page.getByRole('combobox', { name: 'Source' }).selectOption({ label: 'SQL Server' });
  await expect(page).toHaveURL(/\?source=sql-server$/);
  const bySource = await shown(page);
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Generally available only' });
  await expect(page).toHaveURL(/\?source=sql-server&status=ga$/);
  const byStatus = await shown(page);

  await page.goBack();
  await expect(page).toHaveURL(/\?source=sql-server$/);
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('all');
  await expect(count(page)).toHaveText(`Showing ${bySource.n} of ${total} scenarios`);

  await page.goBack();
  await expect(page).toHaveURL(/\/matrix\/$/);
  await expect(page.getByRole('combobox', { name: 'Source' })).toHaveValue('');
  await expect(visibleRows(page)).toHaveCount(total);

  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL(/status=ga$/);
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('ga');
  await expect(count(page)).toHaveText(`Showing ${byStatus.n} of ${total} scenarios`);
});

test('typing a search adds one history entry, not one per key', async ({ page }) => {
  await page.goto('matrix/');
  await page.getByRole('searchbox', { name: 'Search' }).pressSequentially('mysql', { delay: 30 });
  await expect(page).toHaveURL(/\?q=mysql$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/matrix\/$/);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
});

test('an unknown value in the URL is reported as text and ignored, not a blank table', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const markup = '<img src=x onerror=alert(1)>';
  await page.goto(`matrix/?target=${encodeURIComponent(markup)}&mode=online&colour=red`);
  const total = await scenarioCount(page);

  const notice = page.getByText('Part of this page\'s address could not be used').locator('..');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(`Ignored target=“${markup}”`);
  await expect(notice).toContainText('Ignored the parameter “colour”');
  await expect(notice.locator('img')).toHaveCount(0);
  expect(dialogs).toEqual([]);

  // The good part of the address still applies; the bad one is off.
  await expect(page.getByRole('combobox', { name: 'Mode' })).toHaveValue('online');
  await expect(page.getByRole('combobox', { name: 'Target' })).toHaveValue('');
  const { n, m } = await shown(page);
  expect(m).toBe(total);
  expect(n).toBeGreaterThan(0);
  await expect(visibleRows(page)).toHaveCount(n);

  // Changing a filter writes a clean address, and the notice goes.
  await page.getByRole('combobox', { name: 'Mode' }).selectOption({ label: 'Offline only' });
  await expect(page).toHaveURL(/\/matrix\/\?mode=offline$/);
  await expect(notice).toBeHidden();
});

test('the pivot view shows sources × targets and filters its cells', async ({ page }) => {
  await page.goto('matrix/');
  await page.getByRole('radio', { name: 'Sources × targets' }).check();
  await expect(page).toHaveURL(/\?view=pivot$/);
  await expect(pivot(page)).toBeVisible();
  await expect(grouped(page)).toBeHidden();

  const cell = pivot(page).getByRole('link', { name: /^SQL Server to Azure SQL Managed Instance:/ });
  await expect(cell).toContainText('Offline');
  await expect(cell).toContainText('Online');
  await expect(cell).toHaveAttribute('href', /\/scenarios\/sql-server-to-azure-sql-managed-instance\/$/);

  await page.getByRole('combobox', { name: 'Target' }).selectOption({ label: 'Azure SQL Managed Instance' });
  await expect(page).toHaveURL(/target=azure-sql-managed-instance&view=pivot$/);
  // One target column is left, beside the column of row headers.
  await expect(pivot(page).getByRole('columnheader').filter({ visible: true })).toHaveCount(2);
  await expect(pivot(page).getByRole('columnheader', { name: 'SQL MI' })).toBeVisible();
  await expect(cell).toBeVisible();
  const { n } = await shown(page);
  await expect(pivot(page).locator('td[data-scenario-cell] > :visible')).toHaveCount(n);

  await cell.click();
  await expect(page).toHaveURL(/\/scenarios\/sql-server-to-azure-sql-managed-instance\/$/);
});

test('footnote markers link to their note, which cites its source', async ({ page }) => {
  await page.goto('matrix/');
  const marker = grouped(page).getByRole('link', { name: 'Note 1', exact: true }).first();
  const target = (await marker.getAttribute('href')) ?? '';
  expect(target).toMatch(/^#fn-/);
  await marker.click();
  const note = page.locator(target);
  await expect(note).toBeInViewport();
  await expect(note).toContainText('Source:');
});

// How much JavaScript it ships is checked with every other page's budget (tests/e2e/budgets.spec.ts).
test('the page ships no inline script', async ({ page }) => {
  const html = await (await page.request.get('matrix/')).text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const attributes of scripts) expect(attributes).toMatch(/\bsrc=/);
});

test('the data links give JSON and CSV', async ({ page }) => {
  await page.goto('matrix/');
  const json = await page.getByRole('main').getByRole('link', { name: 'scenarios.json' }).getAttribute('href');
  const csv = await page.getByRole('main').getByRole('link', { name: 'scenarios.csv' }).getAttribute('href');
  const total = await scenarioCount(page);
  expect((await page.request.get(json ?? '')).ok()).toBe(true);
  const text = await (await page.request.get(csv ?? '')).text();
  expect(text.startsWith('scenario,source_id,source,target_id,target,mode,tool_id,tool,status,supported,since,')).toBe(true);
  expect(text.split('\r\n').length).toBeGreaterThan(total);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the full matrix renders and reads correctly', async ({ page }) => {
    await page.goto('matrix/?target=azure-sql-managed-instance');
    const total = await scenarioCount(page);
    // Nothing can filter, so every scenario shows whatever the address says, in both views.
    await expect(visibleRows(page)).toHaveCount(total);
    await expect(pivot(page)).toBeVisible();
    await expect(pivot(page).locator('td[data-scenario-cell] > :visible')).toHaveCount(total);
    await expect(page.getByRole('search')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Clear filters' })).toBeHidden();
    await expect(count(page)).toHaveText(`Showing ${total} of ${total} scenarios`);
    await expect(grouped(page).getByRole('columnheader', { name: 'Offline' })).toBeVisible();
    await expect(grouped(page).getByRole('rowheader', { name: /Azure SQL Managed Instance/ }).first()).toBeVisible();
  });
});
