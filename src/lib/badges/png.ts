import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import type { BadgeFont } from './font.ts';

/** Twice the SVG's size: crisp on high-density screens, and still small (a few kB). */
export const PNG_SCALE = 2;

/**
 * A badge's PNG, drawn from its SVG by resvg with the machine's fonts switched off: only the font
 * the project ships is loaded, and it is also every generic family's font, so the pixels depend on
 * nothing but the SVG, that file and the resvg version. Every build machine makes the same bytes.
 */
export function svgToPng(svg: string, font: BadgeFont): Buffer {
  return new Resvg(svg, renderOptions(font)).render().asPng();
}

export function renderOptions(font: BadgeFont): ResvgRenderOptions {
  return {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    font: { loadSystemFonts: false, fontFiles: [font.file], defaultFontFamily: font.family, sansSerifFamily: font.family },
    logLevel: 'off',
  };
}
