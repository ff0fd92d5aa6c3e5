import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { COLLECTION_NAMES, type CollectionName } from '../schema/collections.ts';
import { idSchema } from '../schema/primitives.ts';
import { problem, type Problem } from './problems.ts';

/** A content file as read from disk: front matter not yet checked. */
export interface RawFile {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** Line in the file where the body starts, so Markdown problems can point at real lines. */
  bodyLine: number;
}

/** Files no author wrote on purpose; skipped instead of reported. */
const IGNORED = /^(\.|README\.md$|_)/;
/** Large enough for any real page; a bigger file is a mistake or an attack. */
const MAX_FILE_BYTES = 256 * 1024;
/**
 * How many values front matter may expand to, counting every alias as a full copy. Real files
 * have a few hundred; an anchor "billion laughs" file has billions and is refused here.
 */
const MAX_EXPANDED_VALUES = 20_000;

class ExpansionError extends Error {}

/**
 * YAML is parsed with the core schema (no timestamps, so dates stay strings and an impossible
 * date is caught by the schema instead of rolling over); js-yaml rejects duplicate keys.
 */
function parseFrontMatter(source: string): object {
  const data = yaml.load(source, { schema: yaml.CORE_SCHEMA }) as object;
  if (expandedSize(data, MAX_EXPANDED_VALUES) > MAX_EXPANDED_VALUES) {
    throw new ExpansionError(`front matter expands to more than ${MAX_EXPANDED_VALUES} values (YAML aliases repeated inside each other?)`);
  }
  return data;
}

/** Counts values as if every alias were copied out, stopping as soon as the limit is passed. */
function expandedSize(value: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && count <= limit) {
    const next = stack.pop();
    count += 1;
    if (next !== null && typeof next === 'object') stack.push(...Object.values(next));
  }
  return count;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function readCollection(
  contentDir: string,
  collection: CollectionName,
  projectDir: string,
): { files: RawFile[]; problems: Problem[] } {
  const dir = join(contentDir, collection);
  const files: RawFile[] = [];
  const problems: Problem[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return { files, problems };
  }
  for (const name of names) {
    if (IGNORED.test(name)) continue;
    const path = join(dir, name);
    const file = relative(projectDir, path);
    if (statSync(path).isDirectory()) {
      problems.push(problem('not-markdown', file, '', 'a .md file', 'a folder', { hint: `Keep ${collection} files directly in content/${collection}/.` }));
      continue;
    }
    if (!name.endsWith('.md')) {
      problems.push(problem('not-markdown', file, '', 'a Markdown file ending in .md', `a file named ${JSON.stringify(name)}`, { hint: 'Rename it to .md or move it out of content/.' }));
      continue;
    }
    const id = name.slice(0, -3);
    if (!idSchema.safeParse(id).success) {
      problems.push(problem('bad-file-name', file, '', 'a lower-case kebab-case file name such as "sql-server.md"', JSON.stringify(name)));
      continue;
    }
    const bytes = readFileSync(path);
    if (bytes.length > MAX_FILE_BYTES) {
      problems.push(problem('unreadable', file, '', `at most ${MAX_FILE_BYTES / 1024} KB`, `${Math.round(bytes.length / 1024)} KB`));
      continue;
    }
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      problems.push(problem('bad-encoding', file, '', 'UTF-8 text', 'bytes that are not valid UTF-8', { hint: 'Save the file as UTF-8.' }));
      continue;
    }
    const parsed = parseFile(text, file);
    if ('problem' in parsed) {
      problems.push(parsed.problem);
      continue;
    }
    files.push({ collection, id, file, ...parsed });
  }
  return { files, problems };
}

function parseFile(text: string, file: string): { data: Record<string, unknown>; body: string; bodyLine: number } | { problem: Problem } {
  if (!/^---\r?\n/.test(text)) {
    return { problem: problem('no-front-matter', file, '', 'the file to start with a --- line and YAML front matter', 'no front matter') };
  }
  try {
    // Options are passed so gray-matter does not cache by content: each read is independent.
    const result = matter(text, { engines: { yaml: parseFrontMatter } });
    const data = result.data as unknown;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      return { problem: problem('bad-yaml', file, '', 'front matter that is a set of key: value fields', Array.isArray(data) ? 'a list' : String(data)) };
    }
    const bodyLine = text.slice(0, text.length - result.content.length).split('\n').length;
    return { data: data as Record<string, unknown>, body: result.content, bodyLine };
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      // js-yaml's mark is relative to the front matter, which starts on line 2 of the file.
      const line = error.mark ? error.mark.line + 2 : undefined;
      return { problem: problem('bad-yaml', file, '', 'valid YAML front matter', error.reason, { line }) };
    }
    return { problem: problem('bad-yaml', file, '', 'valid YAML front matter', error instanceof Error ? error.message : String(error)) };
  }
}

export function readAllCollections(contentDir: string, projectDir: string) {
  const files: RawFile[] = [];
  const problems: Problem[] = [];
  for (const collection of COLLECTION_NAMES) {
    const result = readCollection(contentDir, collection, projectDir);
    files.push(...result.files);
    problems.push(...result.problems);
  }
  return { files, problems };
}
