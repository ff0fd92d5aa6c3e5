import { test, expect, type Page } from '@playwright/test';

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
  await expect(questions.getByText('Enter a number from 0 to 720 hours.')).toBeVisible();
  await downtime.fill('1');
  await expect(downtime).not.toHaveAttribute('aria-invalid');
  await page.getByLabel('How much data are you moving, all databases together?').fill('2000');
  await questions.getByRole('group', { name: /write activity/ }).getByRole('radio', { name: /^Heavy/ }).check();

  await expect(headline(page)).toContainText('Migrate online with Azure Database Migration Service');
  await expect(result(page).getByRole('heading', { name: 'Why' })).toBeVisible();
  await expect(result(page).getByText(/is longer than your 1-hour downtime window, so migrate online/)).toBeVisible();
  await expect(result(page).getByText('2,000 GB ÷ 45 GB/h = 44.4 h')).toBeVisible();
  // No rate is published for a backup restore, so the figure is labelled a lower bound.
  await expect(result(page).getByText(/the copy \(at least 44.4 h, a lower bound\) does not fit/)).toBeVisible();
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
  await expect(page.getByText('Copied the link.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('tables-without-primary-key=true');

  const other = await context.newPage();
  await other.goto(link);
  await expect(headline(other)).toHaveText(before ?? '');
  await expect(other.getByLabel('How much data are you moving, all databases together?')).toHaveValue('20');
  await expect(other.getByRole('group', { name: /lack a primary key/ }).getByLabel('Yes')).toBeChecked();

  await other.getByRole('button', { name: 'Copy as Markdown' }).click();
  const markdown = await other.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toMatch(/^# PostgreSQL/);
  expect(markdown).toContain(`Wizard: <${link}>`);
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
  await page.goto('wizard/?source=sql-server&target=nowhere');
  await expect(page.getByRole('heading', { name: 'Some values in the address were ignored' })).toBeVisible();
  await page.getByLabel('Migrate from (source)').selectOption({ label: 'Azure Database for MySQL – Single Server' });
  await page.getByLabel('Migrate to (target)').selectOption({ label: 'Azure Database for MySQL – Single Server' });
  await expect(page.getByRole('heading', { name: 'Some answers could not be used' })).toBeVisible();
  await expect(page.getByText(/is the same as the source/)).toBeVisible();
  await page.getByLabel('Migrate to (target)').selectOption({ label: 'Azure Database for MySQL – Flexible Server' });
  await expect(page.getByRole('heading', { name: 'Some answers could not be used' })).toBeHidden();
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
  await page.keyboard.type('PostgreSQL (on');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Migrate to (target)')).toBeFocused();
  await page.keyboard.type('Azure Database for PostgreSQL');
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

test('fits a 375 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('wizard/?source=sql-server&target=azure-sql-managed-instance&downtime-hours=1&database-size-gb=2000');
  await expect(headline(page)).toContainText('Migrate online');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
