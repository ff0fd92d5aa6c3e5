import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { parseAdvisorData } from '../../src/lib/advisor/embedded-data.ts';
import type { AdvisorData } from '../../src/lib/advisor/types.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../tests/support/chromium.ts';
import { TIME_TARGETS } from '../../tests/support/budgets.ts';
import { startPreview } from './run.ts';
import { syntheticInventory } from './synthetic-inventory.ts';

/** Rows in the inventory the browser advises: a large estate in one file. */
const ROWS = 10_000;
const RUNS = 3;

/** The advisor data exactly as the built fleet page embeds it, for the generator's pairs. */
function pageData(distDir: string): AdvisorData {
  const html = readFileSync(join(distDir, 'fleet/index.html'), 'utf8');
  const json = /<script type="application\/json" id="fleet-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error(`${distDir}/fleet/index.html has no embedded advisor data (script#fleet-data); build the site first.`);
  return parseAdvisorData(json);
}

/**
 * Serves the built site, opens fleet/ in Chromium (our binary and flags) and chooses a 10,000-row
 * inventory file, RUNS times in a fresh page each: the time from the file's `change` event to the
 * results section showing (worker start, reading, advising and drawing all included), and the
 * longest task on the page's main thread meanwhile (PerformanceObserver 'longtask', which reports
 * only tasks over 50 ms), to show the page never freezes while a large file is advised.
 */
export async function measureFleetInBrowser(distDir: string, port: number): Promise<string[]> {
  const csv = syntheticInventory(pageData(distDir), ROWS, 20_261_202);
  const server = await startPreview(distDir, port);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    const runs: { seconds: number; longestMs: number; shown: string }[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const page = await browser.newPage();
      await page.goto(new URL('fleet/', server.url).href);
      // Armed before the file is chosen: the clock starts on `change`, stops when the results show.
      const measured = page.evaluate(
        () =>
          new Promise<{ ms: number; longestMs: number; shown: string }>((done) => {
            const long: { start: number; duration: number }[] = [];
            new PerformanceObserver((list) => long.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask', buffered: false });
            const input = document.querySelector<HTMLInputElement>('[data-file]')!;
            const results = document.querySelector<HTMLElement>('[data-results]')!;
            let started = 0;
            input.addEventListener('change', () => (started = performance.now()), { capture: true, once: true });
            // Shown: the results section visible with the table's first rows in it (drawn a task after the summary).
            const body = document.querySelector<HTMLElement>('[data-rows]')!;
            const watch = new MutationObserver(() => {
              if (results.hidden || body.children.length === 0) return;
              watch.disconnect();
              // Long tasks from the file's `change` on: the one that delivers it is the test driver's
              // own (handing Chromium the file), not the page's.
              const ours = () => long.filter((task) => task.start >= started).map((task) => task.duration);
              // The next frame: the drawn result has been laid out and painted. Long tasks are reported
              // to the observer a little after they end, so they are read a moment later.
              requestAnimationFrame(() => {
                const ms = performance.now() - started;
                setTimeout(() => done({ ms, longestMs: Math.max(0, ...ours()), shown: document.querySelector('[data-count]')?.textContent ?? '' }), 250);
              });
            });
            watch.observe(results, { attributes: true, attributeFilter: ['hidden'] });
            watch.observe(body, { childList: true });
          }),
      );
      await page.locator('[data-file]').setInputFiles({ name: 'inventory.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      const { ms, longestMs, shown } = await measured;
      runs.push({ seconds: ms / 1000, longestMs, shown });
      await page.close();
    }
    const median = [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(RUNS / 2)];
    const longest = Math.max(...runs.map((r) => r.longestMs));
    const target = TIME_TARGETS.fleetBrowserSeconds;
    return [
      `${ROWS.toLocaleString('en-US')}-row inventory in the browser: ${median.seconds.toFixed(2)} s (target ${target} s)${median.seconds > target ? ' <- over' : ''}, ` +
        `longest main-thread task ${longest > 0 ? `${Math.round(longest)} ms` : 'under 50 ms'} (target under ${TIME_TARGETS.fleetLongestTaskMs} ms)${longest > TIME_TARGETS.fleetLongestTaskMs ? ' <- over' : ''}`,
      `  runs: ${runs.map((r) => `${r.seconds.toFixed(2)} s / ${Math.round(r.longestMs)} ms`).join(', ')}; the table said "${median.shown}"`,
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
}
