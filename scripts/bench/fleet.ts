import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withDocumentSubjects } from '../../src/lib/advisor/document-subjects.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { adviseInventory } from '../../src/lib/fleet/index.ts';
import { TIME_TARGETS } from '../../tests/support/budgets.ts';
import { PROJECT_DIR, runCommand } from './run.ts';
import { syntheticInventory } from './synthetic-inventory.ts';

/** Rows in the benchmark inventory: a large estate, a tenth of the fleet limit. */
export const FLEET_ROWS = 10_000;
const SEED = 20_261_214;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (s: number) => `${s.toFixed(2)} s`;
const row = (figure: string, value: string, target?: number) =>
  `${figure.padEnd(66)} ${value.padStart(8)}${target === undefined ? '' : `   target < ${target} s`}`;

/**
 * Fleet mode on a 10,000-row inventory drawn from real content (synthetic-inventory.ts, written to
 * `workDir`): `npm run advise -- --inventory FILE --json` end to end as a person runs it (best and
 * median of 3), and, to tell loading from advising, loadContent and adviseInventory in-process on
 * the dataset the CLI uses (median of 3 each). The fleet page's time in a browser has its own
 * module (fleet-browser.ts), called beside this one in index.ts.
 */
export async function measureFleet(workDir: string, progress: (line: string) => void): Promise<string[]> {
  const loads: number[] = [];
  let dataset: ReturnType<typeof loadContent>['dataset'];
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    dataset = loadContent({ contentDir: join(PROJECT_DIR, 'content'), projectDir: PROJECT_DIR }).dataset;
    loads.push((performance.now() - started) / 1000);
  }
  if (!dataset) return ['content/ is invalid: run npm run validate'];
  // The CLI's data: the full dataset with document subjects (scripts/advise.ts).
  const data = withDocumentSubjects(dataset);
  const text = syntheticInventory(data, FLEET_ROWS, SEED);
  const file = join(workDir, 'inventory-10000.csv');
  writeFileSync(file, text);

  progress(`advising ${FLEET_ROWS.toLocaleString('en')} rows in-process`);
  const advising: number[] = [];
  let advised = 0;
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    advised = adviseInventory(text, data).summary.advised;
    advising.push((performance.now() - started) / 1000);
  }

  progress('timing npm run advise -- --inventory (3 runs)');
  const commands: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const result = await runCommand('npm', ['run', '--silent', 'advise', '--', '--inventory', file, '--json']);
    if (!result.ok) return [`npm run advise -- --inventory ${file} --json failed:\n${result.tail}`];
    commands.push(result.seconds);
  }
  const best = Math.min(...commands);
  const target = TIME_TARGETS.fleetCliSeconds;
  return [
    `${row(`npm run advise -- --inventory (${FLEET_ROWS.toLocaleString('en')} rows) --json, best of 3`, seconds(best), target)}${best < target ? '' : '   <- over'}`,
    row('  the same, median of 3', seconds(median(commands))),
    row('  of which loading content/ (loadContent in-process, median of 3)', seconds(median(loads))),
    row(`  of which adviseInventory in-process (median of 3; ${advised.toLocaleString('en')} advised)`, seconds(median(advising))),
    `  inventory: ${(text.length / 1e6).toFixed(1)} MB, ${Object.keys(data.questions).length + 3} columns, seed ${SEED}`,
  ];
}
