import { resolve } from 'node:path';
import { toAdvisorData } from '../../src/lib/advisor/trim.ts';
import type { AdvisorData } from '../../src/lib/advisor/types.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatReport } from '../../src/lib/content/content-problems.ts';
import type { Dataset } from '../../src/lib/data/dataset.ts';

export const projectDir = resolve(import.meta.dirname, '../..');

/**
 * The date the tests that read the real content/ judge as of. Fixed, so every run checks the same
 * thing; it must not lie before any date in content/ (reviews, status entries), which validation
 * refuses as "in the future": move it forward when authors review content after it.
 */
export const CONTENT_TODAY = '2026-12-01';

/** The real content/, validated as of CONTENT_TODAY: the full dataset and the wizard's trimmed copy. */
export function loadRealContent(): { dataset: Dataset; data: AdvisorData } {
  const { dataset, problems } = loadContent({ contentDir: resolve(projectDir, 'content'), projectDir, today: CONTENT_TODAY });
  if (!dataset) throw new Error(`content/ does not validate; run npm run validate\n${formatReport(problems.filter((p) => p.level === 'error'))}`);
  return { dataset, data: toAdvisorData(dataset) };
}
