import { QUESTION_IDS } from '../../src/lib/advisor/rules.ts';
import type { Condition } from '../../src/lib/schema/condition.ts';
import type { Selector } from '../../src/lib/schema/selector.ts';
import type { Engine, Mode } from '../../src/lib/schema/vocabulary.ts';
import { markdownFile } from './front-matter.ts';
import type { Random } from './prng.ts';
import { ENCRYPTION_QUESTION, VERSION_QUESTION } from './synthetic-questions.ts';

/** What the considerations generator needs to know about one generated scenario. */
export interface ScenarioOutline {
  id: string;
  source: string;
  target: string;
  sourceEngine: Engine;
  offerings: { mode: Mode; tool: string }[];
}

/** Conditions of every shape the schema allows, over the questions a synthetic set has. */
const CONDITIONS: (Condition | undefined)[] = [
  undefined,
  undefined,
  undefined,
  { question: QUESTION_IDS.downtime, below: 2 },
  { question: QUESTION_IDS.size, atLeast: 1000 },
  { question: QUESTION_IDS.writes, equals: 'heavy' },
  { question: QUESTION_IDS.writes, in: ['moderate', 'heavy'] },
  { question: QUESTION_IDS.preview, equals: true },
  { all: [{ question: QUESTION_IDS.size, atLeast: 500 }, { question: QUESTION_IDS.network, below: 100 }] },
  { any: [{ question: QUESTION_IDS.downtime, below: 1 }, { question: QUESTION_IDS.writes, equals: 'heavy' }] },
  { not: { question: QUESTION_IDS.noPrimaryKey, equals: false } },
  { question: VERSION_QUESTION, below: 12 },
  { question: ENCRYPTION_QUESTION, equals: true },
];

/**
 * One consideration per scenario, with selectors of every width: one per source engine, one per
 * target, one per source (narrowed to a tool it uses) and the rest per scenario. Each selector is
 * taken from a real scenario, so none matches nothing, and each scenario page shows about four,
 * so the site grows linearly with the number of scenarios, as real content would.
 */
export function syntheticConsiderations(scenarios: readonly ScenarioOutline[], random: Random, cite: () => string): Record<string, string> {
  const selectors: Selector[] = [];
  const first = <K extends keyof ScenarioOutline>(key: K) => [...new Map(scenarios.map((s) => [s[key], s])).values()];
  for (const s of first('sourceEngine')) selectors.push({ engines: [s.sourceEngine] });
  for (const s of first('target')) selectors.push({ targets: [s.target], modes: [s.offerings[0].mode] });
  for (const s of first('source')) selectors.push({ sources: [s.source], tools: [s.offerings[0].tool] });
  for (let i = 0; selectors.length < scenarios.length; i += 1) selectors.push({ scenarios: [scenarios[i % scenarios.length].id] });

  const files: Record<string, string> = {};
  const width = Math.max(3, String(selectors.length).length);
  selectors.forEach((appliesTo, index) => {
    const number = index + 1;
    const when = random.pick(CONDITIONS);
    const frontMatter = {
      kind: random.chance(0.7) ? 'limitation' : 'prerequisite',
      title: `Synthetic consideration ${number}`,
      summary: `A generated limitation or prerequisite (number ${number}) for the benchmark.`,
      severity: random.pick(['blocker', 'warning', 'warning', 'info', 'info']),
      appliesTo,
      ...(when && { when }),
      cite: cite(),
    };
    const body = `**What it means.** Synthetic text for consideration ${number}.\n\n**What to do.** Read [the guide](/guides/offline-vs-online/) and plan for it.`;
    files[`considerations/synthetic-consideration-${String(number).padStart(width, '0')}.md`] = markdownFile(frontMatter, body);
  });
  return files;
}
