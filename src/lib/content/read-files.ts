import { lstatSync, readdirSync, type Stats } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTION_NAMES, type CollectionName } from '../schema/collections.ts';
import { idSchema } from '../schema/primitives.ts';
import { didYouMean } from './did-you-mean.ts';
import type { FailedFile } from './failed-files.ts';
import { describeEntry, linkTarget, readBounded } from './file-system.ts';
import { parseFile } from './front-matter.ts';
import { errorText, problem, unexpectedFailure, type Problem } from './content-problems.ts';

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

export interface ReadResult {
  files: RawFile[];
  failed: FailedFile[];
  problems: Problem[];
  /** False when content/ itself cannot be listed: nothing else is worth checking then. */
  readable: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Files no author wrote on purpose; skipped instead of reported. */
const IGNORED = /^(\.|README\.md$|_)/;
/** What may sit beside the collection folders in content/. */
const TOP_LEVEL_IGNORED = (name: string) => name.startsWith('.') || name === 'README.md' || name === 'schema';
/** Large enough for any real page; a bigger file is a mistake or an attack. */
const MAX_FILE_BYTES = 256 * 1024;

/**
 * Symbolic links are never followed anywhere inside content/: not for files, collection folders or
 * anything beside them, wherever they lead. A link can lead outside the repository (and so publish
 * a file nobody reviewed), to a device such as /dev/zero, to a FIFO, in a loop, or nowhere; git on
 * Windows checks links out as small text files, so the site would differ by platform. A real file
 * costs nothing extra, so a link is refused with that advice. The content folder itself (the path
 * given as CONTENT_DIR or to validate) may be a link: that is the operator's choice, not content.
 */
const SYMLINK_HINT = 'Copy the file into content/ instead of linking to it: links are not followed.';

type EntryResult = { raw: RawFile } | { problem: Problem; failedId?: string };

/** Reads one entry of a collection folder: its type, name and size first, its content last. */
function readEntry(dir: string, collection: CollectionName, name: string, projectDir: string): EntryResult {
  const path = join(dir, name);
  const file = relative(projectDir, path);
  const id = name.endsWith('.md') ? name.slice(0, -3) : undefined;
  const validId = id !== undefined && idSchema.safeParse(id).success ? id : undefined;
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) {
    return {
      problem: problem('symlink', file, '', 'a regular file (content/ does not follow symbolic links)', `a symbolic link to ${linkTarget(path)}`, { hint: SYMLINK_HINT }),
      failedId: validId,
    };
  }
  if (stat.isDirectory()) {
    return { problem: problem('not-markdown', file, '', 'a .md file', 'a folder', { hint: `Keep ${collection} files directly in content/${collection}/.` }) };
  }
  if (!stat.isFile()) {
    return { problem: problem('special-file', file, '', 'a regular file', describeEntry(stat), { hint: 'Remove it from content/; only Markdown files belong there.' }), failedId: validId };
  }
  if (id === undefined) {
    return { problem: problem('not-markdown', file, '', 'a Markdown file ending in .md', `a file named ${JSON.stringify(name)}`, { hint: 'Rename it to .md or move it out of content/.' }) };
  }
  if (validId === undefined) {
    return { problem: problem('bad-file-name', file, '', 'a lower-case kebab-case file name such as "sql-server.md"', JSON.stringify(name)) };
  }
  if (stat.size > MAX_FILE_BYTES) {
    return { problem: problem('too-large', file, '', `at most ${MAX_FILE_BYTES / 1024} KB`, `${Math.round(stat.size / 1024)} KB`), failedId: id };
  }
  let bytes: Buffer | { found: string };
  try {
    bytes = readBounded(path, MAX_FILE_BYTES);
  } catch (error) {
    return { problem: problem('unreadable', file, '', 'a file the validator can read', errorText(error)), failedId: id };
  }
  if (!Buffer.isBuffer(bytes)) {
    return { problem: problem('unreadable', file, '', `a regular file of at most ${MAX_FILE_BYTES / 1024} KB`, bytes.found), failedId: id };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { problem: problem('bad-encoding', file, '', 'UTF-8 text', 'bytes that are not valid UTF-8', { hint: 'Save the file as UTF-8.' }), failedId: id };
  }
  const parsed = parseFile(text, file);
  if ('problem' in parsed) return { problem: parsed.problem, failedId: id };
  return { raw: { collection, id, file, ...parsed } };
}

