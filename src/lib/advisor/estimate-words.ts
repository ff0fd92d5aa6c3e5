import { formatDuration } from './duration.ts';
import { formatHours } from './format.ts';
import { QUESTION_IDS } from './known-ids.ts';
import type { Estimate } from './types.ts';

/** The copy time and the window, in the words the reasons, the lead sentences and the estimate all use. */

/** "at least 44.4 h" where the figure is a lower bound, else "44.4 h". */
export const copyHours = (e: Pick<Estimate, 'hours' | 'lowerBound'>) => `${e.lowerBound ? 'at least ' : ''}${formatHours(e.hours)}`;

/** "your 15 min downtime window", or "the preset 4 h downtime window" when the visitor left it empty. */
export const windowWords = (e: Estimate) => `${e.assumed.includes(QUESTION_IDS.downtime) ? 'the preset' : 'your'} ${formatDuration(e.downtimeHours)} downtime window`;
