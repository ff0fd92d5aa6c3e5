/**
 * Takes full-page screenshots of the given paths at desktop (1280 px) and phone (375 px) widths,
 * for a person to look at. Usage: node scripts/screenshots.ts <base-url> <out-dir> <path>...
 * Serve the site first (npm run preview).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tests/support/chromium.ts';

const [baseUrl = 'http://127.0.0.1:4321/', outDir = 'screenshots', ...pagePaths] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
for (const width of [1280, 375]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const path of pagePaths.length ? pagePaths : ['']) {
    await page.goto(new URL(path, baseUrl).href);
    const name = `${(path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home').slice(0, 60)}-${width}.png`;
    await page.screenshot({ path: join(outDir, name), fullPage: true });
    console.log(join(outDir, name));
    // Long pages are also cut into screen-sized parts, which stay legible when viewed.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const partHeight = width === 375 ? 1300 : 1000;
    for (let part = 0; height > partHeight && part * partHeight < height && part < 4; part += 1) {
      const partName = name.replace(/\.png$/, `-part${part + 1}.png`);
      await page.screenshot({ path: join(outDir, partName), fullPage: true, clip: { x: 0, y: part * partHeight, width, height: Math.min(partHeight, height - part * partHeight) } });
    }
  }
  await page.close();
}
await browser.close();
