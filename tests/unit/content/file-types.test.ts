import { describe, expect, it } from 'vitest';
import { canMakeFifo } from '../../support/content-files.ts';
import { VALID, loadFixture } from './fixture.ts';

const SPARE_TOOL = '---\nname: Spare tool\ncite: status-2022\n---\n';
const symlinksWork = process.platform !== 'win32';

describe('what content/ may hold besides plain files', () => {
  describe.skipIf(!symlinksWork)('symbolic links are never followed', () => {
    it.each([
      ['a dangling link', { 'tools/spare.md': { symlink: 'nowhere.md' } }, 'content/tools/spare.md'],
      ['a link loop', { 'tools/spare.md': { symlink: 'loop.md' }, 'tools/loop.md': { symlink: 'spare.md' } }, 'content/tools/loop.md'],
      ['a link to /dev/zero', { 'tools/spare.md': { symlink: '/dev/zero' } }, 'content/tools/spare.md'],
      ['a link to a file outside content/', { '../secret.md': SPARE_TOOL, 'tools/spare.md': { symlink: '../../secret.md' } }, 'content/tools/spare.md'],
      ['a link to a file inside content/', { 'tools/spare.md': { symlink: 'dms.md' } }, 'content/tools/spare.md'],
      ['a collection folder that is a link', { 'tools/dms.md': null, '../tools/dms.md': VALID['tools/dms.md'], tools: { symlink: '../tools' } }, 'content/tools'],
      ['a link at the top of content/', { notes: { symlink: '/etc' } }, 'content/notes'],
    ])('rejects %s, naming it, without reading through it', (_name, files, file) => {
      const result = loadFixture(files as Parameters<typeof loadFixture>[0]);
      expect(result.dataset).toBeUndefined();
      const links = result.problems.filter((p) => p.kind === 'symlink');
      expect(links.map((p) => p.file)).toContain(file);
      expect(links.every((p) => p.found.startsWith('a symbolic link'))).toBe(true);
    });

    it('reports a link once, with what to do, and nothing else about it', () => {
      const result = loadFixture({ '../secret.md': SPARE_TOOL, 'tools/spare.md': { symlink: '../../secret.md' } });
      expect(result.problems).toEqual([
        expect.objectContaining({
          kind: 'symlink',
          file: 'content/tools/spare.md',
          expected: 'a regular file (content/ does not follow symbolic links)',
          found: 'a symbolic link to ../../secret.md',
        }),
      ]);
    });
  });

  it.skipIf(!canMakeFifo)('rejects a FIFO without opening it (opening one would wait for a writer forever)', () => {
    const result = loadFixture({ 'tools/spare.md': { fifo: true } });
    expect(result.problems).toEqual([
      expect.objectContaining({ kind: 'special-file', file: 'content/tools/spare.md', expected: 'a regular file', found: 'a FIFO (named pipe)' }),
    ]);
  });

  it('rejects a 4 GB file by its size, without reading it', () => {
    const started = performance.now();
    const result = loadFixture({ 'tools/spare.md': { sparseBytes: 4 * 1024 ** 3 } });
    expect(result.problems).toEqual([
      expect.objectContaining({ kind: 'too-large', file: 'content/tools/spare.md', expected: 'at most 256 KB', found: '4194304 KB' }),
    ]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('rejects a collection path that is a file instead of a folder', () => {
    const result = loadFixture({ 'tools/dms.md': null, tools: 'not a folder' });
    expect(result.dataset).toBeUndefined();
    expect(result.problems).toContainEqual(
      expect.objectContaining({ kind: 'unreadable', file: 'content/tools', expected: 'a folder of .md files', found: 'a file' }),
    );
  });
});
