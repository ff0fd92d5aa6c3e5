import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { acquireBuildLock, prerenderDir } from '../lib/site/build-lock.ts';

/**
 * Two things a build says before it starts: it refuses to run beside another build that would
 * share its .prerender/ folder, and it warns once when SITE_URL is unset, since absolute
 * addresses (canonical links, api/scenarios.json) then name localhost, and the links in feeds,
 * calendars and wiki snippets, read away from the site, are only relative to the base path.
 */
export function buildGuard({ siteUrlSet }: { siteUrlSet: boolean }): AstroIntegration {
  let release: (() => void) | undefined;
  return {
    name: 'migration-advisor:build-guard',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const projectDir = fileURLToPath(config.root).replace(/\/$/, '');
        release = acquireBuildLock(projectDir, prerenderDir(projectDir, fileURLToPath(config.outDir)));
        process.once('exit', () => release?.());
        if (!siteUrlSet) {
          logger.warn(
            `SITE_URL is not set, so canonical links and the absolute URLs in api/scenarios.json say ${config.site}. ` +
              'Pages link relative to the base path and work anywhere, but Atom feeds, iCalendar files and wiki snippets then also link ' +
              'relative to the base path (and pages offer no webcal: subscription link), which calendar programs, wikis and some feed readers cannot resolve; ' +
              'set SITE_URL=https://your.host to publish absolute addresses.',
          );
        }
      },
      'astro:build:done': () => {
        release?.();
        release = undefined;
      },
    },
  };
}
