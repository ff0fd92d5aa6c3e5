import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BADGE_EDGE, BADGE_FILLS, PAGE_BACKGROUNDS } from '../../../src/lib/badges/palette.ts';
import { contrastRatio } from '../../../src/lib/contrast.ts';
import { STATUSES } from '../../../src/lib/schema/vocabulary.ts';
import { projectDir } from '../../support/real-content.ts';

/** The light theme's custom properties in global.css (its first :root block). */
function lightThemeColours(): Record<string, string> {
  const css = readFileSync(resolve(projectDir, 'src/styles/global.css'), 'utf8');
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  return Object.fromEntries([...root.matchAll(/--([\w-]+):\s*(#[0-9a-f]{3,6})\s*;/gi)].map((m) => [m[1], m[2].toLowerCase()]));
}

describe('badge colours', () => {
  it('draw every status tone in the site\'s own colours (global.css, light theme)', () => {
    const site = lightThemeColours();
    for (const tone of ['ga', 'preview', 'no', 'retired'] as const) expect(BADGE_FILLS[tone].background, tone).toBe(site[tone]);
    expect(BADGE_FILLS.listed).toEqual({ background: site.surface, text: site.fg });
    expect(BADGE_FILLS.none).toEqual({ background: site.surface, text: site.muted });
    expect(BADGE_FILLS.label.background).toBe(site.fg);
    for (const status of Object.values(STATUSES)) expect(BADGE_FILLS[status.tone]).toBeDefined();
  });

  it('give every text a contrast of at least 4.5:1 against its own background', () => {
    const ratios = Object.entries(BADGE_FILLS).map(([tone, fill]) => ({ tone, ratio: contrastRatio(fill.text, fill.background) }));
    for (const { tone, ratio } of ratios) expect(ratio, tone).toBeGreaterThanOrEqual(4.5);
  });

  it('outline the badge in a colour of at least 3:1 against a white and a dark page', () => {
    expect(contrastRatio(BADGE_EDGE, PAGE_BACKGROUNDS.white)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(BADGE_EDGE, PAGE_BACKGROUNDS.dark)).toBeGreaterThanOrEqual(3);
  });

  it('use only opaque colours', () => {
    const colours = [BADGE_EDGE, ...Object.values(BADGE_FILLS).flatMap((f) => [f.background, f.text])];
    for (const colour of colours) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
  });
});
