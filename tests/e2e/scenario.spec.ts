/**
 * Scenario pages put the answer first: both modes' status, tool and blocker counts on the first
 * screen, limitations under the paths they concern (ended tools folded away), and a mode's link
 * narrows the page to that mode without JavaScript.
 */
import { expect, test } from '@playwright/test';

const MI = 'scenarios/sql-server-to-azure-sql-managed-instance/';

test('the first 800 px at 1280 px give each mode its status, tool and blocker counts', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(MI);
  const summary = page.locator('#summary');
  for (const mode of ['Offline', 'Online']) {
    const card = summary.locator('.summary-mode', { has: page.getByRole('heading', { name: mode }) });
    await expect(card).toContainText('Generally available');
    await expect(card).toContainText('Azure Database Migration Service');
    await expect(card).toContainText('No blocker for everyone; 1 blocker only in some cases');
    const box = await card.boundingBox();
    expect(box && box.y + box.height).toBeLessThan(800);
  }
  await expect(summary.getByRole('link', { name: 'check yours' }).first()).toHaveAttribute('href', /wizard\/\?source=sql-server&target=azure-sql-managed-instance$/);
});

test('limitations sit under the paths they concern, with ended tools folded away and counted', async ({ page }) => {
  await page.goto(MI);
  const ended = page.locator('details.path-groups-ended').last();
  await expect(ended.locator(':scope > summary')).toContainText(/\d+ items? for paths no longer available \(.*DMS \(classic\).*\)/);
  await expect(ended.locator('#limitation-dms-classic-sql-retired')).toBeHidden();
  await ended.locator(':scope > summary').click();
  await expect(ended.locator('#limitation-dms-classic-sql-retired')).toBeVisible();
  // A conditional item says when it applies and leads to the wizard with the pair set, not "depends on your answers".
  const conditional = page.locator('#limitation-dms-sql-server-2005-not-supported');
  await expect(conditional).toContainText('Only where');
  await expect(conditional.getByRole('link', { name: 'check in the wizard' })).toHaveAttribute('href', /source=sql-server&target=azure-sql-managed-instance/);
  await expect(page.getByText('depends on your answers')).toHaveCount(0);
});

test('an "On this page" list leads to every section', async ({ page }) => {
  await page.goto(MI);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  for (const anchor of ['#offline', '#online', '#both-modes', '#about', '#history']) {
    await expect(toc.locator(`a[href="${anchor}"]`)).toHaveCount(1);
    await expect(page.locator(anchor)).toHaveCount(1);
  }
});

test('old links to a limitation still land on it, opening a folded group', async ({ page }) => {
  await page.goto(`${MI}#limitation-dms-sql-server-2005-not-supported`);
  await expect(page.locator('#limitation-dms-sql-server-2005-not-supported')).toBeInViewport();
  await page.goto(`${MI}#limitation-dms-classic-sql-retired`);
  await expect(page.locator('#limitation-dms-classic-sql-retired')).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test("a mode's link shows that mode alone, and 'both modes' brings the other back", async ({ page }) => {
    await page.goto(`${MI}#online`);
    await expect(page.getByRole('heading', { name: 'Online migration' })).toBeInViewport();
    await expect(page.locator('#offline')).toBeHidden();
    await expect(page.locator('#both-modes')).toBeVisible();
    await page.getByRole('link', { name: 'show both modes' }).click();
    await expect(page.locator('#offline')).toBeVisible();
    await expect(page.locator('#summary')).toBeInViewport();
  });
});
