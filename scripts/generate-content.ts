/**
 * `npm run generate-content -- [scenarios] [folder]`: writes a synthetic, schema-valid content set
 * of N scenarios (default 1,000) into a folder (a new temporary one by default), then validates it
 * with the same loader the build uses. Build the site from it with
 * `CONTENT_DIR=<folder> OUT_DIR=<output> npm run build`.
 */
import { resolve } from 'node:path';
import { countDataset, loadContent } from '../src/lib/content/load.ts';
import { formatReport } from '../src/lib/content/content-problems.ts';
import { syntheticContent } from './bench/synthetic-content.ts';
import { writeContent } from './bench/write-content.ts';

const [countArg, dirArg] = process.argv.slice(2);
const scenarios = countArg === undefined ? 1000 : Number(countArg);
if (!Number.isInteger(scenarios) || scenarios < 1) {
  console.error(`The number of scenarios must be a whole number of at least 1; got ${JSON.stringify(countArg)}.`);
  process.exit(1);
}

let contentDir: string;
try {
  contentDir = writeContent(syntheticContent({ scenarios }), dirArg === undefined ? undefined : resolve(dirArg));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const { dataset, problems } = loadContent({ contentDir, projectDir: contentDir });
if (problems.length > 0) console.log(formatReport(problems));
if (!dataset) {
  console.error(`\nThe generated content in ${contentDir} is invalid: the generator needs fixing.`);
  process.exit(1);
}
const counts = Object.entries(countDataset(dataset)).map(([name, n]) => `${n} ${name}`);
console.log(`Wrote ${contentDir}: ${counts.join(', ')}.`);
