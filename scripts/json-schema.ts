/**
 * Writes one JSON Schema per collection to content/schema/, generated from the zod schemas, so
 * editors can autocomplete and check front matter (see README: "Editor support").
 * `--check` fails instead of writing when a committed schema is out of date.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { COLLECTIONS, COLLECTION_NAMES } from '../src/lib/schema/collections.ts';

const outDir = resolve(import.meta.dirname, '../content/schema');
const check = process.argv.includes('--check');
mkdirSync(outDir, { recursive: true });
let stale = 0;
for (const name of COLLECTION_NAMES) {
  const { schema, description } = COLLECTIONS[name];
  // The input side: what an author writes, before shorthand is normalised.
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  const text = `${JSON.stringify({ title: `Migration Advisor: ${name}`, description, ...json }, null, 2)}\n`;
  const file = resolve(outDir, `${name}.schema.json`);
  if (check) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {}
    if (current !== text) {
      console.error(`content/schema/${name}.schema.json is out of date: run npm run schema`);
      stale += 1;
    }
  } else {
    writeFileSync(file, text);
  }
}
if (stale) process.exit(1);
console.log(check ? 'JSON Schemas are up to date.' : `Wrote ${COLLECTION_NAMES.length} JSON Schemas to content/schema/.`);
