import { selectorMatchesOffering } from '../data/selectors.ts';
import type { Mode } from '../schema/vocabulary.ts';
import { selectorCovers, selectorCoversOffering, type ScenarioLike } from './applies.ts';
import { conditionQuestions } from './conditions.ts';
import type { AdvisorData } from './types.ts';

/*
 * What the advisor reads of a dataset that no answer and no date changes: the questions in asking
 * order, which limitations cover which scenario and offering, which questions ask about a pair,
 * which scenarios start from a source, where each guide rule is written. Worked out once per
 * dataset object, on first use, and kept beside it in a WeakMap, so recommend() stays a plain
 * function of (data, input, options) while thousands of calls on one dataset (the wizard on every
 * keystroke, a fleet of rows) stop redoing it; a dataset that is dropped takes its preparation
 * with it, and two datasets never share one.
 *
 * The data is read as it is on first use: a dataset is never changed after it is loaded or trimmed.
 * Nothing here decides anything; each function that reads it keeps its rule and gives the same
 * answer as walking the whole dataset would (tests/unit/advisor/output-snapshot.test.ts).
 */

type ConsiderationEntry = AdvisorData['considerations'][string];
type RuleEntry = AdvisorData['guides'][string]['data']['rules'][number];

/** What concerns one offering (a tool in a mode) of one scenario. */
export interface PreparedOffering {
  /** Blockers whose selector covers the offering, in the dataset's order; their `when` is still to be read. */
  blockers: readonly ConsiderationEntry[];
  /** Questions that the conditional limitations and prerequisites covering the offering read. */
  readQuestions: ReadonlySet<string>;
  /** Whether the documents prefer this offering's tool here (its tool's `preferredFor` covers it). */
  preferred: boolean;
}

export interface PreparedScenario {
  /** Limitations and prerequisites whose selector covers the scenario, in the dataset's order. */
  covering: readonly ConsiderationEntry[];
  offering(offering: { tool: string; mode: Mode }): PreparedOffering;
}

export interface PreparedData {
  /** Question ids in the order the wizard asks them. */
  questionOrder: readonly string[];
  /** Those of `questionOrder` asked whatever the pair (no `askFor`). */
  everyPair: readonly string[];
  /** Those of `questionOrder` asked of this pair (no `askFor`, or one covering its scenario); `stand` is the scenario or its stand-in. */
  askedFor(source: string, target: string, stand: () => ScenarioLike): readonly string[];
  /** Scenarios by source, each list in the dataset's order. */
  scenariosFrom(source: string): readonly ScenarioLike[];
  /**
   * Each limitation's and prerequisite's place in the order of their titles by localeCompare
   * (titles that compare equal share a place), so lists sort by title without collating each time.
   */
  titleRank: ReadonlyMap<string, number>;
  /** The first guide that writes a rule, and the rule, by rule id. */
  rule(id: string): { guide: string; rule: RuleEntry } | undefined;
  scenario(scenario: ScenarioLike): PreparedScenario;
}

const prepared = new WeakMap<AdvisorData, PreparedData>();

/** The preparation for a dataset, made on first use. */
export function preparedFor(data: AdvisorData): PreparedData {
  let found = prepared.get(data);
  if (!found) {
    found = prepare(data);
    prepared.set(data, found);
  }
  return found;
}

function prepare(data: AdvisorData): PreparedData {
  const considerations = Object.values(data.considerations);
  const questionOrder = Object.keys(data.questions).sort((a, b) => data.questions[a].data.order - data.questions[b].data.order || a.localeCompare(b));
  const everyPair = questionOrder.filter((id) => !data.questions[id].data.askFor);

  const bySource = new Map<string, ScenarioLike[]>();
  for (const scenario of Object.values(data.scenarios)) {
    const list = bySource.get(scenario.data.source);
    if (list) list.push(scenario);
    else bySource.set(scenario.data.source, [scenario]);
  }

  const rules = new Map<string, { guide: string; rule: RuleEntry }>();
  for (const guide of Object.values(data.guides)) {
    for (const rule of guide.data.rules) if (!rules.has(rule.id)) rules.set(rule.id, { guide: guide.id, rule });
  }

  const titleRank = new Map<string, number>();
  const byTitle = [...considerations].sort((a, b) => a.data.title.localeCompare(b.data.title));
  byTitle.forEach((c, i) => {
    const previous = byTitle[i - 1];
    const same = previous !== undefined && previous.data.title.localeCompare(c.data.title) === 0;
    titleRank.set(c.id, same ? (titleRank.get(previous.id) ?? i) : i);
  });

  // Keyed by pair only for platforms the dataset has, so made-up ids cannot grow it.
  const asked = new Map<string, readonly string[]>();
  const scenarios = new WeakMap<ScenarioLike, PreparedScenario>();

  return {
    questionOrder,
    everyPair,
    askedFor(source, target, stand) {
      const key = `${source}\u0000${target}`;
      const known = Object.hasOwn(data.platforms, source) && Object.hasOwn(data.platforms, target);
      let ids = known ? asked.get(key) : undefined;
      if (!ids) {
        const scenario = stand();
        ids = questionOrder.filter((id) => {
          const askFor = data.questions[id].data.askFor;
          return !askFor || selectorCovers(askFor, scenario, data);
        });
        if (known) asked.set(key, ids);
      }
      return ids;
    },
    scenariosFrom: (source) => bySource.get(source) ?? [],
    titleRank,
    rule: (id) => rules.get(id),
    scenario(scenario) {
      let found = scenarios.get(scenario);
      if (!found) {
        found = prepareScenario(data, considerations, scenario);
        scenarios.set(scenario, found);
      }
      return found;
    },
  };
}

function prepareScenario(data: AdvisorData, considerations: readonly ConsiderationEntry[], scenario: ScenarioLike): PreparedScenario {
  const covering = considerations.filter((c) => selectorCovers(c.data.appliesTo, scenario, data));
  const offerings = new Map<string, PreparedOffering>();
  return {
    covering,
    offering({ tool, mode }) {
      const key = `${tool}\u0000${mode}`;
      let found = offerings.get(key);
      if (!found) {
        const concerning = covering.filter((c) => selectorMatchesOffering(c.data.appliesTo, { tool, mode }));
        const preference = data.tools[tool]?.data.preferredFor;
        found = {
          blockers: concerning.filter((c) => c.data.severity === 'blocker'),
          readQuestions: new Set(concerning.flatMap((c) => (c.data.when ? conditionQuestions(c.data.when) : []))),
          preferred: Boolean(preference && selectorCoversOffering(preference.appliesTo, scenario, { tool, mode }, data)),
        };
        offerings.set(key, found);
      }
      return found;
    },
  };
}
