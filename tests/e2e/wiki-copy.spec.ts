import { test, expect, type Page } from '@playwright/test';
import { SCENARIO_PATH } from '../support/page-types.ts';

/** "Copy for your wiki" on scenario pages and the wizard, and the embed page, on the built site. */

const EMBED_PATH = `embed/${SCENARIO_PATH}`;
const copyBlock = (page: Page) => page.getByRole('region', { name: 'Copy for your wiki' });
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe('on a scenario page', () => {
  test('the summary copies in each format with one click, and says so', async ({ page, context, browserName }) => {
    test.skip(browserName !== 'chromium', 'clipboard permissions are Chromium-only');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(SCENARIO_PATH);
    const block = copyBlock(page);
    await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Copy for your wiki' })).toHaveAttribute('href', '#wiki-copy');

    const expected = {
      Markdown: /^!\[Migration status of SQL Server → Azure SQL Managed Instance: .+\]\(\/badges\/sql-server-to-azure-sql-managed-instance\.png\)\n\n# SQL Server → Azure SQL Managed Instance\n/,
      MediaWiki: /^== SQL Server → Azure SQL Managed Instance ==\n\n'''Offline: ✔ GA · Online: ✔ GA'''\n/,
      'Confluence wiki markup': /^h2\. SQL Server → Azure SQL Managed Instance\n\n\*Offline: ✔ GA · Online: ✔ GA\*\n/,
      HTML: /^<p><img src="\/badges\/sql-server-to-azure-sql-managed-instance\.png" alt="[^"]+"><\/p>\n<h2>SQL Server → Azure SQL Managed Instance<\/h2>\n/,
    };
    for (const [format, shape] of Object.entries(expected)) {
      await block.getByRole('radio', { name: format }).check();
      // Only the chosen format's field is shown.
      const field = block.getByRole('textbox', { name: `${format} to paste into your wiki` });
      await expect(field).toBeVisible();
      await expect(block.locator('textarea')).toHaveCount(4);
      await expect(block.locator('textarea:visible')).toHaveCount(1);
      await block.getByRole('button', { name: 'Copy', exact: true }).click();
      await expect(block.getByRole('status')).toHaveText(`Copied as ${format}.`);
      const copied = await clipboard(page);
      expect(copied).toBe(await field.inputValue());
      expect(copied).toMatch(shape);
      // Every format states each mode with its tool, the blocker counts and the date.
      expect(copied).toMatch(/Offline.+GA.+With Azure Database Migration Service, since 2022-06-13\..+blocker/);
      expect(copied).toMatch(/Statuses and retirements as of \d{4}-\d{2}-\d{2}\./);
      expect(copied).toContain('/scenarios/sql-server-to-azure-sql-managed-instance/');
    }
  });

  test('the wiki block comes after the answer: the summary still opens the page', async ({ page }) => {
    await page.goto(SCENARIO_PATH);
    await expect(page.locator('#summary')).toBeInViewport();
    await expect(copyBlock(page)).not.toBeInViewport();
    // It is the last section, after the status history.
    expect(await page.locator('main > section, main > details').last().getAttribute('id')).toBe('wiki-copy');
  });

  test('links to the embed page, which exists', async ({ page }) => {
    await page.goto(SCENARIO_PATH);
    await copyBlock(page).getByRole('link', { name: 'compact summary page' }).click();
    await expect(page).toHaveURL(new RegExp(`${EMBED_PATH}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('SQL Server → Azure SQL Managed Instance');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each format sits in a field to select, and the format picker still works; no Copy button that would do nothing', async ({ page }) => {
    await page.goto(SCENARIO_PATH);
    const block = copyBlock(page);
    await expect(block.getByRole('textbox', { name: 'Markdown to paste into your wiki' })).toHaveValue(/^!\[Migration status of SQL Server/);
    await block.getByRole('radio', { name: 'MediaWiki' }).check();
    const mediawiki = block.getByRole('textbox', { name: 'MediaWiki to paste into your wiki' });
    await expect(mediawiki).toBeVisible();
    await expect(mediawiki).toHaveValue(/^== SQL Server → Azure SQL Managed Instance ==/);
    await expect(block.getByRole('textbox', { name: 'Markdown to paste into your wiki' })).toBeHidden();
    await expect(block.getByRole('button', { name: 'Copy', exact: true })).toBeHidden();
  });
});

test('the wizard result copies its short summary for a wiki, loading the formats when opened', async ({ page, context, browserName }) => {
  test.skip(browserName !== 'chromium', 'clipboard permissions are Chromium-only');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('wizard/?source=postgresql&target=azure-postgresql-flexible-server&downtime-hours=1');
  await expect(page.getByRole('region', { name: 'Recommendation' }).locator('[aria-live="polite"]')).toContainText('Migrate online');
  expect(scripts.filter((path) => /copy-formats/.test(path))).toEqual([]);

  await page.getByText('Copy for your wiki').click();
  const wiki = page.locator('wiki-copy');
  await wiki.getByRole('radio', { name: 'Confluence wiki markup' }).check();
  const field = wiki.getByRole('textbox', { name: 'Confluence wiki markup to paste into your wiki' });
  await expect(field).toHaveValue(/^!http:\/\/127\.0\.0\.1:\d+\/badges\/postgresql-to-azure-postgresql-flexible-server\.png\|alt=Migration status of PostgreSQL/);
  expect(scripts.some((path) => /copy-formats/.test(path))).toBe(true);
  await wiki.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(wiki.getByRole('status')).toHaveText('Copied as Confluence wiki markup.');
  const copied = await clipboard(page);
  expect(copied).toBe(await field.inputValue());
  expect(copied).toMatch(/\nh2\. PostgreSQL .+\n\n\*Migrate online with .+\*\n/);
  expect(copied).toMatch(/\nWizard: \[http:\/\/127\.0\.0\.1:\d+\/wizard\/\?source=postgresql&target=azure-postgresql-flexible-server&downtime-hours=1\] · \[scenario page\|http:\/\/127\.0\.0\.1:\d+\/scenarios\/postgresql-to-azure-postgresql-flexible-server\/\]\n/);

  // A changed answer changes the open snippets.
  await page.getByLabel('How long can the application be unavailable at cutover?').fill('48');
  await wiki.getByRole('radio', { name: 'HTML' }).check();
  await expect(wiki.getByRole('textbox', { name: 'HTML to paste into your wiki' })).toHaveValue(/<p><strong>Migrate offline with /);
});

test.describe('the embed page', () => {
  test('has no site header, navigation or footer, and links to the full page in the window around the frame', async ({ page }) => {
    await page.goto(EMBED_PATH);
    await expect(page.locator('header, nav, footer')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('SQL Server → Azure SQL Managed Instance');
    for (const mode of ['Offline', 'Online']) {
      const section = page.getByRole('region', { name: new RegExp(`^${mode}`) });
      await expect(section).toContainText('Generally available');
      await expect(section).toContainText('With Azure Database Migration Service, since 2022-06-13.');
      await expect(section).toContainText('No blocker for everyone; 1 blocker only in some cases (check yours).');
    }
    await expect(page.getByText(/^As of \d{4}-\d{2}-\d{2}\.$/)).toBeVisible();
    await expect(page.getByRole('link', { name: /^Full page/ })).toHaveAttribute('href', `/${SCENARIO_PATH}`);
    await expect(page.locator('base')).toHaveAttribute('target', '_top');
    // A search engine folds it into the full page it names as canonical, rather than being told to skip it.
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/${SCENARIO_PATH}$`));
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'self'/);
  });

  test('fits an iframe of 600 × 260 px without scrolling, and 320 px without scrolling sideways', async ({ page }) => {
    for (const [width, height] of [[600, 260], [320, 600]]) {
      await page.setViewportSize({ width, height });
      await page.goto(EMBED_PATH);
      const size = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
      expect(size.width, `${width} px wide`).toBeLessThanOrEqual(width);
      if (width === 600) expect(size.height).toBeLessThanOrEqual(height);
    }
  });

  test('renders inside an iframe on another page, and its link leaves the frame for the full page', async ({ page, baseURL }) => {
    const src = new URL(EMBED_PATH, baseURL).href;
    await page.setContent(`<!doctype html><title>A wiki page</title><h1>Our migrations</h1><iframe src="${src}" width="600" height="260" title="Migration status"></iframe>`);
    const frame = page.frameLocator('iframe[title="Migration status"]');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('SQL Server → Azure SQL Managed Instance');
    await expect(frame.getByRole('region', { name: /^Online/ })).toContainText('Generally available');
    await frame.getByRole('link', { name: /^Full page/ }).click();
    await expect(page).toHaveURL(new URL(SCENARIO_PATH, baseURL).href);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  });

  test('follows the reader’s colour scheme', async ({ browser, baseURL }) => {
    const colours: Record<string, string> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme, baseURL });
      const page = await context.newPage();
      await page.goto(EMBED_PATH);
      colours[colorScheme] = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      await context.close();
    }
    expect(colours).toEqual({ light: 'rgb(255, 255, 255)', dark: 'rgb(15, 20, 25)' });
  });
});
