/**
 * What the code relies on finding in content/, declared once. The site links to guides by id, the
 * advisor reads questions and cites guide rules by id (src/lib/advisor/known-ids.ts), and the wizard
 * address reserves some names. Content can change all of these without touching code, so
 * `npm run validate` checks them (check-contracts.ts) instead of letting navigation break or the
 * advisor quietly give weaker advice.
 */
import { PAIR_PARAMS } from '../advisor/answers.ts';
import { QUESTION_IDS, RULE_IDS } from '../advisor/known-ids.ts';
import type { CollectionName } from '../schema/collections.ts';
import type { QuestionData } from '../schema/question.ts';

/** Guides the site links to by id. The navigation on every page (src/lib/site/destinations.ts) links offlineVsOnline. */
export const GUIDE_IDS = { offlineVsOnline: 'offline-vs-online' } as const;

export interface QuestionContract {
  kind: QuestionData['kind'];
  /** Choice values the code compares answers with. */
  options?: readonly string[];
  /** Why the code needs it, as an author reads it in an error. */
  use: string;
}

/**
 * How the advisor reads each question it names, keyed like QUESTION_IDS so that TypeScript
 * rejects an id added there without saying how it is read.
 */
const ADVISOR_QUESTIONS = {
  downtime: { kind: 'number', use: 'the advisor compares it with the estimated copy time' },
  size: { kind: 'number', use: 'the advisor estimates the copy time from it' },
  network: { kind: 'number', use: 'the advisor estimates the copy time from it' },
  writes: { kind: 'choice', options: ['heavy'], use: 'the advisor suggests online migration for a write-heavy source' },
  preview: { kind: 'boolean', use: 'the advisor leaves preview offerings out unless it is true' },
  databases: { kind: 'number', use: 'the advisor marks a benchmark-based copy time for several databases as a lower bound' },
  noPrimaryKey: { kind: 'boolean', use: 'the advisor cites the primary-key rule when it is true' },
} as const satisfies Record<keyof typeof QUESTION_IDS, QuestionContract>;

export interface ContentContract {
  /** Collections without which the site has nothing to show. */
  nonEmpty: readonly CollectionName[];
  /** Guide ids the site links to, with why. */
  guides: Readonly<Record<string, string>>;
  /** Guide rule ids the advisor cites (in any guide). */
  rules: readonly string[];
  /** Question ids the advisor reads, with the kind it reads them as. */
  questions: Readonly<Record<string, QuestionContract>>;
  /** Ids a collection may not use, with why. */
  reserved: readonly { collection: CollectionName; ids: readonly string[]; why: string }[];
}

export const SITE_CONTRACT: ContentContract = {
  nonEmpty: ['scenarios', 'platforms'],
  guides: { [GUIDE_IDS.offlineVsOnline]: 'the navigation on every page links to it' },
  rules: Object.values(RULE_IDS),
  questions: Object.fromEntries(
    (Object.keys(ADVISOR_QUESTIONS) as (keyof typeof ADVISOR_QUESTIONS)[]).map((key) => [QUESTION_IDS[key], ADVISOR_QUESTIONS[key]]),
  ),
  reserved: [{ collection: 'questions', ids: PAIR_PARAMS, why: 'the wizard address uses it for the migration pair' }],
};
