import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { PAGE_TYPES, SCENARIO_PATH as SCENARIO } from '../support/page-types.ts';

for (const width of [375, 1280]) {
  test.describe(`every page type at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const [name, path] of Object.entries(PAGE_TYPES)) {
      test(`${name} has no axe violations and requests nothing from another host`, async ({ page, baseURL }) => {
        const origin = new URL(baseURL!).origin;
        const foreign: string[] = [];
        page.on('request', (request) => {
          if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url());
        });
        const errors: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error' && !/404/.test(message.text())) errors.push(message.text());
        });
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} node(s) ${v.nodes[0]?.target}`)).toEqual([]);
        expect(foreign).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  });
}

test('a scenario link with #online lands on the online section', async ({ page }) => {
  await page.goto(`${SCENARIO}#online`);
  const heading = page.getByRole('heading', { name: 'Online migration' });
  await expect(heading).toBeInViewport();
  const offline = page.getByRole('heading', { name: 'Offline migration' });
  await expect(offline).not.toBeInViewport();
});

test('a scenario page shows offerings, limitations with severity, history and a wizard link', async ({ page }) => {
  await page.goto(SCENARIO);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SQL Server → Azure SQL Managed Instance');
  await expect(page.getByRole('table', { name: /Offline: tools and their status/ })).toContainText('Generally available');
  await expect(page.locator('#both-modes')).toContainText('Blocker');
  // The history is folded under its heading, the rest of the page comes first.
  await page.locator('#history summary').click();
  await expect(page.getByRole('table', { name: /Every status the documents gave/ })).toContainText('2022-06-13');
  await page.getByRole('link', { name: 'Check your own case in the wizard' }).click();
  await expect(page).toHaveURL(/wizard\/\?source=sql-server&target=azure-sql-managed-instance/);
});

test('the 404 page helps the visitor on', async ({ page }) => {
  const response = await page.goto('scenarios/no-such-pair/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'The support matrix' })).toBeVisible();
});

test('search finds a scenario from the static index', async ({ page }) => {
  await page.goto('search/');
  await page.getByRole('searchbox').fill('Managed Instance');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('link', { name: /Azure SQL Managed Instance/ }).first()).toBeVisible();
  await expect(page).toHaveURL(/\?q=Managed\+Instance/);
});

test('the API publishes the dataset as versioned JSON and as CSV', async ({ request }) => {
  const json = await (await request.get('api/scenarios.json')).json();
  expect(json.version).toBe(1);
  const scenario = json.scenarios.find((s: { id: string }) => s.id === 'sql-server-to-azure-sql-managed-instance');
  expect(scenario.source).toEqual({ id: 'sql-server', name: 'SQL Server' });
  const offering = scenario.offerings[0];
  expect(Object.keys(offering)).toEqual(expect.arrayContaining(['tool', 'mode', 'supported', 'status', 'citation']));
  expect(Object.keys(offering.citation)).toEqual(expect.arrayContaining(['title', 'url', 'date']));
  const csv = await (await request.get('api/scenarios.csv')).text();
  expect(csv.split('\n')[0]).toContain('mode');
  expect(csv).toContain('sql-server-to-azure-sql-managed-instance');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the wizard explains that it needs JavaScript and shows no controls that would do nothing', async ({ page }) => {
    await page.goto('wizard/?source=sql-server&target=azure-sql-managed-instance');
    await expect(page.getByText('The wizard needs JavaScript')).toBeVisible();
    // In the page's own message, not the navigation's "Support matrix".
    await expect(page.getByRole('main').getByRole('link', { name: 'support matrix' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Show the recommendation' })).toBeHidden();
  });

  test('scenario pages need no JavaScript at all', async ({ page }) => {
    await page.goto('scenarios/mysql-to-azure-mysql-flexible-server/');
    await expect(page.getByRole('table', { name: /Online: tools and their status/ })).toContainText('Generally available');
  });
});
