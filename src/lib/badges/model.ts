import type { Dataset, Entry } from '../data/dataset.ts';
import { isRetired, retirement, shortName } from '../data/queries.ts';
import { modeSummary, type ScenarioPath } from '../scenario/paths.ts';
import type { LifecycleEventData } from '../schema/lifecycle.ts';
import type { ScenarioData } from '../schema/scenario.ts';
import { byStatusRank, LIFECYCLE_EVENTS, MODE_IDS, MODES, NO_OFFERING, STATUSES, type LifecycleEvent, type Mode, type Status } from '../schema/vocabulary.ts';
import type { BadgeTone } from './palette.ts';

/**
 * What a scenario's status badge says, in the site's own words: the pair by short names, then each
 * mode's current status (symbol and short word, as a matrix cell shows it) or "No offering listed".
 * Pure: the SVG and PNG are drawn from this, and the endpoints only wire it to a scenario.
 */

export interface BadgePart {
  /** What the part shows: "Offline ✔ GA". */
  text: string;
  tone: BadgeTone;
}

export interface Badge {
  /** The pair by short names: "SQL Server → SQL MI". */
  label: string;
  /** One part per mode shown. */
  parts: BadgePart[];
  /**
   * The whole badge as one sentence with full names, for its accessible name. Modes are set apart
   * by semicolons, since a status's words may hold a comma ("listed, status not stated").
   */
  title: string;
}

/** A mode's current state: the status that speaks for it, or no path listed at all. */
export type ModeState = { kind: 'status'; status: Status } | { kind: 'none' };

type EndingEvent = { [E in LifecycleEvent]: (typeof LIFECYCLE_EVENTS)[E]['ends'] extends true ? E : never }[LifecycleEvent];
/** The status word for a path whose tool or target has ended: each ending event has one. */
const ENDING_STATUS: Record<EndingEvent, Status> = { retired: 'retired', 'ended-with-host': 'ended-with-host' };

/**
 * The status a mode has today, from the scenario page's summary (modeSummary): its best path's
 * status while that path is usable; once it has ended, the best of the mode's other usable paths;
 * with none, the best path's own status, or, where that status still reads as usable but its tool
 * or target has ended here, the ending ("Retired", "Ended") rather than a status no longer true.
 */
export function modeState(dataset: Dataset, scenario: Entry<ScenarioData>, mode: Mode, today: string): ModeState {
  const { best, otherCurrent } = modeSummary(dataset, scenario, mode, today);
  if (!best) return { kind: 'none' };
  if (!best.ended) return { kind: 'status', status: best.status };
  const [current] = [...otherCurrent].sort((a, b) => byStatusRank(a.status, b.status));
  if (current) return { kind: 'status', status: current.status };
  if (!STATUSES[best.status].supported) return { kind: 'status', status: best.status };
  return { kind: 'status', status: endingStatus(dataset, scenario, best, today) };
}

function endingStatus(dataset: Dataset, scenario: Entry<ScenarioData>, path: ScenarioPath, today: string): Status {
  const toolScope = { dataset, scenario, offering: path.offering };
  const targetScope = { dataset, scenario };
  const tool = dataset.tools[path.tool];
  const target = dataset.platforms[scenario.data.target];
  let event: LifecycleEventData | undefined;
  if (isRetired(tool, today, toolScope)) event = retirement(tool, toolScope);
  else if (isRetired(target, today, targetScope)) event = retirement(target, targetScope);
  // scenarioPaths calls a path with a usable status ended only when its tool or target has ended.
  if (!event || !isEndingEvent(event.event)) {
    throw new Error(`${scenario.id}: the ${path.mode} path with ${path.tool} is marked ended, but neither its tool nor its target has ended by ${today}.`);
  }
  return ENDING_STATUS[event.event];
}

const isEndingEvent = (event: LifecycleEvent): event is EndingEvent => LIFECYCLE_EVENTS[event].ends;

/** The words of a mode's state: the status's short word as cells show it, or NO_OFFERING's. */
function stateWords(state: ModeState): { visible: string; spoken: string; tone: BadgeTone } {
  if (state.kind === 'none') return { visible: `${NO_OFFERING.symbol} ${NO_OFFERING.label}`, spoken: NO_OFFERING.label, tone: 'none' };
  const word = STATUSES[state.status];
  // A path listed without a status is spoken in full ("listed, status not stated"), never as a bare "listed".
  return { visible: `${word.symbol} ${word.short}`, spoken: word.stated ? word.short : word.label, tone: word.tone };
}

/** "Generally available" → "generally available" within a sentence; an abbreviation (GA) keeps its capitals. */
const inSentence = (word: string) => (word === word.toUpperCase() ? word : word.charAt(0).toLowerCase() + word.slice(1));

/** The badge of a scenario: both modes, or one. */
export function scenarioBadge(dataset: Dataset, scenario: Entry<ScenarioData>, today: string, mode?: Mode): Badge {
  const source = dataset.platforms[scenario.data.source];
  const target = dataset.platforms[scenario.data.target];
  const modes = mode ? [mode] : MODE_IDS;
  const words = modes.map((m) => ({ mode: m, ...stateWords(modeState(dataset, scenario, m, today)) }));
  return {
    label: `${shortName(source)} → ${shortName(target)}`,
    parts: words.map((w) => ({ text: `${MODES[w.mode].label} ${w.visible}`, tone: w.tone })),
    title: `${source.data.name} → ${target.data.name}: ${words.map((w) => `${MODES[w.mode].label.toLowerCase()} ${inSentence(w.spoken)}`).join('; ')}`,
  };
}
