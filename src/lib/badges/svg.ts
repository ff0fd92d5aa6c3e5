import { textWidth, type FontMetrics } from './font-metrics.ts';
import type { Badge } from './model.ts';
import { BADGE_EDGE, BADGE_FILLS, type BadgeTone } from './palette.ts';

/**
 * A badge as a self-contained SVG: no script, no external reference, no id (two badges inlined in
 * one page cannot clash), text escaped, and an accessible name (role="img", <title>, aria-label).
 * Text is sized from the font's own advance widths and pinned with textLength, so it fills its
 * box the same way in resvg, in a browser with DejaVu Sans, and in one that falls back to another
 * sans-serif.
 */

/** Sizes in CSS pixels: the 20 px height and 11 px text of the common README badge. */
export const BADGE_SIZE = { height: 20, fontSize: 11, padding: 6, baseline: 14, radius: 3 } as const;

export interface BadgeSegment {
  x: number;
  width: number;
  text: string;
  /** The text's advance width at BADGE_SIZE.fontSize, before rounding the box up to whole pixels. */
  textWidth: number;
  tone: BadgeTone;
}

export interface BadgeLayout {
  width: number;
  height: number;
  segments: BadgeSegment[];
}

export function layoutBadge(badge: Badge, font: FontMetrics): BadgeLayout {
  const { fontSize, padding, height } = BADGE_SIZE;
  const pieces: { text: string; tone: BadgeTone }[] = [{ text: badge.label, tone: 'label' }, ...badge.parts];
  let x = 0;
  const segments = pieces.map(({ text, tone }) => {
    const measured = textWidth(font, text, fontSize);
    const segment = { x, width: Math.ceil(measured) + 2 * padding, text, textWidth: measured, tone };
    x += segment.width;
    return segment;
  });
  return { width: x, height, segments };
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

/** Two decimals at most: short, and the same string on every machine. */
const n = (value: number) => String(Math.round(value * 100) / 100);

/** A rectangle with its left and/or right corners rounded. */
function segmentPath(x: number, width: number, height: number, roundLeft: boolean, roundRight: boolean): string {
  const r = BADGE_SIZE.radius;
  const left = roundLeft ? `M${n(x + r)} 0` : `M${n(x)} 0`;
  const topRight = roundRight ? `H${n(x + width - r)}a${r} ${r} 0 0 1 ${r} ${r}V${n(height - r)}a${r} ${r} 0 0 1 -${r} ${r}` : `H${n(x + width)}V${n(height)}`;
  const bottomLeft = roundLeft ? `H${n(x + r)}a${r} ${r} 0 0 1 -${r} -${r}V${r}a${r} ${r} 0 0 1 ${r} -${r}Z` : `H${n(x)}Z`;
  return `${left}${topRight}${bottomLeft}`;
}

export function badgeSvg(badge: Badge, font: FontMetrics, fontFamily: string): string {
  const { width, height, segments } = layoutBadge(badge, font);
  const { fontSize, padding, baseline, radius } = BADGE_SIZE;
  const title = escapeXml(badge.title);
  const last = segments.length - 1;
  const fills = segments.map((s, i) => `<path fill="${BADGE_FILLS[s.tone].background}" d="${segmentPath(s.x, s.width, height, i === 0, i === last)}"/>`);
  // The rules between parts and the outline sit on the fills, half a pixel in, so they stay crisp.
  const rules = segments.slice(1).map((s) => `<path stroke="${BADGE_EDGE}" d="M${n(s.x + 0.5)} 0.5V${n(height - 0.5)}"/>`);
  const outline = `<rect x="0.5" y="0.5" width="${n(width - 1)}" height="${n(height - 1)}" rx="${n(radius - 0.5)}" fill="none" stroke="${BADGE_EDGE}"/>`;
  const texts = segments.map(
    (s) => `<text x="${n(s.x + padding)}" y="${baseline}" fill="${BADGE_FILLS[s.tone].text}" textLength="${n(s.textWidth)}" lengthAdjust="spacing">${escapeXml(s.text)}</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    ...fills,
    ...rules,
    outline,
    `<g font-family="${escapeXml(`'${fontFamily}', sans-serif`)}" font-size="${fontSize}">`,
    ...texts,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
