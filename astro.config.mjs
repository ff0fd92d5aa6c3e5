// @ts-check
import { defineConfig } from 'astro/config';
import { contentValidation } from './src/integrations/content-validation.ts';

/**
 * SITE_URL and BASE_PATH let the site live under a sub-path of an intranet server, e.g.
 * `SITE_URL=https://wiki.example.com BASE_PATH=/migration/ npm run build`. Every internal link
 * goes through `href()` in src/lib/site/paths.ts, which respects the base.
 */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No prefetch, fonts or images from other hosts: the site must work with the internet cut off.
  integrations: [contentValidation()],
  devToolbar: { enabled: false },
});
