import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHexColour, relativeLuminance } from '../../../src/lib/contrast.ts';

describe('relative luminance and contrast', () => {
  it('gives black 0 and white 1', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(relativeLuminance('#fff')).toBeCloseTo(1, 10);
  });

  it('weights green most, then red, then blue, as WCAG does', () => {
    expect(relativeLuminance('#00ff00')).toBeCloseTo(0.7152, 4);
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 4);
    expect(relativeLuminance('#0000ff')).toBeCloseTo(0.0722, 4);
  });

  it('matches published ratios: 21 for black on white, 4.54 for #767676 on white, 4.48 for #777777', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    // The linear part of the sRGB curve: a channel of 10/255 lies below the 0.04045 threshold.
    expect(relativeLuminance('#0a0a0a')).toBeCloseTo(10 / 255 / 12.92, 10);
  });

  it('is the same whichever colour comes first, and 1 for a colour against itself', () => {
    expect(contrastRatio('#116b2e', '#ffffff')).toBe(contrastRatio('#ffffff', '#116b2e'));
    expect(contrastRatio('#8a5a00', '#8A5A00')).toBe(1);
  });

  it('refuses what is not a hex colour, saying what it found', () => {
    expect(() => parseHexColour('green')).toThrow('Expected a colour as #rgb or #rrggbb, found "green".');
    expect(() => relativeLuminance('#12345')).toThrow('found "#12345"');
  });
});
