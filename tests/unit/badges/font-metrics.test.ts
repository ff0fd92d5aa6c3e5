import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { BADGE_FONT } from '../../../src/lib/badges/font.ts';
import { FontFormatError, parseFontMetrics, textWidth } from '../../../src/lib/badges/font-metrics.ts';
import { projectDir } from '../../support/real-content.ts';

const fontFile = resolve(projectDir, BADGE_FONT.file);
const dejaVu = parseFontMetrics(readFileSync(fontFile), fontFile);

/**
 * A minimal font for the parser: head, hhea, hmtx and one cmap subtable, with glyph 1 for "A",
 * 2 for "B", 3 for "x" (and, in format 12, 4 for U+1F600). hmtx holds three metrics for five
 * glyphs, so glyphs 3 and 4 share the last one.
 */
function tinyFont(cmapFormat: 4 | 12): Uint8Array {
  const u16 = (...values: number[]) => values.flatMap((v) => [(v >> 8) & 0xff, v & 0xff]);
  const u32 = (v: number) => [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
  const head = new Array(54).fill(0);
  head.splice(18, 2, ...u16(1000));
  const hhea = new Array(36).fill(0);
  hhea.splice(34, 2, ...u16(3));
  const hmtx = [...u16(500, 0), ...u16(600, 0), ...u16(700, 0), ...u16(0), ...u16(0)];
  // Format 4: "A"–"B" by idDelta, "x" through idRangeOffset into glyphIdArray, and the closing 0xFFFF segment.
  const format4 = [
    ...u16(4, 0, 0, 6, 0, 0, 0),
    ...u16(66, 120, 0xffff, 0),
    ...u16(65, 120, 0xffff),
    ...u16((1 - 65) & 0xffff, 0, 1),
    ...u16(0, 4, 0),
    ...u16(3),
  ];
  const format12 = [...u16(12, 0), ...u32(0), ...u32(0), ...u32(3), ...[65, 66, 1, 120, 120, 3, 0x1f600, 0x1f600, 4].flatMap(u32)];
  const cmap = [...u16(0, 1), ...u16(3, cmapFormat === 4 ? 1 : 10), ...u32(12), ...(cmapFormat === 4 ? format4 : format12)];
  const tables: [string, number[]][] = [['cmap', cmap], ['head', head], ['hhea', hhea], ['hmtx', hmtx]];
  let offset = 12 + tables.length * 16;
  const directory: number[] = [];
  const bodies: number[] = [];
  for (const [tag, body] of tables) {
    directory.push(...[...tag].map((c) => c.charCodeAt(0)), ...u32(0), ...u32(offset), ...u32(body.length));
    bodies.push(...body);
    offset += body.length;
  }
  return Uint8Array.from([...u32(0x00010000), ...u16(tables.length, 0, 0, 0), ...directory, ...bodies]);
}

describe('font metrics', () => {
  it('reads DejaVu Sans: 2048 units per em and its advance widths', () => {
    expect(dejaVu.unitsPerEm).toBe(2048);
    const advance = (char: string) => dejaVu.advanceOf(dejaVu.glyphOf(char.codePointAt(0)!)!);
    expect(advance('A')).toBe(1401);
    expect(advance(' ')).toBe(651);
    expect(advance('→')).toBe(1716);
    expect(textWidth(dejaVu, 'AA', 11)).toBeCloseTo((2 * 1401 * 11) / 2048, 10);
  });

  it('has a glyph for every symbol a badge can show', async () => {
    const { STATUSES, NO_OFFERING } = await import('../../../src/lib/schema/vocabulary.ts');
    const symbols = [...Object.values(STATUSES).map((s) => s.symbol), NO_OFFERING.symbol, '→'];
    for (const symbol of symbols) expect(dejaVu.glyphOf(symbol.codePointAt(0)!), symbol).toBeDefined();
  });

  it('reads a format 4 cmap, by idDelta and by idRangeOffset', () => {
    const font = parseFontMetrics(tinyFont(4));
    expect(['A', 'B', 'x', 'C', 'a'].map((c) => font.glyphOf(c.codePointAt(0)!))).toEqual([1, 2, 3, undefined, undefined]);
    expect(font.glyphOf(0x1f600)).toBeUndefined();
    expect(font.unitsPerEm).toBe(1000);
  });

  it('reads a format 12 cmap, beyond the Basic Multilingual Plane too', () => {
    const font = parseFontMetrics(tinyFont(12));
    expect(['A', 'B', 'x', 'C', '😀'].map((c) => font.glyphOf(c.codePointAt(0)!))).toEqual([1, 2, 3, undefined, 4]);
  });

  it('gives glyphs past the last horizontal metric the last advance', () => {
    const font = parseFontMetrics(tinyFont(12));
    expect([0, 1, 2, 3, 4].map((g) => font.advanceOf(g))).toEqual([500, 600, 700, 700, 700]);
    expect(textWidth(font, 'ABx', 10)).toBeCloseTo((600 + 700 + 700) / 100, 10);
  });

  it('names the characters the font cannot draw', () => {
    expect(() => textWidth(parseFontMetrics(tinyFont(4)), 'AxC😀', 11)).toThrow('The badge font has no glyph for "C" (U+0043), "😀" (U+1F600) in "AxC😀"');
  });

  it('refuses a file that is not a font, naming the file and what is missing', () => {
    expect(() => parseFontMetrics(new Uint8Array(4), 'x.ttf')).toThrow(new FontFormatError('x.ttf: only 4 bytes; expected a TrueType or OpenType font with head, hhea, hmtx and a Unicode cmap.'));
    const noCmap = tinyFont(4);
    noCmap.set([...'cmaq'].map((c) => c.charCodeAt(0)), 12);
    expect(() => parseFontMetrics(noCmap, 'y.ttf')).toThrow('y.ttf: no "cmap" table (found cmaq, head, hhea, hmtx)');
  });

  it('agrees with resvg, drawing with the same font, on how wide a text is', () => {
    const text = 'PostgreSQL Single Server → SQL MI: ✔ GA ◐ ○ ✕';
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="20"><text x="0" y="14" font-family="DejaVu Sans" font-size="11">${text}</text></svg>`;
    const resvg = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: [fontFile], defaultFontFamily: BADGE_FONT.family } });
    const inked = resvg.getBBox()!;
    // The ink lies within the advances: a side bearing or kerning pair apart at each end, at most.
    expect(inked.x + inked.width).toBeLessThanOrEqual(textWidth(dejaVu, text, 11) + 1);
    expect(inked.x + inked.width).toBeGreaterThan(textWidth(dejaVu, text, 11) - 3);
  });
});
