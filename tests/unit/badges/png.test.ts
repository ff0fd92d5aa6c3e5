import { createHash } from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { loadBadgeFont } from '../../../src/lib/badges/font.ts';
import type { Badge } from '../../../src/lib/badges/model.ts';
import { BADGE_FILLS } from '../../../src/lib/badges/palette.ts';
import { PNG_SCALE, renderOptions, svgToPng } from '../../../src/lib/badges/png.ts';
import { badgeSvg, layoutBadge } from '../../../src/lib/badges/svg.ts';
import { projectDir } from '../../support/real-content.ts';

const font = loadBadgeFont(projectDir);
/** Written here, not read from content/, so that a content change cannot move the checksum below. */
const BADGE: Badge = {
  label: 'SQL Server → SQL MI',
  parts: [
    { text: 'Offline ✔ GA', tone: 'ga' },
    { text: 'Online ◐ Public preview', tone: 'preview' },
  ],
  title: 'SQL Server → Azure SQL Managed Instance: offline GA; online public preview',
};
const svg = badgeSvg(BADGE, font.metrics, font.family);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('badge PNG', () => {
  it('is a PNG twice the size of its SVG', () => {
    const png = svgToPng(svg, font);
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    const layout = layoutBadge(BADGE, font.metrics);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([layout.width * PNG_SCALE, layout.height * PNG_SCALE]);
  });

  it('comes out byte for byte the same every time', () => {
    expect(svgToPng(svg, font).equals(svgToPng(svg, font))).toBe(true);
  });

  it('matches the checksum of the committed rendering, so any machine can tell it draws the same bytes', () => {
    // Drawn with system fonts off and only the shipped DejaVu Sans, the bytes depend on the SVG, the
    // font file and resvg alone. Upgrading @resvg/resvg-js (or changing the font, palette or layout)
    // changes them: look at a badge, then put the new checksum here.
    expect(createHash('sha256').update(svgToPng(svg, font)).digest('hex')).toBe('addbfaf6a0816ab328a66dbbe6d71ca26a0eb5aefa4cc7124e7b82719c01530d');
  });

  it('draws opaque fills in the palette\'s colours and leaves the rounded corners clear', () => {
    const image = new Resvg(svg, renderOptions(font)).render();
    const pixel = (x: number, y: number) => {
      const at = (y * PNG_SCALE * image.width + x * PNG_SCALE) * 4;
      return `#${[...image.pixels.subarray(at, at + 3)].map((c) => c.toString(16).padStart(2, '0')).join('')}/${image.pixels[at + 3]}`;
    };
    const [label, ga, preview] = layoutBadge(BADGE, font.metrics).segments;
    // Two pixels in from a part's left edge, above the text: only its fill is drawn there.
    expect(pixel(label.x + 2, 2)).toBe(`${BADGE_FILLS.label.background}/255`);
    expect(pixel(ga.x + 2, 2)).toBe(`${BADGE_FILLS.ga.background}/255`);
    expect(pixel(preview.x + 2, 2)).toBe(`${BADGE_FILLS.preview.background}/255`);
    // The corner pixel lies almost wholly outside the rounded edge: at most a trace of anti-aliasing.
    expect(image.pixels[3]).toBeLessThan(32);
  });
});
