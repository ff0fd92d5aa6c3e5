// @ts-check
import { defineConfig } from 'astro/config';
import { buildGuard } from './src/integrations/build-guard.ts';
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
  // OUT_DIR lets the end-to-end tests keep a sub-path build beside the normal one.
  outDir: process.env.OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  // The Content-Security-Policy forbids inline script and style, so nothing may be inlined.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  // No prefetch, fonts or images from other hosts: the site must work with the internet cut off.
  integrations: [buildGuard({ siteUrlSet: Boolean(process.env.SITE_URL) }), contentValidation()],
  devToolbar: { enabled: false },
  // PORT sets where `npm start`, `npm run preview` and `npm run dev` listen; --port on the command
  // line (npm start -- --port 4610) still wins.
  server: { port: Number.parseInt(process.env.PORT ?? '', 10) || 4321 },
});
