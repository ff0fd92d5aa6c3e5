import Papa from 'papaparse';
import type { AdvisorData } from '../../src/lib/advisor/types.ts';
import { toDecimal } from '../../src/lib/advisor/decimal.ts';
import type { QuestionData } from '../../src/lib/schema/question.ts';
import { seededRandom, type Random } from './synthetic-content.ts';

/**
 * A CSV inventory of `rows` databases drawn from real content, the same text for the same data
 * and seed: the fleet benchmarks (CLI and page) time it. Every row names a pair some scenario
 * describes and every cell is valid, so each row is really advised (the worst case for time; rows
 * with errors stop early). It is still varied the way a person's file is: platforms by id or by
 * name, answers by value, label or in other units ("2h", "30 min", yes/no), cells left empty for
 * the preset, and every question a column, so cells that do not apply to a row's pair are read and
 * ignored too.
 */
export function syntheticInventory(data: AdvisorData, rows: number, seed: number): string {
  const random = seededRandom(seed);
  const scenarios = Object.values(data.scenarios).sort((a, b) => a.id.localeCompare(b.id));
  if (scenarios.length === 0) throw new Error('The content has no scenarios, so no inventory row can name a pair.');
  const questions = Object.keys(data.questions).sort();
  const platformCell = (id: string) => (random.chance(0.2) ? data.platforms[id].data.name : id);
  const body = Array.from({ length: rows }, (_, index) => {
    const { source, target } = random.pick(scenarios).data;
    const answers = questions.map((id) => (random.chance(0.7) ? cellFor(data.questions[id].data, random) : ''));
    return [`db-${String(index + 1).padStart(5, '0')}`, platformCell(source), platformCell(target), ...answers];
  });
  return Papa.unparse({ fields: ['name', 'source', 'target', ...questions], data: body }, { newline: '\r\n' });
}

/** A valid cell for a question, in one of the spellings fleet mode reads (cell-answer.ts). */
function cellFor(question: QuestionData, random: Random): string {
  if (question.kind === 'boolean') return random.pick(random.chance(0.5) ? ['true', 'yes', 'TRUE'] : ['false', 'no', 'FALSE']);
  if (question.kind === 'choice') {
    const option = random.pick(question.options);
    return random.chance(0.5) ? option.label : String(option.value);
  }
  // Spread evenly on a log scale: as many 1–10 GB databases as 10–100 GB ones, as in real estates.
  const low = Math.max(question.min, question.step);
  const raw = low >= question.max ? question.max : low * (question.max / low) ** random.next();
  const value = Math.min(question.max, Math.max(question.min, Math.round(raw / question.step) * question.step));
  if (question.unit === 'hours' && random.chance(0.3)) {
    const minutes = Math.round(value * 60);
    return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)}h${minutes % 60 ? String(minutes % 60).padStart(2, '0') : ''}`;
  }
  return toDecimal(value);
}
