import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './tests/support/chromium.ts';

/**
 * End-to-end tests run in Debian's Chromium (tests/support/chromium.ts) against the built site
 * served by `astro preview`: once at the root, once under a sub-path.
 */
export const BASE_PATH = '/intranet/migration/';
// Ports and folders can be moved so that two checkouts (or two people) can run the suite at once:
// E2E_PORT serves OUT_DIR (default dist/), E2E_PORT + 1 the sub-path build in E2E_BASE_OUT_DIR.
const SITE_PORT = Number(process.env.E2E_PORT ?? 4399);
const BASE_PORT = SITE_PORT + 1;
export const BASE_OUT_DIR = process.env.E2E_BASE_OUT_DIR ?? 'dist-base';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: 'list',
  use: {
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS },
  },
  projects: [
    // Whole-site builds from altered content: no browser, run by the same runner in the same stage.
    { name: 'build', testDir: 'tests/build' },
    { name: 'site', testIgnore: /base-path\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${SITE_PORT}/` } },
    { name: 'base-path', testMatch: /base-path\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}` } },
  ],
  webServer: [
    {
      command: `npm run preview -- --port ${SITE_PORT} --host 127.0.0.1 --ignore-lock`,
      url: `http://127.0.0.1:${SITE_PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `npm run build && npm run preview -- --port ${BASE_PORT} --host 127.0.0.1 --ignore-lock`,
      env: { BASE_PATH, OUT_DIR: BASE_OUT_DIR, SITE_URL: `http://127.0.0.1:${BASE_PORT}` },
      url: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}`,
      timeout: 240_000,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
