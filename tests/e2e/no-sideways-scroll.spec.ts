/**
 * No page scrolls sideways, on a 375 px phone or a 1280 px desktop: a page whose content is wider
 * than the window makes every line a reader's problem. Each page type is checked, both views of the
 * matrix, and the wizard with a result showing. Wide tables must scroll inside their own box.
 */
import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from '../support/page-types.ts';

for (const width of [375, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const [name, path] of Object.entries(PAGE_TYPES)) {
      test(`${name} does not scroll sideways`, async ({ page }) => {
        await page.goto(path);
        if (name.startsWith('wizard')) await expect(page.locator('#wizard-result-title')).toBeVisible();
        const overflow = await page.evaluate(() => {
          const root = document.documentElement;
          // The widest element that sticks out of the window names the culprit in the failure.
          let widest = '';
          let right = root.clientWidth;
          for (const element of document.body.querySelectorAll('*')) {
            const box = element.getBoundingClientRect();
            if (box.right > right + 0.5 && getComputedStyle(element).position !== 'fixed') {
              right = box.right;
              widest = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')}`;
            }
          }
          return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
        });
        expect(overflow.scrollWidth, `${path} is ${overflow.scrollWidth} px wide in a ${overflow.clientWidth} px window (widest: ${overflow.widest})`).toBeLessThanOrEqual(overflow.clientWidth);
      });
    }
  });
}
