/**
 * A synthetic, schema-valid content set for timing validation and builds at scale (`npm run bench`,
 * `npm run generate-content`). Seeded, so the same options always give the same files.
 */
import { dump } from 'js-yaml';
import { QUESTION_IDS, RULE_IDS } from '../../src/lib/advisor/known-ids.ts';
import { todayUtc } from '../../src/lib/today.ts';
import type { Condition } from '../../src/lib/schema/condition.ts';
import type { Selector } from '../../src/lib/schema/selector.ts';
import { ENGINE_IDS, MODE_IDS, STATUS_IDS, type Engine, type Mode, type Status } from '../../src/lib/schema/vocabulary.ts';

export interface SyntheticOptions {
  scenarios: number;
  /** YYYY-MM-DD the content must be valid on: no date after it, no review older than a year. */
  today?: string;
  seed?: number;
}

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

/** mulberry32: a seeded generator, so no figure moves because its input did. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (probability) => next() < probability,
  };
}

/** A content file as an author writes it: YAML front matter between --- lines, then Markdown. */
const markdownFile = (frontMatter: Record<string, unknown>, body: string) => `---\n${dump(frontMatter, { lineWidth: -1 })}---\n${body.trim()}\n`;

/** Where the first generated document is dated; every later date lies between it and `today`. */
const FIRST_DATE = '2019-01-01';
const SOURCE_HOSTINGS = ['self-managed', 'on-premises', 'aws', 'google-cloud', 'azure-iaas'] as const;
/** Current statuses drawn for offerings, weighted roughly like the real matrix. */
const STATUS_WEIGHTS: Status[] = ['ga', 'ga', 'ga', 'ga', 'preview', 'public-preview', 'private-preview', 'not-supported', 'retired'];
/** Two questions beyond the engine's own, for `askFor`, `askWhen` and numeric choices. */
const VERSION_QUESTION = 'source-version';
const ENCRYPTION_QUESTION = 'uses-encryption';
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

interface ScenarioOutline {
  id: string;
  source: string;
  target: string;
  sourceEngine: Engine;
  offerings: { mode: Mode; tool: string }[];
}

/**
 * `scenarios` source → target pairs, keyed by path under the content folder. Everything else scales
 * with them as real content would: about √N sources and √N targets, a document per five scenarios,
 * a footnote per twenty, a tool per hundred, and one limitation or prerequisite per scenario.
 */
