import { findRule } from './cite.ts';
import { presetsUsed } from './estimate.ts';
import { copyHours, windowWords } from './estimate-words.ts';
import { RULE_IDS } from './known-ids.ts';
import type { AdvisorData, Recommendation } from './types.ts';

/*
 * The sentences under a recommendation's headline: what the downtime holds and whether the window
 * is realistic, the copy estimate, and which answers are presets. They lead the page's summary,
 * the Markdown and the short summary.
 */
export function leadLines(data: AdvisorData, rec: Recommendation): string[] {
  const e = rec.estimate;
  if (!e) return [];
  const window = windowWords(e);
  const lines =
    rec.mode === 'online'
      ? [
          // Online, the outage is the cutover, not the copy: what it involves (the guide's words), then the window.
          `${findRule(data, RULE_IDS.manualCutover)?.rule.text ?? ''} Only that cutover has to fit in ${window}${
            e.downtimeHours > 0 ? '; rehearse it' : ', and no cutover takes 0 min'
          }.`.trim(),
          `The source stays in use during the copy: ${copyHours(e)} by the offline estimate.`,
        ]
      : rec.mode === 'offline'
        ? [`Estimated offline copy: ${copyHours(e)}; it ${e.fits ? 'fits' : 'does not fit'} ${window}.`]
        : [];
  if (e.assumedText.length > 0) lines.push(presetsUsed(e.assumedText));
  return lines;
}
