import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../../scripts/advise-exit-codes.ts';
import { COLUMN_ALIASES } from '../../../src/lib/fleet/index.ts';

const projectDir = resolve(import.meta.dirname, '../../..');
const readme = readFileSync(resolve(projectDir, 'README.md'), 'utf8');
/** A question's id is its file name (content/questions/<id>.md). */
const questionIds = readdirSync(resolve(projectDir, 'content/questions')).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();

function block(name: string): string {
  const match = new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)<!-- ${name}:end -->`).exec(readme);
  if (!match) throw new Error(`README.md has no <!-- ${name}:start --> … <!-- ${name}:end --> block`);
  return match[1];
}

/** The body rows of a Markdown table, as cells. */
const tableRows = (text: string) =>
  text.trim().split('\n').slice(2).map((line) => line.replace(/^\|\s*|\s*\|$/g, '').split(/\s*\|\s*/));

const codeIds = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

describe('README: fleet mode and the advise command', () => {
  it('lists the exit codes exactly as the command does', () => {
    expect(tableRows(block('exit-codes')).map(([code, when]) => ({ code: Number(code), when }))).toEqual(EXIT_CODES);
  });

  it('names in its column table only headers the parser reads, and every alias it reads', () => {
    const rows = tableRows(block('inventory-columns'));
    const named = rows.flatMap(([column, also]) => [...codeIds(column), ...codeIds(also)]);
    const known = new Set([...questionIds, ...Object.keys(COLUMN_ALIASES).filter((k) => COLUMN_ALIASES[k].kind !== 'ignored')]);
    expect(named.filter((id) => !known.has(id))).toEqual([]);
    const aliases = Object.keys(COLUMN_ALIASES).filter((k) => COLUMN_ALIASES[k].kind !== 'ignored');
    expect(aliases.filter((alias) => !named.includes(alias))).toEqual([]);
  });

  it('lists every wizard question as a column, and no other', () => {
    const paragraph = /The wizard's questions today: ([\s\S]*?)\n\(see/.exec(readme);
    expect(paragraph).not.toBeNull();
    expect(codeIds(paragraph![1]).sort()).toEqual(questionIds);
  });

  it('explains why Azure Migrate\u2019s storage column is ignored, under the header the parser ignores', () => {
    expect(Object.keys(COLUMN_ALIASES)).toContain('storage-in-use-(in-gb)');
    expect(readme).toContain('Azure Migrate\'s "Storage in use (In GB)" is not a database size');
  });
});
