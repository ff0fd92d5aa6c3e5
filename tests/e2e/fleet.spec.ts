import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { SAMPLE_INVENTORY } from '../../src/lib/fleet/sample.csv.ts';

/** The sample's data rows: 13 databases, one of them (intranet, line 14) with a typo in its target. */
const SAMPLE_NAMES = ['crm-prod', 'crm-reporting', 'legacy-erp', 'hr', 'Billing, EU', 'shop', 'blog', 'analytics', 'geo', 'old-pg', 'catalog', 'finance', 'intranet'];

// The worker loads the advisor on the first inventory and advises about a row a millisecond, and
// this machine is shared with other builds: give each step room rather than fail on a slow start.
test.describe.configure({ timeout: 90_000 });
const slow = { timeout: 20_000 };

const rows = (page: Page) => page.locator('[data-rows] > tr');
const row = (page: Page, name: string) => rows(page).filter({ has: page.getByRole('rowheader', { name, exact: true }) });

/** Every request the page makes, to prove nothing leaves it: only GETs of the site's own files. */
function recordRequests(page: Page): { method: string; url: string }[] {
  const seen: { method: string; url: string }[] = [];
  page.on('request', (request) => seen.push({ method: request.method(), url: request.url() }));
  return seen;
}

function expectOnlyOwnGets(requests: { method: string; url: string }[], baseURL: string) {
  const site = new URL(baseURL);
  const strays = requests.filter(({ method, url }) => {
    const address = new URL(url);
    // A download through an object URL is `blob:<origin>/<id>`: the page's own memory, not a request out.
    const origin = address.protocol === 'blob:' ? new URL(address.pathname).origin : address.origin;
    return method !== 'GET' || origin !== site.origin || !(address.protocol === 'blob:' || address.pathname.startsWith(site.pathname));
  });
  expect(strays).toEqual([]);
}

async function chooseSample(page: Page) {
  await page.getByLabel('Choose a CSV file').setInputFiles({ name: 'inventory.csv', mimeType: 'text/csv', buffer: Buffer.from(SAMPLE_INVENTORY) });
  await expect(page.getByRole('heading', { name: 'Your fleet' })).toBeVisible(slow);
}

test('a chosen file is advised in the page: summary and waves first, every row in the table, a row error on its row, and nothing leaves the page', async ({ page, baseURL }) => {
  const requests = recordRequests(page);
  await page.goto('fleet/');
  await expect(page.getByText('Everything runs in this browser.')).toBeVisible();
  await chooseSample(page);

  await expect(page.getByText('13 rows: 12 advised, 1 with errors.')).toBeVisible();
  const summary = page.locator('[data-summary]');
  await expect(summary.getByRole('heading', { name: 'Blockers affecting most databases' })).toBeVisible();
  await expect(summary.getByRole('heading', { name: 'Earliest deadlines' })).toBeVisible();
  await expect(summary.locator('.fleet-card').filter({ hasText: 'Rows with errors' })).toContainText('1 row, on line 14.');
  // The input folds away so the answer comes first; it opens again on request.
  await expect(page.getByLabel('Choose a CSV file')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Load another inventory' })).toBeVisible();

  await expect(page.getByRole('heading', { name: 'Suggested waves' })).toBeVisible();
  await expect(page.getByText(/^A suggested order, not a plan/)).toBeVisible();
  await expect(page.locator('.fleet-wave').last()).toContainText('Fix first: rows with errors');

  await expect(rows(page)).toHaveCount(13);
  expect(await rows(page).locator('th').allTextContents()).toEqual(SAMPLE_NAMES);
  await expect(page.getByText('Showing 13 of 13 rows.')).toBeVisible();
  const typo = row(page, 'intranet');
  await expect(typo).toContainText('Line 14: target "azure-sql-managed-instence" is not a platform this site knows; did you mean "azure-sql-managed-instance"?');
  await expect(typo.getByRole('link', { name: 'Fix in the wizard' })).toHaveAttribute('href', /\/wizard\/\?source=sql-server/);
  const crm = row(page, 'crm-prod');
  await expect(crm.getByRole('link', { name: 'Scenario' })).toHaveAttribute('href', '/scenarios/sql-server-to-azure-sql-managed-instance/');
  await expect(crm.getByRole('link', { name: 'Wizard' })).toHaveAttribute('href', /^\/wizard\/\?source=sql-server&target=azure-sql-managed-instance&.*database-size-gb=2000/);

  // What was ignored is said once, above the results.
  const notes = page.locator('.fleet-notices');
  await notes.getByText('Notes on the file (3)').click();
  await expect(notes.getByText(/Storage in use \(In GB\)/)).toBeVisible();
  await expect(notes).toContainText('sql-server-version ignored on 1 row');
  await expect(notes).toContainText('Empty cells took the wizard’s preset');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^fleet-advice-\d{4}-\d{2}-\d{2}\.csv$/);
  const exported = Papa.parse<Record<string, string>>(readFileSync(await download.path(), 'utf8'), { header: true, skipEmptyLines: true });
  expect(exported.errors).toEqual([]);
  expect(exported.data.map((r) => r.name)).toEqual(SAMPLE_NAMES);
  expect(exported.data.find((r) => r.name === 'crm-prod')).toMatchObject({ line: '2', source: 'sql-server', target: 'azure-sql-managed-instance', scenario: 'sql-server-to-azure-sql-managed-instance' });
  expect(exported.data.find((r) => r.name === 'intranet')?.errors).toContain('Line 14');

  expectOnlyOwnGets(requests, `${baseURL}`);
});

