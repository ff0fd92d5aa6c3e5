import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * The support matrix as a reader uses it: filters that live in the URL, a view that can be
 * pasted into a wiki, back/forward, the pivot view, and a full matrix without JavaScript.
 */
const GROUPED = 'Migration support by target and source, offline and online';
const PIVOT = 'Migration support by source and target, offline and online';

const grouped = (page: Page) => page.getByRole('table', { name: GROUPED });
const pivot = (page: Page) => page.getByRole('table', { name: PIVOT });
/** Every way the page is seen: both views, a filtered link, retired tools shown. */
const VIEWS = ['matrix/', 'matrix/?view=pivot', 'matrix/?engine=postgresql&mode=online', 'matrix/?retired=show&view=pivot', 'matrix/?retired=show'];
const WIDTHS = [1280, 375];
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
const scenarioRow = (page: Page, id: string) => grouped(page).locator(`tr[data-scenario="${id}"]`);
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
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Generally available' });
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
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Generally available' });
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

test('no view scrolls the page sideways at 1280 or 375 px', async ({ page }) => {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of VIEWS) {
      await page.goto(path);
      await expect(count(page)).toBeVisible();
      expect(await pageWidth(page), `${path} at ${width} px`).toBe(width);
    }
  }
});

/**
 * Axe at both widths; pages.spec.ts runs it on both views at the default 1280 px, so here the phone
 * width, and at both widths the parts that open: the key, retired tools and the phone's filters.
 * Axe takes long on a page this size, more so on a busy machine, hence one test each.
 */
const AXE_CASES = [
  { width: 375, path: 'matrix/', open: false },
  { width: 375, path: 'matrix/?view=pivot', open: false },
  { width: 375, path: 'matrix/?retired=show', open: true },
  { width: 1280, path: 'matrix/?retired=show', open: true },
];
for (const { width, path, open } of AXE_CASES) {
  test(`axe finds nothing in ${path}${open ? ' with everything unfolded' : ''} at ${width} px`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width, height: 800 });
    await page.goto(path);
    if (open) {
      await page.getByText('How to read the matrix').click();
      if (width < 600) await page.getByRole('button', { name: /^Filters/ }).click();
    }
    expect(await pageWidth(page)).toBe(width);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id} ${v.nodes.length} node(s) ${v.nodes[0]?.target}`)).toEqual([]);
  });
}

test('the pivot scrolls inside its box, to its last column, with its headers in sight', async ({ page }) => {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 700 });
    await page.goto('matrix/?view=pivot');
    const box = page.locator('.matrix-scroll');
    await box.evaluate((element) => {
      element.scrollIntoView();
      element.scrollTo(element.scrollWidth, element.scrollHeight);
    });
    const headers = pivot(page).getByRole('columnheader');
    await expect(headers.last()).toBeInViewport({ ratio: 1 });
    await expect(headers.first()).toBeInViewport({ ratio: 1 });
    await expect(pivot(page).getByRole('row').last()).toBeInViewport();
    expect(await pageWidth(page)).toBe(width);
  }
});

test('the grouped table keeps its column headers in sight as the page scrolls', async ({ page }) => {
  await page.goto('matrix/');
  await visibleRows(page).last().scrollIntoViewIfNeeded();
  await expect(grouped(page).getByRole('columnheader', { name: 'Online' })).toBeInViewport({ ratio: 1 });
  // A phone stacks each row; every cell names its mode instead.
  await page.setViewportSize({ width: 375, height: 667 });
  const last = visibleRows(page).last();
  await last.scrollIntoViewIfNeeded();
  const labels = await last.locator('td').evaluateAll((cells) => cells.map((td) => getComputedStyle(td, '::before').content));
  // Drawn by CSS with empty alternative text: screen readers have the column headers.
  expect(labels).toEqual(['"Offline" / ""', '"Online" / ""']);
});

test('the first screen shows rows of the answer: one row of controls, or "Filters" on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('matrix/');
  const tops = await page.getByRole('search').locator('.matrix-fields label').evaluateAll((labels) => labels.map((l) => l.getBoundingClientRect().top));
  expect(tops).toHaveLength(7);
  expect(new Set(tops).size).toBe(1);
  await expect(visibleRows(page).nth(1)).toBeInViewport({ ratio: 1 });

  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('matrix/?engine=mysql');
  const toggle = page.getByRole('button', { name: /^Filters/ });
  await expect(toggle).toHaveText('Filters (1)');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('combobox', { name: 'Engine' })).toBeHidden();
  await expect(visibleRows(page).first().getByRole('rowheader')).toBeInViewport({ ratio: 1 });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('combobox', { name: 'Engine' })).toHaveValue('mysql');
  await expect(page.getByRole('radio', { name: 'Sources × targets' })).toBeVisible();
});

test('retired tools wait behind a count; the checkbox, or a link naming one, shows them', async ({ page }) => {
  await page.goto('matrix/');
  const row = scenarioRow(page, 'sql-server-to-azure-sql-managed-instance');
  const classic = row.getByRole('link', { name: 'DMS (classic)' }).first();
  const checkbox = page.getByRole('checkbox', { name: 'Show retired tools' });
  await expect(row.getByText('2 retired tools').first()).toBeVisible();
  await expect(classic).toBeHidden();
  await checkbox.check();
  await expect(page).toHaveURL(/\/matrix\/\?retired=show$/);
  await expect(classic).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(classic).toBeHidden();

  // Choosing a retired tool shows retired tools, as an older link naming it always did.
  await page.getByRole('combobox', { name: 'Tool' }).selectOption('dms-classic');
  await expect(page).toHaveURL(/\?tool=dms-classic$/);
  await expect(checkbox).toBeChecked();
  await expect(classic).toBeVisible();
  await checkbox.uncheck();
  await expect(page).toHaveURL(/\?tool=dms-classic&retired=hide$/);
  await page.goto('matrix/?tool=dms-classic');
  await expect(checkbox).toBeChecked();
  await expect(classic).toBeVisible();
  expect((await shown(page)).n).toBeGreaterThan(0);
});

test('the notes follow the rows: a filtered view lists the notes its visible cells cite, keeping their numbers', async ({ page }) => {
  await page.goto('matrix/');
  const notes = page.getByRole('region', { name: 'Notes' }).getByRole('listitem').filter({ visible: true });
  const all = await notes.count();
  const cited = () => page.locator('.fn-markers a').filter({ visible: true }).evaluateAll((links) => [...new Set(links.map((a) => (a as HTMLAnchorElement).hash.slice(1)))].sort());
  const listed = () => notes.evaluateAll((items) => items.map((li) => li.id).sort());
  expect(await listed()).toEqual(await cited());
  await page.getByRole('combobox', { name: 'Target' }).selectOption({ label: 'Azure SQL Managed Instance' });
  await page.getByRole('combobox', { name: 'Mode' }).selectOption({ label: 'Online only' });
  await expect(notes).not.toHaveCount(all);
  expect(await listed()).toEqual(await cited());
  // A note keeps the number its markers show.
  const marker = grouped(page).locator('.fn-markers a').filter({ visible: true }).first();
  const id = ((await marker.getAttribute('href')) ?? '').slice(1);
  expect(await page.locator(`li#${id}`).evaluate((li) => (li as HTMLLIElement).value)).toBe(Number((await marker.innerText()).replace(/\D/g, '')));
});

