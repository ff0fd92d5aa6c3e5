import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { SITE_CONTRACT, type ContentContract } from '../../src/lib/content/contracts.ts';
import { loadContent, type LoadResult } from '../../src/lib/content/load.ts';

/**
 * What a test can place at a path: text or bytes, nothing (null leaves a file out), a symbolic
 * link (target as `ln -s` takes it, relative to the link's folder), a FIFO, or a sparse file of a
 * given size (as large as you like, without writing the bytes).
 */
export type FileSpec = string | Buffer | null | { symlink: string } | { fifo: true } | { sparseBytes: number };

/** Whether this machine can make FIFOs (mkfifo); tests that need one are skipped where it cannot. */
export const canMakeFifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).error === undefined;

/**
 * What a slice of content must hold when a test loads only part of a site (the matrix fixture has
 * no guide and no wizard questions): scenarios and platforms, and no reserved ids. Tests of the
 * whole site pass SITE_CONTRACT.
 */
export const SLICE_CONTRACT: ContentContract = { ...SITE_CONTRACT, guides: {}, rules: [], questions: {} };

/**
 * Writes content files into a fresh temporary project and loads them with the real loader, the
 * way the site reads content/. Paths are under content/; a path starting with ../ lands beside
 * content/, for links that lead outside it.
 */
export function loadContentFiles(files: Record<string, FileSpec>, today: string, contract: ContentContract = SLICE_CONTRACT): LoadResult {
  const root = mkdtempSync(join(tmpdir(), 'ma-content-'));
  try {
    mkdirSync(join(root, 'content'));
    for (const [path, spec] of Object.entries(files)) writeSpec(join(root, 'content', path), spec);
    return loadContent({ contentDir: join(root, 'content'), projectDir: root, today, contract });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function writeSpec(full: string, spec: FileSpec): void {
  if (spec === null) return;
  mkdirSync(dirname(full), { recursive: true });
  if (typeof spec === 'string' || Buffer.isBuffer(spec)) {
    writeFileSync(full, spec);
  } else if ('symlink' in spec) {
    symlinkSync(spec.symlink, full);
  } else if ('fifo' in spec) {
    const made = spawnSync('mkfifo', [full]);
    if (made.status !== 0) throw new Error(`mkfifo ${full} failed: ${made.stderr}`);
  } else {
    const fd = openSync(full, 'w');
    try {
      ftruncateSync(fd, spec.sparseBytes);
    } finally {
      closeSync(fd);
    }
  }
}