test('the table sorts by a clicked column and filters by errors, mode and deadline', async ({ page }) => {
  await page.goto('fleet/');
  await chooseSample(page);
  const name = page.getByRole('columnheader', { name: 'Name' });
  await name.getByRole('button').click();
  await expect(name).toHaveAttribute('aria-sort', 'ascending');
  expect(await rows(page).locator('th').allTextContents()).toEqual([...SAMPLE_NAMES].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  await name.getByRole('button').click();
  await expect(name).toHaveAttribute('aria-sort', 'descending');
  await expect(rows(page).first().locator('th')).toHaveText('shop');
  await expect(page.getByRole('columnheader', { name: 'Line', exact: true })).not.toHaveAttribute('aria-sort');

  await page.getByLabel('Errors', { exact: true }).selectOption('with');
  await expect(rows(page)).toHaveCount(1);
  await expect(page.getByText('Showing 1 of 1 matching (of 13) rows.')).toBeVisible();
  await page.getByLabel('Errors', { exact: true }).selectOption('');
  const online = await page.getByLabel('Mode', { exact: true }).locator('option', { hasText: /^Online \(\d+\)$/ }).textContent();
  await page.getByLabel('Mode', { exact: true }).selectOption({ label: online! });
  await expect(rows(page)).toHaveCount(Number(/\((\d+)\)/.exec(online!)![1]));
  for (const mode of await rows(page).locator('td[data-label="Mode"]').allTextContents()) expect(mode).toBe('Online');
  await page.getByLabel('Mode', { exact: true }).selectOption('');
  await page.getByLabel('Deadline', { exact: true }).selectOption('any');
  await expect(row(page, 'old-pg')).toBeVisible();
  await expect(row(page, 'crm-prod')).toHaveCount(0);
});

test('pasted rows are advised, and a malformed row shows its error while the others are advised', async ({ page }) => {
  await page.goto('fleet/');
  await page.getByLabel('Or paste its rows, header first').fill(
    ['name;source;target;downtime-hours;database-size-gb', 'good;postgresql;azure-postgresql-flexible-server;2;50', 'bad;mysql;azure-mysql-flexible-server;soon;10', 'other;sql-server;azure-sql-database;4;30'].join('\n'),
  );
  await page.getByRole('button', { name: 'Advise the pasted rows' }).click();
  await expect(page.getByText('3 rows: 2 advised, 1 with errors.')).toBeVisible(slow);
  await expect(row(page, 'bad')).toContainText('Line 3: downtime-hours needs');
  await expect(row(page, 'bad')).toContainText('not "soon"');
  await expect(row(page, 'good').locator('td[data-label="Mode"]')).not.toBeEmpty();
  await expect(row(page, 'other').getByRole('link', { name: 'Scenario' })).toBeVisible();
});

test('a large inventory shows progress, then draws a page of rows at a time', async ({ page }) => {
  await page.goto('fleet/');
  const [header, ...body] = SAMPLE_INVENTORY.trim().split('\r\n');
  const large = [header, ...Array.from({ length: 250 }, (_, i) => body[i % body.length].replace(/^"[^"]+"|^[^,]+/, `db-${i + 1}`))].join('\n');
  await page.getByLabel('Choose a CSV file').setInputFiles({ name: 'large.csv', mimeType: 'text/csv', buffer: Buffer.from(large) });
  await expect(page.getByText(/^Read from large\.csv\. Judged as of/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('Showing 100 of 250 rows.')).toBeVisible();
  await expect(rows(page)).toHaveCount(100);
  await page.getByRole('button', { name: 'Show 100 more' }).click();
  await expect(rows(page)).toHaveCount(200);
  await page.getByRole('button', { name: 'Show 50 more' }).click();
  await expect(page.getByText('Showing 250 of 250 rows.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Show \d+ more$/ })).toBeHidden();
});

test('an inventory is remembered on this device only when asked, restored on the next visit, and cleared', async ({ page }) => {
  const stored = () => page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('fleet')));
  await page.goto('fleet/');
  await chooseSample(page);
  expect(await stored()).toEqual([]);
  await page.reload();
  await expect(page.getByText('Restored from this device.')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Your fleet' })).toBeHidden();

  await page.getByLabel('Remember this inventory on this device').check();
  await chooseSample(page);
  expect(await stored()).toHaveLength(1);
  await page.reload();
  await expect(page.getByText('13 rows: 12 advised, 1 with errors.')).toBeVisible(slow);
  await expect(page.getByText('Restored from this device.')).toBeVisible();
  await page.getByRole('button', { name: 'Load another inventory' }).click();
  await expect(page.getByLabel('Remember this inventory on this device')).toBeChecked();
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  expect(await stored()).toEqual([]);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your fleet' })).toBeHidden();
  await expect(page.getByLabel('Remember this inventory on this device')).not.toBeChecked();
});

test('the sample is served as a CSV file, and "Try the sample" advises it', async ({ page }) => {
  const response = await page.request.get('fleet/sample.csv');
  expect(response.headers()['content-type']).toContain('text/csv');
  expect(await response.text()).toBe(SAMPLE_INVENTORY);
  await page.goto('fleet/');
  await page.getByRole('button', { name: 'Try the sample' }).click();
  await expect(rows(page)).toHaveCount(13, slow);
});

test('the wizard and the main navigation link fleet mode', async ({ page }) => {
  await page.goto('wizard/');
  await page.getByRole('main').getByRole('link', { name: 'fleet mode' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fleet mode');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Fleet mode', exact: true })).toHaveAttribute('aria-current', 'page');
});

for (const width of [375, 1280]) {
  test(`with the sample loaded at ${width} px: no axe violations and no sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('fleet/');
    await chooseSample(page);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} node(s) ${v.nodes[0]?.target}`)).toEqual([]);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    // The answer first: the summary starts on the first screen.
    await expect(page.getByText('13 rows: 12 advised, 1 with errors.')).toBeInViewport();
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page explains the format, links the sample and points to the command line; the controls are hidden', async ({ page }) => {
    await page.goto('fleet/');
    const format = page.getByRole('table', { name: 'Columns fleet mode reads' });
    await expect(format).toBeVisible();
    for (const column of ['source', 'target', 'downtime-hours', 'database-size-gb']) await expect(format.getByRole('rowheader', { name: new RegExp(`^${column}`) })).toBeVisible();
    await expect(format.getByRole('row', { name: /^name/ })).toContainText('database, db, id');
    await expect(page.getByText('npm run advise -- --inventory FILE').first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'sample inventory', exact: true })).toHaveAttribute('href', '/fleet/sample.csv');
    await expect(page.getByLabel('Choose a CSV file')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Try the sample' })).toBeHidden();
  });
});
