/*
 * "Remember this inventory on this device": the inventory's text in localStorage, written only
 * while the reader has ticked the box and removed when they untick it or press Clear. The key
 * carries the page's own address (not paths.ts: see view-table.ts on sharing modules with the
 * wizard), so two copies of the site on one host keep apart.
 */

const key = () => `migration-advisor:fleet-inventory:${location.pathname}`;

export interface Remembered {
  text: string;
  /** The file's name, or "pasted text". */
  name: string;
}

/** What was remembered, or undefined (nothing kept, storage blocked, or a value this page did not write). */
export function recall(): Remembered | undefined {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key()) ?? 'null');
    if (typeof value === 'object' && value !== null && 'text' in value && 'name' in value && typeof value.text === 'string' && typeof value.name === 'string') return { text: value.text, name: value.name };
  } catch {
    // Storage blocked, or not JSON: nothing to restore.
  }
  return undefined;
}

/** Keeps the inventory; returns why it could not (storage full or blocked), or '' when it did. */
export function remember(value: Remembered): string {
  try {
    localStorage.setItem(key(), JSON.stringify(value));
    return '';
  } catch (error) {
    return `This browser would not keep the inventory (${error instanceof Error ? error.name : String(error)}): it may be too large for local storage, or storage is turned off. It is still advised below.`;
  }
}

export function forget(): void {
  try {
    localStorage.removeItem(key());
  } catch {
    // Storage blocked: nothing was kept.
  }
}
