import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import type { BadgeFont } from './font.ts';

/**
 * The SVG's own size. The PNG is for wikis that cannot show SVG, and those (MediaWiki's external
 * images among them) show an image at its natural size with no way to set one: at 2× the badge
 * would appear twice as big as its SVG. The SVG stays the crisp choice on high-density screens.
 */
export const PNG_SCALE = 1;

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
