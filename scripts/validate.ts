/**
 * `npm run validate`: checks everything in content/ and prints every problem, then the counts.
 * Exits 1 on any error; warnings (stale reviews) are printed but do not fail. Everything printed
 * goes through `forTerminal`, as in `npm run advise`: file names and found values come from
 * content/ and may hold escape sequences a terminal would obey.
 */
import { resolve } from 'node:path';
import { forTerminal } from '../src/lib/advisor/terminal.ts';
import { countDataset, loadContent } from '../src/lib/content/load.ts';
import { formatReport } from '../src/lib/content/content-problems.ts';

const projectDir = resolve(import.meta.dirname, '..');
const contentDir = resolve(process.argv[2] ?? resolve(projectDir, 'content'));
const started = performance.now();
const { dataset, problems } = loadContent({ contentDir, projectDir: process.cwd() });
const ms = Math.round(performance.now() - started);
const print = (text: string) => console.log(forTerminal(text));
const printError = (text: string) => console.error(forTerminal(text));

if (problems.length > 0) print(formatReport(problems));
if (!dataset) {
  printError(`\nContent is invalid: fix the errors above (${ms} ms).`);
  process.exit(1);
}
const counts = countDataset(dataset);
print(
  `Content is valid (${ms} ms): ${Object.entries(counts)
    .map(([name, count]) => `${count} ${name}`)
    .join(', ')}.`,
);