test('each row header keeps its source and its details link apart', async ({ page }) => {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('matrix/');
    const header = scenarioRow(page, 'sql-server-to-azure-sql-database').getByRole('rowheader');
    expect(await header.innerText()).toMatch(/^SQL Server\s+Details\b/);
  }
});

test('one word per state: the key explains every word and symbol a cell shows', async ({ page }) => {
  await page.goto('matrix/?retired=show');
  await page.getByText('How to read the matrix').click();
  const key = await page.locator('.matrix-legend').innerText();
  const badges = await page.locator('matrix-filter .status').evaluateAll((elements) =>
    elements.map((e) => ({ symbol: e.firstElementChild?.textContent ?? '', word: (e.textContent ?? '').slice(e.firstElementChild?.textContent?.length ?? 0).trim() })),
  );
  expect(badges.length).toBeGreaterThan(50);
  for (const { symbol, word } of badges) {
    expect(key).toContain(symbol);
    expect(key).toContain(word);
  }
  const dates = await page.locator('.offering-date').allInnerTexts();
  for (const date of dates) expect(key).toContain(date.replace(/\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'));
  for (const retired of await page.getByText(/^\d+ retired tools?$/).allInnerTexts()) expect(key).toContain(retired.replace(/^\d+/, '2').replace(/tool$/, 'tools'));
  // The words the old matrix mixed for "no" are gone.
  const text = await page.locator('matrix-filter').innerText();
  expect(text).not.toMatch(/\bNo\b(?! (offering|longer))|not listed|No tool listed|No scenario/);
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

  test('a filtered link shows the whole matrix in one view, and says the filters were not applied', async ({ page }) => {
    await page.goto('matrix/?target=azure-sql-managed-instance&view=pivot');
    const total = await scenarioCount(page);
    // Nothing can filter, so every scenario shows, by target only, whatever the address says.
    await expect(visibleRows(page)).toHaveCount(total);
    await expect(pivot(page)).toBeHidden();
    await expect(page.getByText(`Filtering needs JavaScript, which is off: this is the whole matrix, all ${total} scenarios`)).toBeVisible();
    await expect(page.getByText('Filters in this page\'s address (the part after “?”) are not applied.')).toBeVisible();
    await expect(page.getByRole('search')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Clear filters' })).toBeHidden();
    await expect(grouped(page).getByRole('columnheader', { name: 'Offline' })).toBeVisible();
    await expect(grouped(page).getByRole('rowheader', { name: /Azure SQL Managed Instance/ }).first()).toBeVisible();
  });

  test('no page scrolls sideways at 1280 or 375 px', async ({ page }) => {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of VIEWS) {
        await page.goto(path);
        expect(await pageWidth(page), `${path} at ${width} px`).toBe(width);
      }
    }
  });

  test('retired tools open from their count, and every note is listed', async ({ page }) => {
    await page.goto('matrix/');
    const row = scenarioRow(page, 'sql-server-to-azure-sql-managed-instance');
    const count = row.getByText(/^\d+ retired tools?$/).first();
    await expect(count).toBeVisible();
    await expect(row.getByRole('link', { name: 'DMS (classic)' }).first()).toBeHidden();
    await count.click();
    await expect(row.getByRole('link', { name: 'DMS (classic)' }).first()).toBeVisible();
    const notes = page.getByRole('region', { name: 'Notes' }).getByRole('listitem');
    expect(await notes.count()).toBeGreaterThan(0);
    for (const note of await notes.all()) await expect(note).toBeVisible();
  });
});
