import { blockersOf, UNANSWERED } from '../advisor/offerings.ts';
import type { Dataset, Entry } from '../data/dataset.ts';
import { bestOffering, considerationsFor, isRetired, offeringToolName, statusAsOf, statusSince } from '../data/queries.ts';
import { selectorMatchesScenarioOffering } from '../data/selectors.ts';
import type { ConsiderationData } from '../schema/consideration.ts';
import type { OfferingData, ScenarioData } from '../schema/scenario.ts';
import { MODE_IDS, MODES, STATUSES, type Mode, type Status } from '../schema/vocabulary.ts';

/*
 * A scenario page as a reader with one question needs it: per mode, the path to take and what
 * stands in its way; then every limitation under the paths it concerns, current tools first and
 * ended ones set apart. Pure: the page renders what these return.
 */

/** One way through a scenario: a tool in a mode, with whether it can still be used as of today. */
export interface ScenarioPath {
  offering: OfferingData;
  mode: Mode;
  tool: string;
  /** The name the documents use for this path ("DMS (classic)"), else the tool's name. */
  toolName: string;
  /** The same, short where the tool has a short name: for headings that list several paths. */
  shortToolName: string;
  status: Status;
  since: string;
  /** Not usable as of today: its status supports nothing, or its tool or the target has ended here. */
  ended: boolean;
}

export function scenarioPaths(dataset: Dataset, scenario: Entry<ScenarioData>, today: string): ScenarioPath[] {
  const targetEnded = isRetired(dataset.platforms[scenario.data.target], today, { dataset, scenario });
  return scenario.data.offerings.map((offering) => {
    // As of `today`; pages pass the build date, on or after every history entry (check-plausibility.ts).
    const status = (statusAsOf(offering, today) ?? offering.history[0]).status;
    const toolEnded = isRetired(dataset.tools[offering.tool], today, { dataset, scenario, offering });
    return {
      offering,
      mode: offering.mode,
      tool: offering.tool,
      toolName: offeringToolName(dataset.tools, offering),
      shortToolName: offeringToolName(dataset.tools, offering, 'short'),
      status,
      since: statusSince(offering, today),
      ended: !STATUSES[status].supported || toolEnded || targetEnded,
    };
  });
}

/** A mode's paths, those still usable first, each side in the order authors wrote them. */
export function modePaths(dataset: Dataset, scenario: Entry<ScenarioData>, mode: Mode, today: string): ScenarioPath[] {
  return scenarioPaths(dataset, scenario, today)
    .filter((p) => p.mode === mode)
    .sort((a, b) => Number(a.ended) - Number(b.ended));
}

/** What the summary at the top of a scenario page says about one mode. */
export interface ModeSummary {
  mode: Mode;
  /** The path that speaks for the mode (queries.bestOffering), absent when no tool is listed. */
  best?: ScenarioPath;
  /** Other paths of the mode still usable today. */
  otherCurrent: ScenarioPath[];
  /** Blockers of the best path that apply to everyone, and those that apply only in some cases. */
  blocks: string[];
  mayBlock: string[];
}

export function modeSummary(dataset: Dataset, scenario: Entry<ScenarioData>, mode: Mode, today: string): ModeSummary {
  const paths = scenarioPaths(dataset, scenario, today).filter((p) => p.mode === mode);
  const bestOfMode = bestOffering(dataset, scenario, mode);
  const best = paths.find((p) => p.offering === bestOfMode);
  const verdict = best ? blockersOf(dataset, scenario, best.offering, UNANSWERED) : { blocks: [], mayBlock: [] };
  return {
    mode,
    ...(best && { best }),
    otherCurrent: paths.filter((p) => p !== best && !p.ended),
    blocks: verdict.blocks,
    mayBlock: verdict.mayBlock,
  };
}

/** Limitations and prerequisites that concern the same set of paths, under one heading. */
export interface PathGroup {
  /** Stable within a page: the modes and tools the group covers. */
  key: string;
  label: string;
  /** Where the group sits: one mode's section, or the section for both modes. */
  section: Mode | 'both';
  paths: ScenarioPath[];
  /** Every path it concerns has ended: folded away on the page. */
  ended: boolean;
  items: Entry<ConsiderationData>[];
}

