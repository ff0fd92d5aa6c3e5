import type { Dataset } from '../data/dataset.ts';
import type { CollectionName } from '../schema/collections.ts';
import type { ContentContract } from './contracts.ts';
import { problem, type Problem } from './content-problems.ts';
import type { FailedIds } from './failed-files.ts';

/** Paths of content files and folders as problems show them: `content/guides/x.md`, `content/guides`. */
export type ContentPath = (collection?: CollectionName, id?: string) => string;

/**
 * Checks that content still holds what the code relies on (contracts.ts). A file that exists but
 * failed to load is not reported missing: its own error says what is wrong.
 */
export function checkContracts(dataset: Dataset, failed: FailedIds, contract: ContentContract, pathOf: ContentPath): Problem[] {
  const present = (collection: CollectionName, id: string) => Object.hasOwn(dataset[collection], id) || failed[collection].has(id);
  const total = (Object.keys(dataset) as CollectionName[]).reduce((sum, c) => sum + Object.keys(dataset[c]).length + failed[c].size, 0);
  if (total === 0) {
    return [
      problem('missing-content', pathOf(), '', 'the content the site is built from: scenarios, platforms, documents and the rest', 'an empty content folder', {
        hint: 'Check that CONTENT_DIR (or the path given to validate) points at the content folder.',
      }),
    ];
  }
  const problems: Problem[] = [];
  for (const collection of contract.nonEmpty) {
    if (Object.keys(dataset[collection]).length === 0 && failed[collection].size === 0) {
      problems.push(problem('missing-content', pathOf(collection), '', `at least one file: the site is built around ${collection}`, 'no files'));
    }
  }
  for (const [id, why] of Object.entries(contract.guides)) {
    if (!present('guides', id)) {
      problems.push(
        problem('missing-content', pathOf('guides', id), '', `this guide: ${why}`, 'no such file', {
          hint: 'Restore the file or its name; the id is GUIDE_IDS in src/lib/content/contracts.ts.',
        }),
      );
    }
  }
  // Rules may live in any guide; while a required guide is missing or any guide failed, a missing rule says nothing new.
  const guidesComplete = Object.keys(contract.guides).every((id) => Object.hasOwn(dataset.guides, id)) && failed.guides.size === 0;
  if (guidesComplete) {
    const ruleIds = new Set(Object.values(dataset.guides).flatMap((guide) => guide.data.rules.map((rule) => rule.id)));
    const home = Object.keys(contract.guides)[0];
    for (const id of contract.rules.filter((rule) => !ruleIds.has(rule))) {
      problems.push(
        problem('missing-content', home ? pathOf('guides', home) : pathOf('guides'), 'rules', `a rule with id ${JSON.stringify(id)}: the advisor cites it as a reason`, 'no such rule in any guide', {
          hint: 'Restore the rule or its id; the advisor reads it by id (RULE_IDS in src/lib/advisor/known-ids.ts).',
        }),
      );
    }
  }
  for (const [id, expected] of Object.entries(contract.questions)) {
    const entry = dataset.questions[id];
    if (!entry) {
      if (!present('questions', id)) {
        problems.push(
          problem('missing-content', pathOf('questions', id), '', `this ${expected.kind} question: ${expected.use}`, 'no such file', {
            hint: 'Restore the file or its name; the advisor reads it by id (QUESTION_IDS in src/lib/advisor/known-ids.ts).',
          }),
        );
      }
      continue;
    }
    if (entry.data.kind !== expected.kind) {
      problems.push(problem('missing-content', entry.file, 'kind', `${JSON.stringify(expected.kind)}, because ${expected.use}`, JSON.stringify(entry.data.kind)));
    } else if (entry.data.kind === 'choice' && expected.options) {
      const values = entry.data.options.map((option) => option.value);
      const missing = expected.options.filter((value) => !values.includes(value));
      if (missing.length > 0) {
        problems.push(
          problem('missing-content', entry.file, 'options', `an option with value ${missing.map((v) => JSON.stringify(v)).join(' and ')}, because ${expected.use}`, `values ${values.map((v) => JSON.stringify(v)).join(', ')}`),
        );
      }
    }
  }
  for (const { collection, ids, why } of contract.reserved) {
    for (const id of ids.filter((reserved) => present(collection, reserved))) {
      problems.push(
        problem('reserved-id', dataset[collection][id]?.file ?? failed[collection].get(id) ?? pathOf(collection, id), '', `a file name other than ${ids.map((r) => `${r}.md`).join(' or ')}: ${why}`, JSON.stringify(id), {
          hint: 'Rename the file: its name is its id.',
        }),
      );
    }
  }
  return problems;
}