function readCollection(contentDir: string, collection: CollectionName, projectDir: string, result: ReadResult): void {
  const dir = join(contentDir, collection);
  const folder = relative(projectDir, dir);
  let stat: Stats;
  try {
    stat = lstatSync(dir);
  } catch {
    return; // An absent collection is checked by the contract (contracts.ts), not here.
  }
  if (stat.isSymbolicLink()) {
    result.problems.push(problem('symlink', folder, '', 'a folder (content/ does not follow symbolic links)', `a symbolic link to ${linkTarget(dir)}`, { hint: SYMLINK_HINT }));
    return;
  }
  if (!stat.isDirectory()) {
    result.problems.push(problem('unreadable', folder, '', 'a folder of .md files', describeEntry(stat)));
    return;
  }
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    result.problems.push(problem('unreadable', folder, '', 'a folder the validator can list', errorText(error)));
    return;
  }
  for (const name of names) {
    if (IGNORED.test(name)) continue;
    let entry: EntryResult;
    try {
      entry = readEntry(dir, collection, name, projectDir);
    } catch (error) {
      // Whatever went wrong, it went wrong in this file: say so instead of stopping the run.
      const id = name.endsWith('.md') ? name.slice(0, -3) : '';
      entry = { problem: unexpectedFailure(relative(projectDir, join(dir, name)), error), failedId: idSchema.safeParse(id).success ? id : undefined };
    }
    if ('raw' in entry) {
      result.files.push(entry.raw);
    } else {
      result.problems.push(entry.problem);
      if (entry.failedId) result.failed.push({ collection, id: entry.failedId, file: entry.problem.file });
    }
  }
}

/** Entries at the top of content/ that are not collection folders. */
function checkTopLevel(contentDir: string, names: string[], projectDir: string): Problem[] {
  return names
    .filter((name) => !TOP_LEVEL_IGNORED(name) && !(COLLECTION_NAMES as string[]).includes(name))
    .map((name) => {
      const path = join(contentDir, name);
      const file = relative(projectDir, path);
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) {
        return problem('symlink', file, '', 'a collection folder (content/ does not follow symbolic links)', `a symbolic link to ${linkTarget(path)}`, { hint: SYMLINK_HINT });
      }
      const suggestion = didYouMean(name, COLLECTION_NAMES);
      const found = stat.isDirectory() ? 'an unknown folder' : stat.isFile() ? 'a file outside any collection folder' : describeEntry(stat);
      return problem('unknown-folder', file, '', `one of the folders ${COLLECTION_NAMES.join(', ')}`, found, {
        hint: suggestion ? `Did you mean content/${suggestion}/?` : 'Move it into one of those folders or out of content/.',
      });
    });
}

/** What an author sees when content/ itself cannot be listed, for the usual reasons. */
const ROOT_ERRORS: Record<string, string> = { ENOENT: 'nothing at this path', ENOTDIR: 'a file, not a folder' };

/**
 * Reads every collection folder under `contentDir` in a fixed order, and reports anything else
 * found there. Never throws: a problem with one entry becomes a problem naming that entry.
 */
export function readContent(contentDir: string, projectDir: string): ReadResult {
  const result: ReadResult = { files: [], failed: [], problems: [], readable: true };
  let names: string[];
  try {
    names = readdirSync(contentDir);
  } catch (error) {
    const found = ROOT_ERRORS[(error as { code?: string }).code ?? ''] ?? errorText(error);
    result.problems.push(problem('unreadable', relative(projectDir, contentDir) || '.', '', 'a content folder', found));
    return { ...result, readable: false };
  }
  for (const collection of COLLECTION_NAMES) readCollection(contentDir, collection, projectDir, result);
  try {
    result.problems.push(...checkTopLevel(contentDir, names, projectDir));
  } catch (error) {
    result.problems.push(problem('unreadable', relative(projectDir, contentDir) || '.', '', 'a content folder the validator can list', errorText(error)));
  }
  return result;
}
