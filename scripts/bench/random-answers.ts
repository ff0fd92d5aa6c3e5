import type { Dataset } from '../../src/lib/data/dataset.ts';
import type { AnswerValue } from '../../src/lib/schema/condition.ts';
import type { QuestionData } from '../../src/lib/schema/question.ts';
import type { Random } from './prng.ts';

export interface RandomInput {
  source: string;
  target: string;
  answers: Record<string, AnswerValue>;
}

/**
 * A wizard visit made up at random: usually a pair that has a scenario, sometimes any two
 * platforms (unsupported pairs take another path through the engine), and an answer to each
 * question three times in four, the rest left to the question's preset value.
 */
export function randomInput(dataset: Dataset, random: Random): RandomInput {
  const scenarios = Object.values(dataset.scenarios);
  const platforms = Object.keys(dataset.platforms);
  const pair = random.chance(0.9) && scenarios.length > 0 ? random.pick(scenarios).data : { source: random.pick(platforms), target: random.pick(platforms) };
  const answers: Record<string, AnswerValue> = {};
  for (const [id, question] of Object.entries(dataset.questions)) {
    if (random.chance(0.75)) answers[id] = randomAnswer(question.data, random);
  }
  return { source: pair.source, target: pair.target, answers };
}

function randomAnswer(question: QuestionData, random: Random): AnswerValue {
  if (question.kind === 'boolean') return random.chance(0.5);
  if (question.kind === 'choice') return random.pick(question.options).value;
  // Spread evenly on a log scale: as many 1–10 GB databases as 10–100 GB ones, as in real estates.
  const low = Math.max(question.min, question.step);
  if (low >= question.max) return question.max;
  const value = low * (question.max / low) ** random.next();
  return Math.min(question.max, Math.max(question.min, Math.round(value / question.step) * question.step));
}