/**
 * Every consideration of the scenario, each under exactly one group: the set of paths its selector
 * covers here. Groups that concern only ended paths come last (the page folds them); within each,
 * items keep the site's order (most severe first, then by title). A consideration that covers no
 * offering of the scenario (a selector on the pair alone, with no tools listed) concerns every path.
 */
export function considerationGroups(dataset: Dataset, scenario: Entry<ScenarioData>, today: string): PathGroup[] {
  const paths = scenarioPaths(dataset, scenario, today);
  const groups = new Map<string, PathGroup>();
  for (const item of considerationsFor(dataset, scenario)) {
    const covered = paths.filter((p) => selectorMatchesScenarioOffering(item.data.appliesTo, scenario, p.offering, dataset));
    const concerned = covered.length > 0 ? covered : paths;
    const key = concerned.map((p) => `${p.mode}:${p.tool}`).join(' ') || 'pair';
    let group = groups.get(key);
    if (!group) {
      const current = concerned.filter((p) => !p.ended);
      const placed = current.length > 0 ? current : concerned;
      const modes = MODE_IDS.filter((mode) => placed.some((p) => p.mode === mode));
      group = {
        key,
        label: groupLabel(concerned, paths),
        section: modes.length === 1 ? modes[0] : 'both',
        paths: concerned,
        ended: concerned.length > 0 && current.length === 0,
        items: [],
      };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  const sectionOrder = (g: PathGroup) => (g.section === 'both' ? 0 : MODE_IDS.indexOf(g.section) + 1);
  // Current before ended, then groups covering more paths first (they concern more readers).
  return [...groups.values()].sort((a, b) => Number(a.ended) - Number(b.ended) || sectionOrder(a) - sectionOrder(b) || b.paths.length - a.paths.length);
}

/**
 * A group's heading: "Every path of this migration", "Every online path", or the current paths it
 * concerns by tool ("Offline and online with DMS; online with MI link"), naming after them the
 * paths that are no longer available, so a reader sees first whether it concerns their path.
 */
function groupLabel(concerned: readonly ScenarioPath[], all: readonly ScenarioPath[]): string {
  if (concerned.length === all.length) return 'Every path of this migration';
  const mode = MODE_IDS.find((m) => concerned.every((p) => p.mode === m));
  const ofMode = mode ? all.filter((p) => p.mode === mode) : [];
  if (mode && ofMode.length > 1 && concerned.length === ofMode.length) return `Every ${MODES[mode].label.toLowerCase()} path`;
  const current = concerned.filter((p) => !p.ended);
  const ended = concerned.filter((p) => p.ended);
  if (current.length === 0) return capitalise(pathsPhrase(ended));
  return capitalise(pathsPhrase(current)) + (ended.length > 0 ? ` (and ${pathsPhrase(ended)}, no longer available)` : '');
}

/** "offline and online with DMS, LRS; online with MI link": tools with the same modes share a clause. */
export function pathsPhrase(paths: readonly ScenarioPath[]): string {
  const modesByTool = new Map<string, Set<Mode>>();
  for (const p of paths) modesByTool.set(p.shortToolName, (modesByTool.get(p.shortToolName) ?? new Set()).add(p.mode));
  const toolsByModes = new Map<string, string[]>();
  for (const [tool, modes] of modesByTool) {
    const words = MODE_IDS.filter((m) => modes.has(m)).map((m) => MODES[m].label.toLowerCase()).join(' and ');
    toolsByModes.set(words, [...(toolsByModes.get(words) ?? []), tool]);
  }
  const order = (modes: string) => (modes.includes(' and ') ? 0 : modes === MODES[MODE_IDS[0]].label.toLowerCase() ? 1 : 2);
  return [...toolsByModes]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([modes, tools]) => `${modes} with ${tools.join(', ')}`)
    .join('; ');
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
