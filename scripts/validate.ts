/**
 * `npm run validate`: checks everything in content/ and prints every problem, then the counts.
 * Exits 1 on any error; warnings (stale reviews) are printed but do not fail.
 */
import { resolve } from 'node:path';
import { countDataset, loadContent } from '../src/lib/content/load.ts';
import { formatReport } from '../src/lib/content/problems.ts';

const projectDir = resolve(import.meta.dirname, '..');
const contentDir = resolve(process.argv[2] ?? resolve(projectDir, 'content'));
const started = performance.now();
const { dataset, problems } = loadContent({ contentDir, projectDir: process.cwd() });
const ms = Math.round(performance.now() - started);

if (problems.length > 0) console.log(formatReport(problems));
if (!dataset) {
  console.error(`\nContent is invalid: fix the errors above (${ms} ms).`);
  process.exit(1);
}
const counts = countDataset(dataset);
console.log(
  `Content is valid (${ms} ms): ${Object.entries(counts)
    .map(([name, count]) => `${count} ${name}`)
    .join(', ')}.`,
);