export function syntheticContent(options: SyntheticOptions): Record<string, string> {
  const today = options.today ?? todayUtc();
  const random = seededRandom(options.seed ?? 1);
  const count = Math.max(1, Math.floor(options.scenarios));
  const targetCount = Math.ceil(Math.sqrt(count));
  const documents = numbered('document', Math.max(6, Math.ceil(count / 5)));
  const documentDate = spreadDates(documents.length, FIRST_DATE, addDays(today, -30));
  const cite = () => random.pick(documents);
  const sources = numbered('source', Math.ceil(count / targetCount));
  const targets = numbered('target', targetCount);
  const tools = numbered('tool', 4 + Math.ceil(count / 100));
  const footnotes = numbered('footnote', Math.max(2, Math.ceil(count / 20)));
  const engineOf = (index: number) => ENGINE_IDS[index % ENGINE_IDS.length];

  const files: Record<string, string> = {};
  const add = (path: string, frontMatter: Record<string, unknown>, body: string) => (files[path] = markdownFile(frontMatter, body));
  documents.forEach((id, i) => add(`documents/${id}.md`, { title: `Synthetic document ${i + 1}`, url: `https://example.com/docs/${id}`, date: documentDate[i] }, `What synthetic document ${i + 1} says.`));
  sources.forEach((id, i) => add(`platforms/${id}.md`, { name: `Synthetic source ${i + 1}`, engine: engineOf(i), hosting: SOURCE_HOSTINGS[i % SOURCE_HOSTINGS.length], cite: cite() }, 'A generated source platform.'));
  targets.forEach((id, i) => {
    // Every eighth target was retired half a year ago, and another is due to retire, both with a successor.
    const lifecycle = i % 8 === 7 || i % 8 === 3 ? [{ event: 'retired', date: addDays(today, i % 8 === 7 ? -180 : 180), successor: targets[0], cite: cite() }] : [];
    add(`platforms/${id}.md`, { name: `Synthetic target ${i + 1}`, engine: engineOf(i), hosting: 'azure-paas', lifecycle, cite: cite() }, 'A generated Azure target.');
  });
  tools.forEach((id, i) => {
    const throughput = i % 2 === 0 ? { throughput: { gbPerHour: 50 * (i + 1), basis: 'A generated published rate.', cite: cite() } } : {};
    const lifecycle = i === tools.length - 1 ? [{ event: 'retired', date: addDays(today, -100), successor: tools[0], cite: cite() }] : [];
    add(`tools/${id}.md`, { name: `Synthetic tool ${i + 1}`, short: `Tool ${i + 1}`, ...throughput, lifecycle, cite: cite() }, 'A generated migration tool.');
  });
  footnotes.forEach((id, i) => add(`footnotes/${id}.md`, { cite: cite() }, `Synthetic footnote ${i + 1}.`));

  const outlines: ScenarioOutline[] = [];
  for (let k = 0; k < count; k += 1) {
    const s = Math.floor(k / targetCount);
    const [source, target] = [sources[s], targets[k % targetCount]];
    const byKey = new Map<string, ScenarioOutline['offerings'][number]>();
    for (const wanted = random.int(1, 3); byKey.size < wanted; ) {
      const offering = { mode: random.pick(MODE_IDS), tool: random.pick(tools) };
      byKey.set(`${offering.mode}/${offering.tool}`, offering);
    }
    const outline = { id: `${source}-to-${target}`, source, target, sourceEngine: engineOf(s), offerings: [...byKey.values()] };
    outlines.push(outline);
    const offerings = outline.offerings.map((offering) => ({
      ...offering,
      footnotes: random.chance(0.3) ? [random.pick(footnotes)] : [],
      history: statusHistory(documents, documentDate, random),
    }));
    add(`scenarios/${outline.id}.md`, { source, target, reviewed: addDays(today, -(k % 300)), offerings }, `Synthetic scenario ${k + 1}: a few sentences about this pair.`);
  }
  considerations(outlines, random, cite, add);
  questions(engineOf(0), add);
  const rules = Object.values(RULE_IDS).map((id, index) => ({ id, text: `Synthetic rule of thumb ${index + 1} (${id.replaceAll('-', ' ')}).`, cite: cite() }));
  const comparison = ['Downtime', 'Complexity', 'Effect on the source'].map((area) => ({ area, offline: `Offline side of ${area.toLowerCase()}.`, online: `Online side of ${area.toLowerCase()}.`, cite: cite() }));
  add(
    'guides/offline-vs-online.md',
    { title: 'Offline or online migration?', summary: 'How the two modes differ and how to choose.', comparison, rules },
    'Synthetic guide prose.\n\n## How to decide\n\n1. Test offline first.\n2. Compare the time with the window.\n',
  );
  return files;
}

/** One to three dated statuses, oldest first, each cited by a generated document. */
function statusHistory(documents: readonly string[], documentDate: readonly string[], random: Random) {
  const picked = [...new Set(Array.from({ length: random.int(1, 3) }, () => random.int(0, documents.length - 1)))].sort((a, b) => a - b);
  const statuses = picked.map((_, position) => (position === picked.length - 1 ? random.pick(STATUS_WEIGHTS) : random.pick(STATUS_IDS.filter((s) => s !== 'retired'))));
  // A repeated status is a confirmation, as the content rules require (check-plausibility.ts).
  return picked.map((index, position) => ({
    date: documentDate[index],
    status: statuses[position],
    ...(position > 0 && statuses[position - 1] === statuses[position] ? { kind: 'confirmation' } : {}),
    cite: documents[index],
  }));
}

type Add = (path: string, frontMatter: Record<string, unknown>, body: string) => void;

/**
 * One consideration per scenario, with selectors of every width: per source engine, per target,
 * per source (narrowed to a tool it uses) and the rest per scenario, each taken from a real
 * scenario so none matches nothing, and a condition of every shape.
 */
