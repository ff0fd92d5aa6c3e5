import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './tests/support/chromium.ts';

/**
 * End-to-end tests run in Debian's Chromium (tests/support/chromium.ts) against the built site
 * served by `astro preview`: once at the root, once under a sub-path.
 */
export const BASE_PATH = '/intranet/migration/';

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
    { name: 'site', testIgnore: /base-path\.spec\.ts/, use: { baseURL: 'http://127.0.0.1:4399/' } },
    { name: 'base-path', testMatch: /base-path\.spec\.ts/, use: { baseURL: `http://127.0.0.1:4400${BASE_PATH}` } },
  ],
  webServer: [
    {
      command: 'npm run preview -- --port 4399 --host 127.0.0.1 --ignore-lock',
      url: 'http://127.0.0.1:4399/',
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `npm run build && npm run preview -- --port 4400 --host 127.0.0.1 --ignore-lock`,
      env: { BASE_PATH, OUT_DIR: 'dist-base', SITE_URL: 'http://127.0.0.1:4400' },
      url: `http://127.0.0.1:4400${BASE_PATH}`,
      timeout: 240_000,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
