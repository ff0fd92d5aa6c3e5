import { vi } from 'vitest';
import type { SiteLinks } from '../../../src/lib/feeds/links.ts';

/**
 * Runs `use` with the links a build with this BASE_PATH and SITE_URL would have: the real
 * paths.ts (which reads the base when it loads) and public-url.ts (which reads SITE_URL when
 * called), re-imported under stubbed variables, which are restored afterwards.
 */
export async function withSite<T>(setting: { base: string; site?: string }, use: (links: SiteLinks) => T): Promise<T> {
  vi.stubEnv('BASE_URL', setting.base);
  vi.stubEnv('SITE_URL', setting.site ?? '');
  vi.resetModules();
  try {
    const { publicLinks } = await import('../../../src/lib/feeds/links.ts');
    return use(publicLinks());
  } finally {
    vi.unstubAllEnvs();
    vi.resetModules();
  }
}
