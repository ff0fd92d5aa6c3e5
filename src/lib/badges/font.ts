import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFontMetrics, type FontMetrics } from './font-metrics.ts';

/**
 * The one font badges are drawn in: DejaVu Sans, shipped in the project (with its licence beside
 * it) so that the PNG renderer never looks at the machine's fonts and every build draws the same
 * pixels. The SVG names the same family, so a browser that has it shows the same text.
 */
export const BADGE_FONT = {
  family: 'DejaVu Sans',
  /** Relative to the project folder. */
  file: 'src/assets/fonts/DejaVuSans.ttf',
} as const;

export interface BadgeFont {
  family: string;
  /** Absolute path of the TTF, for the PNG renderer. */
  file: string;
  metrics: FontMetrics;
}

export function loadBadgeFont(projectDir: string): BadgeFont {
  const file = resolve(projectDir, BADGE_FONT.file);
  return { family: BADGE_FONT.family, file, metrics: parseFontMetrics(readFileSync(file), file) };
}
