/**
 * WCAG 2 colour contrast: relative luminance of an sRGB colour and the ratio between two
 * (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance). Text needs 4.5:1 against its
 * background (1.4.3), a shape that must be told apart from what surrounds it 3:1 (1.4.11).
 */

/** Parses "#rgb" or "#rrggbb" into 0–255 channels; anything else is an error naming what was found. */
export function parseHexColour(colour: string): [number, number, number] {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!match) throw new Error(`Expected a colour as #rgb or #rrggbb, found "${colour}".`);
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** 0 for black, 1 for white: how light a colour looks, weighting green most as the eye does. */
export function relativeLuminance(colour: string): number {
  const [r, g, b] = parseHexColour(colour).map((channel) => {
    const c = channel / 255;
    // The sRGB transfer function undone; 0.04045 is the sRGB standard's threshold (WCAG 2.2 text).
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** From 1 (the same) to 21 (black on white), whichever colour is lighter. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
