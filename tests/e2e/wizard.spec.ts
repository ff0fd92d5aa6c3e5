import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The wizard on the built site: what a person sees and can do, with role-based locators. */

const result = (page: Page) => page.getByRole('region', { name: 'Recommendation' });
const headline = (page: Page) => result(page).locator('[aria-live="polite"]');

async function failOnDialog(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return dialogs;
}

test('a full run from an empty form to a recommendation', async ({ page }) => {
  await page.goto('wizard/');
  await expect(headline(page)).toHaveText('Choose a source and a target to get a recommendation.');
  await page.getByLabel('Migrate from (source)').selectOption({ label: 'SQL Server' });
  await page.getByLabel('Migrate to (target)').selectOption({ label: 'Azure SQL Managed Instance' });

  // The questions for this pair appear; ones for other engines stay hidden.
  const questions = page.getByRole('group', { name: 'About your database' });
  await expect(questions.getByLabel('Which SQL Server version does the source instance run?')).toBeVisible();
  await expect(questions.getByRole('group', { name: /lack a primary key/ })).toBeHidden();

  const downtime = page.getByLabel('How long can the application be unavailable at cutover?');
  await downtime.fill('9999');
  await expect(downtime).toHaveAttribute('aria-invalid', 'true');
  await expect(questions.getByText('Enter a number from 0 to 720 hours, or a time such as 15 min or 1h30.')).toBeVisible();
  await downtime.fill('1');
  await expect(downtime).not.toHaveAttribute('aria-invalid');
  await page.getByLabel('How much data are you moving, all databases together?').fill('2000');
  await questions.getByRole('group', { name: /write activity/ }).getByRole('radio', { name: /^Heavy/ }).check();

  await expect(headline(page)).toContainText('Migrate online with Azure Database Migration Service');
  await expect(result(page).getByRole('heading', { name: 'Why' })).toBeVisible();
  await expect(result(page).getByText(/is longer than your 1 h downtime window, so migrate online/)).toBeVisible();
  await expect(result(page).getByText('2,000 GB ÷ 45 GB/h = 44.4 h')).toBeVisible();
  // No rate is published for a backup restore, so the figure is labelled a lower bound.
  await expect(result(page).getByText(/The copy \(at least 44.4 h, a lower bound\) does not fit your 1 h downtime window/)).toBeVisible();
  await expect(result(page).getByRole('link', { name: 'Online migrations to SQL Managed Instance must finish within 30 days' })).toHaveAttribute(
    'href',
    /\/limitations\/mi-online-lrs-30-day-limit\/$/,
  );
  await expect(result(page).getByRole('heading', { name: 'Checklist before you start' })).toBeVisible();
  await expect(page).toHaveURL(/\?source=sql-server&target=azure-sql-managed-instance&downtime-hours=1&database-size-gb=2000&write-intensity=heavy$/);
});

