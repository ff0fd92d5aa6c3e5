import { BUDGETS } from './budgets.ts';
import { auditPages, CATEGORIES, PRESET, type PageToAudit } from './lighthouse-audit.ts';
import { startPreview } from './preview-server.ts';
import { passOrMiss, type Row, type SectionReport } from './report.ts';

const SECTION = `Lighthouse (${PRESET})`;

/** The pages the issue names: one of each interactive kind and a representative content page. */
export const AUDITED_PAGES: PageToAudit[] = [
  { name: 'home', path: '/' },
  { name: 'matrix', path: '/matrix/' },
  { name: 'scenario', path: '/scenarios/sql-server-to-azure-sql-managed-instance/' },
  { name: 'wizard', path: '/wizard/?source=sql-server&target=azure-sql-managed-instance&downtime-hours=4&database-size-gb=100' },
];

/**
 * Serves the built site on localhost, runs Lighthouse on each page, and lists the audits that keep
 * a category under 100 so the reader knows what to fix. The server is stopped whatever happens.
 */
export async function lighthouseSection(distDir: string, port: number): Promise<SectionReport> {
  const rows: Row[] = [];
  const notes: string[] = [];
  const server = await startPreview(distDir, port);
  try {
    for (const audit of await auditPages(server.url, AUDITED_PAGES)) {
      if (audit.outcome === 'missing') {
        rows.push({ section: SECTION, figure: `${audit.name} ${audit.path}`, value: `HTTP ${audit.status}`, budget: '', result: 'MISSING' });
        continue;
      }
      if (audit.outcome === 'error') {
        rows.push({ section: SECTION, figure: `${audit.name} ${audit.path}`, value: 'no result', budget: '', result: 'FAILED' });
        notes.push(`Lighthouse failed on ${audit.path}: ${audit.message}`);
        continue;
      }
      for (const category of CATEGORIES) {
        const score = audit.scores[category];
        rows.push({
          section: SECTION,
          figure: `${audit.name}: ${category}`,
          value: score === null ? 'no score' : String(score),
          budget: String(BUDGETS.lighthouseScore),
          result: score === null ? 'FAILED' : passOrMiss(score >= BUDGETS.lighthouseScore),
        });
        if (score !== null && score < BUDGETS.lighthouseScore) {
          const failing = audit.failing[category].map(
            (a) => `    - ${a.id} (score ${a.score}, ${a.weight > 0 ? `weight ${a.weight}` : 'hint, no weight'}): ${a.title}${a.element ? `\n        first element: ${a.element}` : ''}`,
          );
          notes.push(`${audit.name} ${category} ${score} (${audit.path}):\n${failing.join('\n') || '    (no single audit under 100)'}`);
        }
      }
    }
  } finally {
    await server.stop();
  }
  return { rows, notes };
}
