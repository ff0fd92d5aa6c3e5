import { STATUSES } from '../schema/vocabulary.ts';

/**
 * The colours a badge is drawn in. Statuses take the site's light-theme tone colours
 * (src/styles/global.css: --ga, --preview, --no, --retired; tests/unit/badges/palette.test.ts
 * keeps them equal) as an opaque fill under white text. A path listed without a status and a mode
 * with no path take the site's light surface, as their matrix cells do (matrix.css .tone-listed,
 * .tone-none), so neither reads as GA's green or preview's amber; their words tell them apart.
 * A badge sits on pages we do not control, white or dark: its edge is a mid grey that stands out
 * at 3:1 or more against both (the test computes every ratio).
 */

export type StatusTone = (typeof STATUSES)[keyof typeof STATUSES]['tone'];
/** A status's tone, the pair's label, or a mode no document lists a path for. */
export type BadgeTone = StatusTone | 'label' | 'none';

export interface Fill {
  background: string;
  text: string;
}

const WHITE = '#ffffff';

export const BADGE_FILLS: Record<BadgeTone, Fill> = {
  // --fg: the pair in the site's text colour, a neutral that no status uses as a fill.
  label: { background: '#1b1f24', text: WHITE },
  ga: { background: '#116b2e', text: WHITE },
  preview: { background: '#8a5a00', text: WHITE },
  no: { background: '#b3261e', text: WHITE },
  retired: { background: '#5c5f66', text: WHITE },
  // --surface with --fg, as .tone-listed; --surface with --muted, as .tone-none and .status-none.
  listed: { background: '#f5f7f9', text: '#1b1f24' },
  none: { background: '#f5f7f9', text: '#4f5863' },
};

/** The badge's outline and the rules between its parts. */
export const BADGE_EDGE = '#767b82';

/** The pages a badge must stand out on: a white wiki and a dark one (GitHub's dark canvas). */
export const PAGE_BACKGROUNDS = { white: '#ffffff', dark: '#0d1117' } as const;
