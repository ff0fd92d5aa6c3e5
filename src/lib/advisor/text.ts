const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
/** Tags that separate words; every other tag (code, em, a) sits inside a sentence. */
const BLOCK = /<\/?(?:p|br|li|ul|ol|h[1-6]|div|blockquote|pre|table|tr|td|th)\b[^>]*>/gi;

function decode(entity: string): string {
  const name = entity.slice(1, -1).toLowerCase();
  if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
  return NAMED[name] ?? entity;
}

/** Plain text from the sanitised HTML of a content body, for a page that shows it with textContent. */
export function htmlToText(html: string): string {
  return html
    .replace(BLOCK, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, decode)
    .replace(/\s+/g, ' ')
    .trim();
}
