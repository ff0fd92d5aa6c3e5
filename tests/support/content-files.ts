import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadContent, type LoadResult } from '../../src/lib/content/load.ts';

/**
 * Writes content files (paths under content/; a null value leaves a file out) into a fresh
 * temporary project and loads them with the real loader, the way the site reads content/.
 */
export function loadContentFiles(files: Record<string, string | Buffer | null>, today: string): LoadResult {
  const root = mkdtempSync(join(tmpdir(), 'ma-content-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      if (text === null) continue;
      const full = join(root, 'content', path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
    return loadContent({ contentDir: join(root, 'content'), projectDir: root, today });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
