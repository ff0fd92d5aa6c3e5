/**
 * Advance widths from a TrueType file, so a badge is sized by the font that draws it (the one the
 * project ships, rendered with system fonts off) rather than by another font's table. Reads only
 * what widths need: `head` (units per em), `hhea` (how many metrics `hmtx` holds), `hmtx`, and a
 * Unicode `cmap` subtable (format 12, else format 4). Kerning is left out: the SVG fixes each
 * text's length (textLength), so a few units of kerning cannot push text out of its box.
 */

export interface FontMetrics {
  unitsPerEm: number;
  /** Glyph id of a code point, or undefined where the font has no glyph for it. */
  glyphOf(codePoint: number): number | undefined;
  /** Advance width of a glyph, in font units. */
  advanceOf(glyph: number): number;
}

/** A font file this module cannot read, naming what was expected and what was found. */
export class FontFormatError extends Error {
  override name = 'FontFormatError';
}

export function parseFontMetrics(bytes: Uint8Array, source = 'font file'): FontMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fail = (what: string): never => {
    throw new FontFormatError(`${source}: ${what}; expected a TrueType or OpenType font with head, hhea, hmtx and a Unicode cmap.`);
  };
  if (bytes.byteLength < 12) fail(`only ${bytes.byteLength} bytes`);
  const tables = new Map<string, { offset: number; length: number }>();
  const tableCount = view.getUint16(4);
  if (12 + tableCount * 16 > bytes.byteLength) fail(`a table directory of ${tableCount} tables runs past the end of the file`);
  for (let i = 0; i < tableCount; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]);
    tables.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  const table = (tag: string) => {
    const found = tables.get(tag);
    if (!found) return fail(`no "${tag}" table (found ${[...tables.keys()].join(', ') || 'none'})`);
    if (found.offset + found.length > bytes.byteLength) return fail(`the "${tag}" table runs past the end of the file`);
    return found;
  };

  const unitsPerEm = view.getUint16(table('head').offset + 18);
  if (unitsPerEm === 0) fail('head.unitsPerEm is 0');
  const metricCount = view.getUint16(table('hhea').offset + 34);
  const hmtx = table('hmtx');
  if (metricCount === 0 || metricCount * 4 > hmtx.length) fail(`hhea says ${metricCount} metrics but hmtx holds ${Math.floor(hmtx.length / 4)}`);
  const glyphOf = unicodeCmap(view, table('cmap').offset) ?? fail('no Unicode cmap subtable of format 4 or 12');

  return {
    unitsPerEm,
    glyphOf,
    // Glyphs past the last metric share its advance (the monospaced tail the format allows).
    advanceOf: (glyph) => view.getUint16(hmtx.offset + Math.min(glyph, metricCount - 1) * 4),
  };
}

/** The best Unicode subtable: a full-range format 12 (platform 3 encoding 10, or 0/4), else BMP format 4. */
function unicodeCmap(view: DataView, cmap: number): ((codePoint: number) => number | undefined) | undefined {
  const subtables: { platform: number; encoding: number; format: number; offset: number }[] = [];
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const at = cmap + 4 + i * 8;
    const offset = cmap + view.getUint32(at + 4);
    subtables.push({ platform: view.getUint16(at), encoding: view.getUint16(at + 2), format: view.getUint16(offset), offset });
  }
  const isUnicode = (s: (typeof subtables)[number]) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10));
  const format12 = subtables.find((s) => isUnicode(s) && s.format === 12);
  if (format12) return format12Lookup(view, format12.offset);
  const format4 = subtables.find((s) => isUnicode(s) && s.format === 4);
  return format4 && format4Lookup(view, format4.offset);
}

function format12Lookup(view: DataView, at: number) {
  const groups = view.getUint32(at + 12);
  return (codePoint: number) => {
    for (let i = 0; i < groups; i++) {
      const g = at + 16 + i * 12;
      const start = view.getUint32(g);
      if (codePoint < start) return undefined;
      if (codePoint <= view.getUint32(g + 4)) return view.getUint32(g + 8) + codePoint - start || undefined;
    }
    return undefined;
  };
}

function format4Lookup(view: DataView, at: number) {
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (codePoint: number) => {
    if (codePoint > 0xffff) return undefined;
    for (let i = 0; i < segments; i++) {
      if (codePoint > view.getUint16(ends + i * 2)) continue;
      const start = view.getUint16(starts + i * 2);
      if (codePoint < start) return undefined;
      const delta = view.getUint16(deltas + i * 2);
      const rangeOffset = view.getUint16(rangeOffsets + i * 2);
      if (rangeOffset === 0) return (codePoint + delta) % 65536 || undefined;
      // idRangeOffset is relative to its own slot in the array (the format's pointer trick).
      const glyph = view.getUint16(rangeOffsets + i * 2 + rangeOffset + (codePoint - start) * 2);
      return glyph === 0 ? undefined : (glyph + delta) % 65536 || undefined;
    }
    return undefined;
  };
}

/** A text's width in pixels at a font size; throws naming the characters the font cannot draw. */
export function textWidth(font: FontMetrics, text: string, fontSize: number): number {
  let units = 0;
  const missing: string[] = [];
  for (const char of text) {
    const glyph = font.glyphOf(char.codePointAt(0)!);
    if (glyph === undefined) missing.push(`"${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
    else units += font.advanceOf(glyph);
  }
  if (missing.length > 0) throw new FontFormatError(`The badge font has no glyph for ${missing.join(', ')} in "${text}"; use other characters or ship a font that has them.`);
  return (units * fontSize) / font.unitsPerEm;
}
