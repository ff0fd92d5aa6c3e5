import type { AdvisorData } from '../../src/lib/advisor/types.ts';
import type { Dataset } from '../../src/lib/data/dataset.ts';
import type { AnswerValue } from '../../src/lib/schema/condition.ts';
import type { QuestionData } from '../../src/lib/schema/question.ts';
import { todayUtc } from '../../src/lib/today.ts';
import { seededRandom, type Random } from './synthetic-content.ts';

/** The engine's own signature, taken from its module so a change there shows up in `npm run check`. */
type Recommend = typeof import('../../src/lib/advisor/recommend.ts').recommend;

/**
 * Recommendations per second over `count` random answer sets (seeded: the same inputs every run).
 * One untimed pass warms the JIT and counts the outcomes, to show every path was taken; the best
 * of three timed passes is reported.
 */
export function measureEngine(recommend: Recommend, dataset: Dataset, data: AdvisorData, count = 5000) {
  const random = seededRandom(20_261_122);
  const inputs = Array.from({ length: count }, () => randomInput(dataset, random));
  const today = todayUtc();
  const outcomes: Record<string, number> = {};
  for (const input of inputs) {
    const { mode, supported } = recommend(data, input, { today });
    const outcome = !supported ? 'pair not supported today' : mode === 'none' ? 'no mode fits' : mode;
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  }
  let best = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < 3; pass += 1) {
    const started = performance.now();
    for (const input of inputs) recommend(data, input, { today });
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  return { inputs: count, perSecond: count / best, outcomes };
}

/** What a made-up visit reads of the data: the full dataset and the wizard's trimmed copy both fit. */
type VisitData = Pick<AdvisorData, 'scenarios' | 'platforms' | 'questions'>;

/**
 * A wizard visit made up at random: usually a pair that has a scenario, sometimes any two platforms
 * (unsupported pairs take another path), and an answer to each question three times in four.
 */
export function randomInput(data: VisitData, random: Random) {
  const scenarios = Object.values(data.scenarios);
  const platforms = Object.keys(data.platforms);
  const pair = random.chance(0.9) && scenarios.length > 0 ? random.pick(scenarios).data : { source: random.pick(platforms), target: random.pick(platforms) };
  return { source: pair.source, target: pair.target, answers: randomAnswers(data, random) };
}

/** An answer to each question three times in four, each a value a visitor could give. */
export function randomAnswers(data: Pick<VisitData, 'questions'>, random: Random): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const [id, question] of Object.entries(data.questions)) {
    if (random.chance(0.75)) answers[id] = randomAnswer(question.data, random);
  }
  return answers;
}

export function randomAnswer(question: QuestionData, random: Random): AnswerValue {
  if (question.kind === 'boolean') return random.chance(0.5);
  if (question.kind === 'choice') return random.pick(question.options).value;
  // Spread evenly on a log scale: as many 1–10 GB databases as 10–100 GB ones, as in real estates.
  const low = Math.max(question.min, question.step);
  if (low >= question.max) return question.max;
  const value = low * (question.max / low) ** random.next();
  return Math.min(question.max, Math.max(question.min, Math.round(value / question.step) * question.step));
}

/**
 * `node scripts/bench/engine.ts [runs]`: the engine part of `npm run bench` alone, without building
 * the site. Each run is one measureEngine (best of its three passes); the median of the runs
 * (5 unless given) is printed beside the target, since a shared machine makes single runs swing.
 */
if (import.meta.main) {
  const runs = Number(process.argv[2] ?? 5);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`Give the number of runs as a whole number of 1 or more, not "${process.argv[2]}".`);
    process.exit(2);
  }
  const { join } = await import('node:path');
  const { loadavg } = await import('node:os');
  const { loadContent } = await import('../../src/lib/content/load.ts');
  const { recommend } = await import('../../src/lib/advisor/recommend.ts');
  const { toAdvisorData } = await import('../../src/lib/advisor/trim.ts');
  const { TIME_TARGETS } = await import('../../tests/support/budgets.ts');
  const { PROJECT_DIR } = await import('./run.ts');
  const { dataset } = loadContent({ contentDir: join(PROJECT_DIR, 'content'), projectDir: PROJECT_DIR });
  if (!dataset) {
    console.error('content/ is invalid: run npm run validate');
    process.exit(1);
  }
  const data = toAdvisorData(dataset);
  const rates: number[] = [];
  for (let run = 0; run < runs; run += 1) rates.push(measureEngine(recommend, dataset, data).perSecond);
  const sorted = [...rates].sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  const target = TIME_TARGETS.recommendationsPerSecond;
  const round = (n: number) => Math.round(n).toLocaleString('en');
  console.log(`recommendations per second, median of ${runs} runs: ${round(median)}   target ≥ ${round(target)}${median >= target ? '' : '   <- under'}`);
  console.log(`runs: ${rates.map(round).join(', ')}; load average ${loadavg()[0].toFixed(1)}`);
}
