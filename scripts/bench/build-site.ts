import { runCommand, type CommandResult } from './run-command.ts';

export interface BuildOptions {
  /** Output folder (OUT_DIR). */
  outDir: string;
  /** Content folder (CONTENT_DIR); the real content/ when left out. */
  contentDir?: string;
  /** Origin the site will be served from, for canonical links (SITE_URL). */
  siteUrl?: string;
}

/** `npm run build`, exactly as a person runs it (validation, Astro, Pagefind), timed by the wall clock. */
export function buildSite(options: BuildOptions): Promise<CommandResult> {
  const env: Record<string, string> = { OUT_DIR: options.outDir };
  if (options.contentDir) env.CONTENT_DIR = options.contentDir;
  if (options.siteUrl) env.SITE_URL = options.siteUrl;
  return runCommand('npm', ['run', 'build'], env);
}
