import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Writes a content set (text keyed by path under the content folder) into `dir`, or into a new
 * temporary folder. Refuses a folder that already holds files, so stale entries from an earlier
 * run can never mix into the set being measured.
 */
export function writeContent(files: Record<string, string>, dir?: string): string {
  const root = dir ?? mkdtempSync(join(tmpdir(), 'ma-synthetic-'));
  mkdirSync(root, { recursive: true });
  if (readdirSync(root).length > 0) {
    throw new Error(`${root} is not empty. Give an empty or new folder, so no old content mixes with the generated set.`);
  }
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return root;
}
