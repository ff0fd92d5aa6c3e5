import { ENGINE_IDS, MODE_IDS, STATUS_IDS, type Status } from '../../src/lib/schema/vocabulary.ts';
import { markdownFile } from './front-matter.ts';
import { seededRandom, type Random } from './prng.ts';
import { syntheticConsiderations, type ScenarioOutline } from './synthetic-considerations.ts';
import { syntheticGuide } from './synthetic-guide.ts';
import { syntheticQuestions } from './synthetic-questions.ts';

export interface SyntheticOptions {
  scenarios: number;
  /** YYYY-MM-DD the content must be valid on: no date after it, no review older than a year. */
  today?: string;
  seed?: number;
}

/** Where the first generated document is dated; every later date lies between it and `today`. */
const FIRST_DATE = '2019-01-01';
const SOURCE_HOSTINGS = ['self-managed', 'on-premises', 'aws', 'google-cloud', 'azure-iaas'] as const;
/** Current statuses drawn for offerings, weighted roughly like the real matrix. */
const STATUS_WEIGHTS: Status[] = ['ga', 'ga', 'ga', 'ga', 'preview', 'public-preview', 'private-preview', 'not-supported', 'retired'];

/**
 * A synthetic, schema-valid content set of `scenarios` source → target pairs, keyed by path under
 * the content folder. Everything else scales with it the way real content would: about √N sources
 * and √N targets, a document per five scenarios, a footnote per twenty, a tool per hundred, and one
 * limitation or prerequisite per scenario. The same options always give the same files.
 */
export function syntheticContent(options: SyntheticOptions): Record<string, string> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const random = seededRandom(options.seed ?? 1);
  const count = Math.max(1, Math.floor(options.scenarios));
  const targetCount = Math.ceil(Math.sqrt(count));
  const sourceCount = Math.ceil(count / targetCount);

  const documents = numbered('document', Math.max(6, Math.ceil(count / 5)));
  const documentDate = spreadDates(documents.length, FIRST_DATE, addDays(today, -30));
  const cite = () => random.pick(documents);
  const sources = numbered('source', sourceCount);
  const targets = numbered('target', targetCount);
  const tools = numbered('tool', 4 + Math.ceil(count / 100));
  const footnotes = numbered('footnote', Math.max(2, Math.ceil(count / 20)));
  const engineOf = (index: number) => ENGINE_IDS[index % ENGINE_IDS.length];

  const files: Record<string, string> = {};
  documents.forEach((id, i) => {
    files[`documents/${id}.md`] = markdownFile(
      { title: `Synthetic document ${i + 1}`, url: `https://example.com/docs/${id}`, date: documentDate[i] },
      `What synthetic document ${i + 1} says.`,
    );
  });
  sources.forEach((id, i) => {
    files[`platforms/${id}.md`] = markdownFile(
      { name: `Synthetic source ${i + 1}`, engine: engineOf(i), hosting: SOURCE_HOSTINGS[i % SOURCE_HOSTINGS.length], cite: cite() },
      `A generated source platform.`,
    );
  });
  targets.forEach((id, i) => {
    files[`platforms/${id}.md`] = markdownFile(
      { name: `Synthetic target ${i + 1}`, engine: engineOf(i), hosting: 'azure-paas', lifecycle: targetLifecycle(i, targets[0], today, cite), cite: cite() },
      `A generated Azure target.`,
    );
  });
  tools.forEach((id, i) => {
    const retired = i === tools.length - 1;
    files[`tools/${id}.md`] = markdownFile(
      {
        name: `Synthetic tool ${i + 1}`,
        short: `Tool ${i + 1}`,
        ...(i % 2 === 0 && { throughput: { gbPerHour: 50 * (i + 1), basis: 'A generated published rate.', cite: cite() } }),
        lifecycle: retired ? [{ event: 'retired', date: addDays(today, -100), successor: tools[0], cite: cite() }] : [],
        cite: cite(),
      },
      `A generated migration tool.`,
    );
  });
  footnotes.forEach((id, i) => {
    files[`footnotes/${id}.md`] = markdownFile({ cite: cite() }, `Synthetic footnote ${i + 1}.`);
  });

  const outlines: ScenarioOutline[] = [];
  for (let k = 0; k < count; k += 1) {
    const s = Math.floor(k / targetCount);
    const outline = outlineScenario(sources[s], targets[k % targetCount], engineOf(s), tools, random);
    outlines.push(outline);
    const offerings = outline.offerings.map((offering) => ({
      ...offering,
      footnotes: random.chance(0.3) ? [random.pick(footnotes)] : [],
      history: statusHistory(documents, documentDate, random),
    }));
    files[`scenarios/${outline.id}.md`] = markdownFile(
      { source: outline.source, target: outline.target, reviewed: addDays(today, -(k % 300)), offerings },
      `Synthetic scenario ${k + 1}: a few sentences about this pair.`,
    );
  }

  Object.assign(files, syntheticConsiderations(outlines, random, cite), syntheticQuestions(engineOf(0)), syntheticGuide(() => cite()));
  return files;
}

function outlineScenario(source: string, target: string, sourceEngine: ScenarioOutline['sourceEngine'], tools: readonly string[], random: Random): ScenarioOutline {
  const offerings = new Map<string, ScenarioOutline['offerings'][number]>();
  const wanted = random.int(1, 3);
  while (offerings.size < wanted) {
    const offering = { mode: random.pick(MODE_IDS), tool: random.pick(tools) };
    offerings.set(`${offering.mode}/${offering.tool}`, offering);
  }
  return { id: `${source}-to-${target}`, source, target, sourceEngine, offerings: [...offerings.values()] };
}

/** One to three dated statuses, oldest first, each dated and cited by a generated document. */
function statusHistory(documents: readonly string[], documentDate: readonly string[], random: Random) {
  const picked = [...new Set(Array.from({ length: random.int(1, 3) }, () => random.int(0, documents.length - 1)))].sort((a, b) => a - b);
  const statuses = picked.map((_, position) =>
    position === picked.length - 1 ? random.pick(STATUS_WEIGHTS) : random.pick(STATUS_IDS.filter((s) => s !== 'retired')),
  );
  // A repeated status is a confirmation, as the content rules require (check-plausibility.ts).
  return picked.map((index, position) => ({
    date: documentDate[index],
    status: statuses[position],
    ...(position > 0 && statuses[position - 1] === statuses[position] ? { kind: 'confirmation' } : {}),
    cite: documents[index],
  }));
}

/** Every eighth target was retired half a year ago, and another is due to retire, both with a successor. */
function targetLifecycle(index: number, successor: string, today: string, cite: () => string) {
  if (index % 8 === 7) return [{ event: 'retired', date: addDays(today, -180), successor, cite: cite() }];
  if (index % 8 === 3) return [{ event: 'retired', date: addDays(today, 180), successor, cite: cite() }];
  return [];
}

function numbered(prefix: string, count: number): string[] {
  const width = Math.max(3, String(count).length);
  return Array.from({ length: count }, (_, i) => `synthetic-${prefix}-${String(i + 1).padStart(width, '0')}`);
}

function spreadDates(count: number, from: string, to: string): string[] {
  const span = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000));
  return Array.from({ length: count }, (_, i) => addDays(from, count === 1 ? 0 : Math.round((i * span) / (count - 1))));
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
}
