/**
 * The few file-system calls the reader needs, made safe for whatever content/ holds: nothing here
 * follows a link, waits on a pipe or reads more than it was asked to.
 */
import { closeSync, constants, fstatSync, openSync, readlinkSync, readSync, type Stats } from 'node:fs';

/** Opened without following a link and without waiting on a FIFO, in case the entry changed since lstat. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** What an entry is, in the words of a problem's "found". */
export function describeEntry(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFile()) return 'a file';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  return 'an entry of unknown type';
}

/** Where a symbolic link points, read without following it. */
export function linkTarget(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return 'an unreadable target';
  }
}

/**
 * Reads a regular file of at most `limit` bytes through one descriptor, checking its type and size
 * on that descriptor before reading, so what is read is what was checked.
 */
export function readBounded(path: string, limit: number): Buffer | { found: string } {
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { found: describeEntry(stat) };
    if (stat.size > limit) return { found: `${Math.round(stat.size / 1024)} KB` };
    // One byte more than the size, to notice a file that grows while it is read.
    const buffer = Buffer.alloc(stat.size + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > stat.size) return { found: 'a file that grew while it was read' };
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
