import { statusBadge, text, type Fact, type Inline, type ResultModel } from '../advisor/result-sections.ts';
import type { Dataset, Entry } from '../data/dataset.ts';
import { scenarioTitle } from '../data/queries.ts';
import type { ScenarioData } from '../schema/scenario.ts';
import { MODE_IDS, MODES, NO_OFFERING, STATUSES } from '../schema/vocabulary.ts';
import { modeSummary, type ModeSummary } from './paths.ts';
import { blockerWords, NO_PATH, otherPathNames, pathVerb } from './summary-words.ts';

/*
 * A scenario's summary (both modes: status, tool, blockers, as of a date) as a result model
 * (advisor/result-sections.ts), so the renderers that write the wizard's answer for a wiki write
 * this too. It says what the top of the scenario page says, from the same modeSummary.
 */

/** One mode in a line: "✔ GA. With Azure Database Migration Service, since 2022-06-13. 2 blockers for everyone; …". */
function modeFact(summary: ModeSummary, pair: { source: string; target: string }): Fact {
  const { mode, best } = summary;
  const term = MODES[mode].label;
  if (!best) return { term, value: [text(`${NO_OFFERING.symbol} ${NO_PATH}`)] };
  const others = otherPathNames(summary);
  const value: Inline[] = [statusBadge(best.status), text(`. ${pathVerb(best)} ${best.toolName}, since ${best.since}.${others ? ` Also: ${others}.` : ''}`)];
  if (!best.ended) {
    const blockers = blockerWords(summary);
    value.push(text(` ${blockers.everyone}`));
    if (blockers.someCases) value.push(text(`; ${blockers.someCases} (`), { kind: 'link', text: 'check yours', to: { kind: 'pair', ...pair } }, text(')'));
    value.push(text('.'));
  }
  return { term, value };
}

/** What the badge shows, in words a screen reader says well: "offline generally available, online preview". */
const badgeWords = (summaries: readonly ModeSummary[]) =>
  summaries.map(({ mode, best }) => `${MODES[mode].label.toLowerCase()} ${(best ? STATUSES[best.status].label : NO_OFFERING.label).toLowerCase()}`).join(', ');

export function scenarioSummaryModel(dataset: Dataset, scenario: Entry<ScenarioData>, today: string): ResultModel {
  const summaries = MODE_IDS.map((mode) => modeSummary(dataset, scenario, mode, today));
  const { source, target } = scenario.data;
  const title = scenarioTitle(dataset, scenario.data);
  // Each mode's status as its badge shows it, or that no document lists a tool.
  const headline = summaries
    .map(({ mode, best }) => `${MODES[mode].label}: ${best ? `${STATUSES[best.status].symbol} ${STATUSES[best.status].short}` : `${NO_OFFERING.symbol} ${NO_OFFERING.label}`}`)
    .join(' · ');
  return {
    title,
    headline,
    // Nothing is recommended: the summary states each mode as the documents give it.
    mode: 'none',
    lead: [],
    scenario: { kind: 'scenario', id: scenario.id },
    badge: { scenario: scenario.id, alt: `Migration status of ${title}: ${badgeWords(summaries)}` },
    judged: `Statuses and retirements as of ${today}. Last reviewed ${scenario.data.reviewed}.`,
    sections: [{ kind: 'summary', title: 'In short', blocks: [{ kind: 'facts', facts: summaries.map((s) => modeFact(s, { source, target })) }] }],
  };
}