function considerations(scenarios: readonly ScenarioOutline[], random: Random, cite: () => string, add: Add) {
  const selectors: Selector[] = [];
  const first = <K extends keyof ScenarioOutline>(key: K) => [...new Map(scenarios.map((s) => [s[key], s])).values()];
  for (const s of first('sourceEngine')) selectors.push({ engines: [s.sourceEngine] });
  for (const s of first('target')) selectors.push({ targets: [s.target], modes: [s.offerings[0].mode] });
  for (const s of first('source')) selectors.push({ sources: [s.source], tools: [s.offerings[0].tool] });
  for (let i = 0; selectors.length < scenarios.length; i += 1) selectors.push({ scenarios: [scenarios[i % scenarios.length].id] });
  const width = Math.max(3, String(selectors.length).length);
  selectors.forEach((appliesTo, index) => {
    const number = index + 1;
    const when = random.pick(CONDITIONS);
    add(
      `considerations/synthetic-consideration-${String(number).padStart(width, '0')}.md`,
      {
        kind: random.chance(0.7) ? 'limitation' : 'prerequisite',
        title: `Synthetic consideration ${number}`,
        summary: `A generated limitation or prerequisite (number ${number}) for the benchmark.`,
        severity: random.pick(['blocker', 'warning', 'warning', 'info', 'info']),
        appliesTo,
        ...(when && { when }),
        cite: cite(),
      },
      `**What it means.** Synthetic text for consideration ${number}.\n\n**What to do.** Read [the guide](/guides/offline-vs-online/) and plan for it.`,
    );
  });
}

/** The questions the engine reads by id, shaped like their namesakes in content/questions/, and two more. */
function questions(versionEngine: string, add: Add) {
  const number = (prompt: string, order: number, unit: string, min: number, max: number, step: number, preset: number) => ({ kind: 'number', prompt, order, unit, min, max, step, default: preset });
  const all: Record<string, [Record<string, unknown>, string]> = {
    [QUESTION_IDS.downtime]: [number('How long can the application be unavailable at cutover?', 10, 'hours', 0, 720, 0.5, 4), 'The outage the business accepts, compared with the estimated copy time.'],
    [QUESTION_IDS.size]: [number('How much data are you moving, all databases together?', 20, 'GB', 0, 1_000_000, 0.1, 100), 'The used size of data and indexes.'],
    [QUESTION_IDS.databases]: [number('How many databases do you plan to migrate?', 25, 'databases', 1, 10_000, 1, 1), 'A timing table measures one database; several make its figure a lower bound.'],
    [QUESTION_IDS.network]: [number('What bandwidth is available between the source and Azure?', 30, 'Mbit/s', 1, 100_000, 1, 100), 'A measured throughput from the source network to Azure.'],
    [QUESTION_IDS.writes]: [
      {
        kind: 'choice',
        prompt: 'How much write activity does the source database see during business hours?',
        order: 40,
        options: [
          { value: 'low', label: 'Low (mostly reads, occasional changes)' },
          { value: 'moderate', label: 'Moderate (steady inserts and updates)' },
          { value: 'heavy', label: 'Heavy (constant high-volume writes)' },
        ],
      },
      'Busy sources make an online sync slow to catch up.',
    ],
    [QUESTION_IDS.preview]: [{ kind: 'boolean', prompt: 'Would you consider a migration path that is still in preview?', order: 50, default: false }, 'Preview offerings may change before release.'],
    [QUESTION_IDS.noPrimaryKey]: [{ kind: 'boolean', prompt: 'Do any tables in the source database lack a primary key?', order: 310 }, 'Online replication needs a way to identify each row.'],
    [VERSION_QUESTION]: [
      { kind: 'choice', prompt: 'Which version does the source run?', order: 100, askFor: { engines: [versionEngine] }, options: [9, 10, 11, 12, 13, 14, 15, 16].map((value) => ({ value, label: `Version ${value}` })) },
      'Older versions rule out some tools.',
    ],
    [ENCRYPTION_QUESTION]: [
      { kind: 'boolean', prompt: 'Is the source database encrypted at rest?', order: 110, askWhen: { question: VERSION_QUESTION, atLeast: 12 } },
      'Encrypted databases need their keys moved first.',
    ],
  };
  for (const [id, [frontMatter, body]] of Object.entries(all)) add(`questions/${id}.md`, frontMatter, body);
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
