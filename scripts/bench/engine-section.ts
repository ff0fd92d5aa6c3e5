import { resolve } from 'node:path';
import { loadContent } from '../../src/lib/content/load.ts';
import { BUDGETS } from './budgets.ts';
import { measureEngine } from './engine-speed.ts';
import { passOrMiss, type SectionReport } from './report.ts';

const SECTION = 'Engine';

/**
 * Recommendations per second on the real dataset, trimmed the way the wizard page embeds it. The
 * engine is imported only here, so a broken engine costs this row, not the whole run.
 */
export async function engineSection(contentDir: string): Promise<SectionReport> {
  const { dataset } = loadContent({ contentDir, projectDir: resolve(contentDir, '..') });
  if (!dataset) return { rows: [{ section: SECTION, figure: 'recommendations per second', value: 'content invalid', budget: '', result: 'FAILED' }], notes: [] };
  try {
    const { recommend } = await import('../../src/lib/advisor/recommend.ts');
    const { toAdvisorData } = await import('../../src/lib/advisor/trim.ts');
    const speed = measureEngine(recommend, dataset, toAdvisorData(dataset));
    const outcomes = Object.entries(speed.outcomes)
      .sort(([, a], [, b]) => b - a)
      .map(([outcome, n]) => `${outcome} ${n}`)
      .join(', ');
    return {
      rows: [
        {
          section: SECTION,
          figure: `recommendations per second (${speed.inputs.toLocaleString('en')} random answer sets, best of 3)`,
          value: Math.round(speed.perSecond).toLocaleString('en'),
          budget: `≥ ${BUDGETS.recommendationsPerSecond.toLocaleString('en')}`,
          result: passOrMiss(speed.perSecond >= BUDGETS.recommendationsPerSecond),
        },
      ],
      notes: [`Engine outcomes over the random answer sets: ${outcomes}.`],
    };
  } catch (error) {
    return {
      rows: [{ section: SECTION, figure: 'recommendations per second', value: 'engine unavailable', budget: '', result: 'MISSING' }],
      notes: [`The advisor engine could not be run: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
}
