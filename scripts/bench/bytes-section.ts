import { BUDGETS } from './budgets.ts';
import { bytesByPageType, type PageTypeBytes } from './bytes-shipped.ts';
import { formatKilobytes, passOrMiss, type Row, type SectionReport } from './report.ts';

const SECTION = 'Bytes (gzip)';

/**
 * Rows for bytes shipped per page type: HTML, CSS and JavaScript of the heaviest page of each
 * type, with the JavaScript budgets checked (none on content pages, a ceiling on matrix and wizard).
 */
export function bytesSection(distDir: string): SectionReport {
  const rows: Row[] = [];
  const notes: string[] = [];
  for (const measured of bytesByPageType(distDir)) {
    const { type, pages, largest } = measured;
    if (pages === 0) {
      rows.push({ section: SECTION, figure: `${type} page`, value: 'not built', budget: '', result: 'MISSING' });
      continue;
    }
    const which = pages === 1 ? `${type} page` : `${type} pages (largest of ${pages})`;
    rows.push({ section: SECTION, figure: `${which}: HTML / CSS`, value: `${formatKilobytes(largest.html)} / ${formatKilobytes(largest.css)}`, budget: '', result: 'INFO' });
    rows.push(javaScriptRow(measured, which));
    if (rows.at(-1)?.result === 'MISS') notes.push(`${type}: ${formatKilobytes(largest.js)} of JavaScript; see which scripts its HTML loads under dist/_astro/.`);
  }
  return { rows, notes };
}

function javaScriptRow({ type, largest }: PageTypeBytes, which: string): Row {
  const row = { section: SECTION, figure: `${which}: JavaScript`, value: formatKilobytes(largest.js) };
  if ((BUDGETS.noJavaScriptOn as readonly string[]).includes(type)) {
    return { ...row, budget: 'none', result: passOrMiss(largest.js === 0) };
  }
  const ceiling = BUDGETS.javaScriptBytes[type as keyof typeof BUDGETS.javaScriptBytes];
  if (ceiling === undefined) return { ...row, budget: '', result: 'INFO' };
  return { ...row, budget: `≤ ${formatKilobytes(ceiling)}`, result: passOrMiss(largest.js <= ceiling) };
}
