import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
/** Lighthouse's desktop preset: no mobile CPU slowdown or phone-sized screen. */
export const PRESET = 'desktop';

/** Debian's Chromium, kept off every network but the local one (no updates, sync or QUIC probes). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
/** Audit results that are not a pass or fail, so never a reason a score is below 100. */
const NOT_SCORED = new Set(['notApplicable', 'manual', 'informative', 'error']);

export interface PageToAudit {
  name: string;
  path: string;
}

export interface FailingAudit {
  id: string;
  title: string;
  score: number;
  /** 0 for hints (performance insights) that do not move the category score themselves. */
  weight: number;
  /** The first element the audit points at, e.g. the node that shifted or lacks contrast. */
  element?: string;
}

export type PageAudit = PageToAudit &
  (
    | { outcome: 'audited'; scores: Record<Category, number | null>; failing: Record<Category, FailingAudit[]> }
    | { outcome: 'missing'; status: number }
    | { outcome: 'error'; message: string }
  );

/**
 * Runs Lighthouse on each page of a site served at `baseUrl`, one Chromium for all of them. A page
 * that does not answer 200 is reported as missing (it may not be built yet) instead of audited.
 */
export async function auditPages(baseUrl: string, pages: readonly PageToAudit[]): Promise<PageAudit[]> {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  try {
    const results: PageAudit[] = [];
    for (const page of pages) results.push(await auditPage(new URL(page.path, baseUrl).href, page, chrome.port));
    return results;
  } finally {
    chrome.kill();
  }
}

async function auditPage(url: string, page: PageToAudit, port: number): Promise<PageAudit> {
  try {
    const response = await fetch(url);
    if (response.status !== 200) return { ...page, outcome: 'missing', status: response.status };
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, desktopConfig);
    if (!result) return { ...page, outcome: 'error', message: 'Lighthouse returned no result' };
    const { lhr } = result;
    if (lhr.runtimeError) return { ...page, outcome: 'error', message: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
    const scores = {} as Record<Category, number | null>;
    const failing = {} as Record<Category, FailingAudit[]>;
    for (const category of CATEGORIES) {
      const entry = lhr.categories[category];
      scores[category] = entry?.score === null || entry === undefined ? null : Math.round(entry.score * 100);
      failing[category] = (entry?.auditRefs ?? [])
        .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
        .filter(({ audit }) => audit && audit.score !== null && audit.score < 1 && !NOT_SCORED.has(audit.scoreDisplayMode))
        .map(({ ref, audit }) => ({ id: audit.id, title: audit.title, score: Math.round((audit.score ?? 0) * 100), weight: ref.weight, element: firstElement(audit.details) }))
        .sort((a, b) => b.weight - a.weight);
    }
    return { ...page, outcome: 'audited', scores, failing };
  } catch (error) {
    return { ...page, outcome: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/** The HTML snippet of the first node an audit's details list, when it lists nodes. */
function firstElement(details: unknown): string | undefined {
  const items = (details as { items?: { node?: { snippet?: unknown } }[] } | undefined)?.items;
  const snippet = items?.[0]?.node?.snippet;
  return typeof snippet === 'string' ? snippet : undefined;
}