test('a copied link opens the same answers and result', async ({ page, context, browserName }) => {
  test.skip(browserName !== 'chromium', 'clipboard permissions are Chromium-only');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('wizard/?source=postgresql&target=azure-postgresql-flexible-server');
  await page.getByLabel('How long can the application be unavailable at cutover?').fill('8');
  await page.getByLabel('How much data are you moving, all databases together?').fill('20');
  await page.getByRole('group', { name: /lack a primary key/ }).getByLabel('Yes').check();
  const before = await headline(page).textContent();

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Copied link.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('tables-without-primary-key=true');

  const other = await context.newPage();
  await other.goto(link);
  await expect(headline(other)).toHaveText(before ?? '');
  await expect(other.getByLabel('How much data are you moving, all databases together?')).toHaveValue('20');
  await expect(other.getByRole('group', { name: /lack a primary key/ }).getByLabel('Yes')).toBeChecked();

  // The copy code loads on first use (import()); the confirmation says when the text is there.
  await other.getByRole('button', { name: 'Copy full result (Markdown)' }).click();
  await expect(other.getByText('Copied full result (Markdown).')).toBeVisible();
  const markdown = await other.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toMatch(/^# PostgreSQL/);
  expect(markdown).toContain(`Wizard: <${link}>`);

  // The short summary, for a wiki (the Markdown of "Copy for your wiki"): the badge, headline, mode,
  // tool, status and the way back, in under 1,500 characters.
  await other.getByText('Copy for your wiki').click();
  const wiki = other.locator('wiki-copy');
  await expect(wiki.getByRole('radio', { name: 'Markdown' })).toBeChecked();
  await expect(wiki.getByLabel('Markdown to paste into your wiki')).toHaveValue(/^!\[Migration status of PostgreSQL/);
  await wiki.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(wiki.getByText('Copied as Markdown.')).toBeVisible();
  const summary = await other.evaluate(() => navigator.clipboard.readText());
  expect(summary.length).toBeLessThan(1500);
  expect(summary.length).toBeLessThan(markdown.length / 3);
  expect(summary).toContain('**Migrate offline with Migration service in Azure Database for PostgreSQL (generally available).**');
  expect(summary).toMatch(/\n- Mode: Offline\n- Tool: .+\n- Status on \d{4}-\d{2}-\d{2}: ✔ GA since \d{4}-\d{2}-\d{2}\n/);
  expect(summary).toMatch(new RegExp(`Wizard: <${link.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}> · \\[scenario page\\]\\(http[^)]+/scenarios/postgresql-to-azure-postgresql-flexible-server/\\)`));
});

test('a malicious value in the address is shown as text, ignored, and runs nothing', async ({ page }) => {
  const dialogs = await failOnDialog(page);
  const payload = '<img src=x onerror=alert(1)>';
  const query = new URLSearchParams({
    source: 'sql-server',
    target: 'azure-sql-managed-instance',
    'write-intensity': payload,
    'downtime-hours': '9999',
    [payload]: '1',
  });
  await page.goto(`wizard/?${query}`);

  const notice = page.getByRole('heading', { name: 'Some values in the address were ignored' }).locator('..');
  await expect(notice.getByRole('listitem')).toHaveCount(3);
  await expect(notice.getByText(`"write-intensity" needs one of low, moderate, heavy; "${payload}" is not one of them and was ignored.`)).toBeVisible();
  await expect(notice.getByText(/"downtime-hours" needs a number from 0 to 720 hours; "9999"/)).toBeVisible();
  await expect(page.locator('img')).toHaveCount(0);
  expect(await page.locator('migration-wizard [onerror]').count()).toBe(0);
  // The result still comes from the valid part of the address, which no longer holds the bad values.
  await expect(headline(page)).toContainText('Migrate');
  await expect(page).toHaveURL(/\?source=sql-server&target=azure-sql-managed-instance$/);
  await page.waitForTimeout(200);
  expect(dialogs).toEqual([]);
});

test('a platform that is never a target here is reported and left unset', async ({ page }) => {
  await page.goto('wizard/?source=sql-server&target=oracle');
  await expect(page.getByText('"oracle" is never a target in the migrations this site lists, so the target was left unset.')).toBeVisible();
  await expect(page.getByLabel('Migrate to (target)')).toHaveValue('');
});

test('a choice the engine cannot use is explained, and the old address warning goes once the form is edited', async ({ page }) => {
  await page.goto('wizard/?source=azure-mysql-single-server&target=azure-mysql-single-server');
  await expect(page.getByRole('heading', { name: 'Some values in the address were ignored' })).toBeVisible();
  await expect(page.getByText(/is the same as the source/)).toBeVisible();
  await page.getByLabel('Migrate to (target)').selectOption({ label: 'MySQL Flexible' });
  await expect(page.getByRole('heading', { name: 'Some values in the address were ignored' })).toBeHidden();
  await expect(headline(page)).toContainText('→ Azure Database for MySQL – Flexible Server');
});

test('the target list offers only targets with a path from the chosen source', async ({ page }) => {
  await page.goto('wizard/');
  const target = page.getByLabel('Migrate to (target)');
  await page.getByLabel('Migrate from (source)').selectOption({ label: 'MongoDB' });
  const offered = await target.locator('option:not([hidden]):not([value=""])').allTextContents();
  expect(offered.sort()).toEqual(['Azure DocumentDB', 'Cosmos DB (RU)']);
  await expect(target.locator('option[value="azure-sql-database"]')).toBeDisabled();
  // The targets come back when the source changes.
  await page.getByLabel('Migrate from (source)').selectOption({ label: 'SQL Server' });
  await expect(target.locator('option[value="azure-sql-database"]')).toBeEnabled();
});

test('a hand-edited address with a pair that has no path says so, as text', async ({ page }) => {
  await page.goto('wizard/?source=mongodb&target=azure-sql-database');
  await expect(headline(page).locator('.wizard-headline')).toHaveText('MongoDB → Azure SQL Database has no documented migration path.');
  await expect(result(page).getByRole('heading', { name: 'Supported alternatives' })).toBeVisible();
});

test('an unsupported pair says so and links supported alternatives', async ({ page }) => {
  await page.goto('wizard/?source=mysql&target=azure-mysql-single-server');
  await expect(headline(page)).toContainText(/is not supported by any tool as of \d{4}-\d{2}-\d{2}/);
  await expect(result(page).getByText(/retired on 2024-09-16; its successor is/)).toBeVisible();
  // The date the answer was judged as of is said under it.
  await expect(result(page).getByText(/^Judged as of \d{4}-\d{2}-\d{2}/)).toBeVisible();
  const alternative = result(page).getByRole('link', { name: 'MySQL → Azure Database for MySQL – Flexible Server' });
  await alternative.click();
  await expect(page).toHaveURL(/source=mysql&target=azure-mysql-flexible-server/);
  await expect(headline(page)).toContainText('Migrate');
});

test('the wizard can be completed with the keyboard alone', async ({ page }) => {
  await page.goto('wizard/');
  // Tab from the top of the page to the first field, as a keyboard user would.
  for (let i = 0; i < 15 && !(await page.getByLabel('Migrate from (source)').evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(page.getByLabel('Migrate from (source)')).toBeFocused();
  await page.keyboard.type('PostgreSQL');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Migrate to (target)')).toBeFocused();
  await page.keyboard.type('PostgreSQL F');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('How long can the application be unavailable at cutover?')).toBeFocused();
  await page.keyboard.type('12');
  // Past the field's "Why this matters" disclosure to the next question.
  await page.keyboard.press('Tab');
  await expect(page.getByText('Why this matters').first()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('How much data are you moving, all databases together?')).toBeFocused();
  await page.keyboard.type('100');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Recommendation' })).toBeFocused();
  await expect(headline(page)).toContainText('Migrate offline with Migration service in Azure Database for PostgreSQL');
  await expect(page).toHaveURL(/source=postgresql&target=azure-postgresql-flexible-server&downtime-hours=12&database-size-gb=100/);
});

test('a keyboard reaches the result’s copy buttons in a few key presses', async ({ page }) => {
  await page.goto('wizard/?source=sql-server&target=azure-sql-managed-instance&downtime-hours=1&database-size-gb=2000');
  await expect(headline(page)).toContainText('Migrate online');
  const skip = page.getByRole('link', { name: 'Skip to the recommendation' });
  let presses = 0;
  while (!(await skip.evaluate((el) => el === document.activeElement)) && presses < 20) {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  presses += 2;
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeFocused();
  expect(presses).toBeLessThanOrEqual(12);
});

test('a 15-minute window is a valid answer, kept in the address as hours and shown as typed', async ({ page }) => {
  await page.goto('wizard/?source=sql-server&target=azure-sql-managed-instance&database-size-gb=2000');
  const downtime = page.getByLabel('How long can the application be unavailable at cutover?');
  for (const [typed, hours] of [['1h30', '1.5'], ['90 minutes', '1.5'], ['15 min', '0.25']]) {
    await downtime.fill(typed);
    await expect(downtime).not.toHaveAttribute('aria-invalid');
    await expect(page).toHaveURL(new RegExp(`downtime-hours=${hours.replace('.', '\\.')}&`));
  }
  await page.getByRole('button', { name: 'Show the recommendation' }).click();
  await expect(page.getByRole('heading', { name: 'Recommendation' })).toBeFocused();
  await expect(headline(page)).toContainText('Only that cutover has to fit in your 15 min downtime window');
  await expect(result(page).getByText(/0\.3[ -]h/)).toHaveCount(0);
  // A wiki link holds plain hours, and the field reads them back in the words a person writes.
  await page.goto('wizard/?source=sql-server&target=azure-sql-managed-instance&downtime-hours=0.25');
  await expect(downtime).toHaveValue('15 min');
  await downtime.fill('a quarter');
  await expect(page.getByText('Enter a number from 0 to 720 hours, or a time such as 15 min or 1h30.')).toBeVisible();
});

test('the headline says which answers are presets, and an online answer leads with the cutover', async ({ page }) => {
  await page.goto('wizard/?source=postgresql&target=azure-postgresql-flexible-server');
  await expect(headline(page)).toContainText('it fits the preset 4 h downtime window');
  await expect(headline(page)).toContainText('Not answered, so the preset value was used: 100 GB, 100 Mbit/s, 4 hours.');
  await page.goto('wizard/?source=sql-server&target=azure-sql-managed-instance&downtime-hours=1&database-size-gb=2000');
  const lines = headline(page).locator('p');
  await expect(lines.nth(2)).toHaveText(/^An online migration does not finish on its own.*Only that cutover has to fit in your 1 h downtime window; rehearse it\.$/);
  await expect(lines.nth(3)).toHaveText(/^The source stays in use during the copy: at least 44\.4 h/);
  await expect(headline(page)).not.toContainText('Estimated offline copy');
});

test('limitations of the recommended path come first; other paths’ are folded, and sources belong to the pair', async ({ page }) => {
  await page.goto('wizard/?source=postgresql&target=azure-postgresql-flexible-server');
  const limitations = result(page).locator('#wizard-limitations');
  await expect(limitations.getByRole('heading', { name: 'Limitations that apply' })).toBeVisible();
  const fold = limitations.locator('details');
  await expect(fold).toHaveCount(1);
  await expect(fold.locator('summary')).toHaveText(/^Not the recommended path \(\d+\)$/);
  await expect(fold).not.toHaveAttribute('open');
  await expect(fold.locator('li').first()).toBeHidden();
  // Citations: none of another engine's documents, and guide rules by their titles.
  await expect(result(page).getByRole('link', { name: /MySQL Single Server to Flexible Server/ })).toHaveCount(0);
  await expect(result(page).getByRole('link', { name: /Azure Data Studio/ })).toHaveCount(0);
  await expect(result(page).getByText(/rule [a-z]+-[a-z-]+/)).toHaveCount(0);
  await expect(result(page).getByRole('link', { name: 'Offline when the copy fits the window' }).first()).toHaveAttribute('href', /guides\/offline-vs-online\/#rule-offline-when-window-fits$/);
});

test('on a phone a link with answers opens on the recommendation, the form folded behind “Change answers”', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('wizard/?source=postgresql&target=azure-postgresql-flexible-server');
  await expect(headline(page)).toContainText('Migrate offline');
  await expect(headline(page)).toBeInViewport();
  const form = page.getByRole('group', { name: 'Your migration' });
  await expect(form).toBeHidden();
  const change = page.getByRole('button', { name: 'Change answers' });
  await expect(change).toHaveAttribute('aria-expanded', 'false');
  await change.click();
  await expect(change).toHaveAttribute('aria-expanded', 'true');
  await expect(form).toBeVisible();
  await expect(page.getByLabel('Migrate from (source)')).toBeFocused();
  // Beside the form on a wide screen, nothing folds.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.reload();
  await expect(form).toBeVisible();
  await expect(change).toBeHidden();
});

test('the pickers tell targets apart at 375 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('wizard/?source=postgresql&target=azure-postgresql-flexible-server');
  await page.getByRole('button', { name: 'Change answers' }).click();
  const target = page.getByLabel('Migrate to (target)');
  const labels = await target.locator('option:not([hidden]):not([value=""])').allTextContents();
  expect(labels).toEqual(expect.arrayContaining(['PostgreSQL Flexible', 'PostgreSQL Single Server', 'Hyperscale (Citus)']));
  // The chosen target's name fits the closed picker.
  expect(await target.evaluate((el: HTMLSelectElement) => el.scrollWidth <= el.clientWidth)).toBe(true);
});

for (const width of [375, 1280]) {
  test(`fits ${width} px without sideways scrolling, and axe finds nothing there`, async ({ page }) => {
    // axe takes its time over a long result.
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 800 });
    await page.goto('wizard/?source=sql-server&target=azure-sql-managed-instance&downtime-hours=1&database-size-gb=2000');
    await expect(headline(page)).toContainText('Migrate online');
    // Open what is folded, so axe sees it too.
    if (width < 1000) await page.getByRole('button', { name: 'Change answers' }).click();
    for (const fold of await page.locator('migration-wizard details').all()) await fold.evaluate((el: HTMLDetailsElement) => (el.open = true));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The table of modes and tools scrolls on a phone, so a keyboard can reach it.
    await expect(result(page).getByRole('region', { name: 'Modes and tools for this pair' })).toHaveAttribute('tabindex', '0');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} node(s) ${v.nodes[0]?.target}`)).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a wizard link leads to each pair’s scenario page', async ({ page }) => {
    await page.goto('wizard/?source=sql-server&target=azure-sql-managed-instance');
    const notice = page.locator('.no-js-only');
    await expect(notice.getByText('The wizard needs JavaScript')).toBeVisible();
    const fromSqlServer = notice.getByRole('listitem').filter({ has: page.locator('strong', { hasText: /^SQL Server$/ }) });
    await expect(fromSqlServer.getByRole('link', { name: 'Azure SQL Managed Instance' })).toHaveAttribute('href', /\/scenarios\/sql-server-to-azure-sql-managed-instance\/$/);
    await expect(page.getByRole('button', { name: 'Change answers' })).toBeHidden();
  });
});
