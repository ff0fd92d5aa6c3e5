import { QUESTION_IDS } from '../../src/lib/advisor/rules.ts';
import { markdownFile } from './front-matter.ts';

/** The synthetic version question: numeric options, so conditions can compare with below/atLeast. */
export const VERSION_QUESTION = 'source-version';
export const VERSION_OPTIONS = [9, 10, 11, 12, 13, 14, 15, 16] as const;
/** A yes/no question asked only after a version answer, to exercise `askWhen`. */
export const ENCRYPTION_QUESTION = 'uses-encryption';

/**
 * The wizard questions of a synthetic content set: the ones the advisor engine reads by id, with
 * the front-matter shapes of their namesakes in content/questions/, and two more that exercise
 * `askFor`, `askWhen` and numeric choices. Keyed by path under the content folder.
 */
export function syntheticQuestions(versionEngine: string): Record<string, string> {
  const questions: Record<string, [Record<string, unknown>, string]> = {
    [QUESTION_IDS.downtime]: [
      { kind: 'number', prompt: 'How long can the application be unavailable at cutover?', order: 10, unit: 'hours', min: 0, max: 720, step: 0.5, default: 4 },
      'The outage the business accepts, compared with the estimated copy time.',
    ],
    [QUESTION_IDS.size]: [
      { kind: 'number', prompt: 'How much data are you moving, all databases together?', order: 20, unit: 'GB', min: 0, max: 1_000_000, step: 0.1, default: 100 },
      'The used size of data and indexes.',
    ],
    [QUESTION_IDS.databases]: [
      { kind: 'number', prompt: 'How many databases do you plan to migrate?', order: 25, unit: 'databases', min: 1, max: 10_000, step: 1, default: 1 },
      'A timing table measures one database; several make its figure a lower bound.',
    ],
    [QUESTION_IDS.network]: [
      { kind: 'number', prompt: 'What bandwidth is available between the source and Azure?', order: 30, unit: 'Mbit/s', min: 1, max: 100_000, step: 1, default: 100 },
      'A measured throughput from the source network to Azure.',
    ],
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
    [QUESTION_IDS.preview]: [
      { kind: 'boolean', prompt: 'Would you consider a migration path that is still in preview?', order: 50, default: false },
      'Preview offerings may change before release.',
    ],
    [QUESTION_IDS.noPrimaryKey]: [
      { kind: 'boolean', prompt: 'Do any tables in the source database lack a primary key?', order: 310 },
      'Online replication needs a way to identify each row.',
    ],
    [VERSION_QUESTION]: [
      {
        kind: 'choice',
        prompt: 'Which version does the source run?',
        order: 100,
        askFor: { engines: [versionEngine] },
        options: VERSION_OPTIONS.map((value) => ({ value, label: `Version ${value}` })),
      },
      'Older versions rule out some tools.',
    ],
    [ENCRYPTION_QUESTION]: [
      { kind: 'boolean', prompt: 'Is the source database encrypted at rest?', order: 110, askWhen: { question: VERSION_QUESTION, atLeast: 12 } },
      'Encrypted databases need their keys moved first.',
    ],
  };
  return Object.fromEntries(
    Object.entries(questions).map(([id, [frontMatter, body]]) => [`questions/${id}.md`, markdownFile(frontMatter, body)]),
  );
}
