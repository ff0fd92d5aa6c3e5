import { answerFits, describeAnswers } from '../schema/answer-fits.ts';
import type { Condition } from '../schema/condition.ts';
import type { Selector } from '../schema/selector.ts';
import type { LifecycleEventData } from '../schema/lifecycle.ts';
import { LIFECYCLE_EVENTS } from '../schema/vocabulary.ts';
import { scenarioId, type Dataset, type Entry } from '../data/dataset.ts';
import { datasetCitations } from '../data/citations.ts';
import { selectorMatchesScenario } from '../data/selectors.ts';
import { didYouMean } from './did-you-mean.ts';
import { describeValue, problem, type Problem } from './content-problems.ts';
import type { FailedIds } from './failed-files.ts';

/**
 * Checks every reference between files: cited documents, platforms, tools, footnotes, questions,
 * successors; and the duplicates a schema cannot see (one file's own rules, such as a question's
 * range and options, are the schema's: schema/question.ts). Returns all problems, never stops early.
 * A reference to a file that exists but failed to load is not an unknown id: such references are
 * counted and reported once per failed file, as a consequence of its own error.
 */
export function checkReferences(dataset: Dataset, failed: FailedIds): Problem[] {
  const problems: Problem[] = [];
  const collections = ['documents', 'platforms', 'tools', 'footnotes', 'scenarios', 'questions'] as const;
  const ids = Object.fromEntries(collections.map((c) => [c, new Set(Object.keys(dataset[c]))])) as Record<RefCollection, Set<string>>;
  // A typo near a failed file's id should point at that file, not at a neighbour that happens to load.
  const candidates = Object.fromEntries(collections.map((c) => [c, [...ids[c], ...failed[c].keys()]])) as Record<RefCollection, string[]>;
  const blocked = new Map<string, { count: number; files: Set<string> }>();
  // A selector that names a file which failed to load may match nothing only because of that failure.
  const scenarios = failed.scenarios.size + failed.platforms.size + failed.tools.size === 0 ? Object.values(dataset.scenarios) : [];
  const scenariosToMatch = scenarios;
  const ref: Ref = (file, field, collection, id) => {
    if (ids[collection].has(id)) return;
    const failedFile = failed[collection].get(id);
    if (failedFile) {
      const entry = blocked.get(failedFile) ?? { count: 0, files: new Set<string>() };
      entry.count += 1;
      entry.files.add(file);
      blocked.set(failedFile, entry);
      return;
    }
    const suggestion = didYouMean(id, candidates[collection]);
    problems.push(
      problem('unknown-id', file, field, `the id of a file in content/${collection}/`, JSON.stringify(id), {
        hint: suggestion ? `Did you mean "${suggestion}"?` : `Add content/${collection}/${id}.md or correct the id.`,
      }),
    );
  };

  for (const { file, field, citation } of datasetCitations(dataset)) ref(file, field, 'documents', citation.doc);

  for (const collection of ['platforms', 'tools'] as const) {
    const entries: Entry<{ lifecycle: LifecycleEventData[] }>[] = Object.values(dataset[collection]);
    for (const entry of entries) {
      entry.data.lifecycle.forEach((event, index) => {
        if (event.successor) ref(entry.file, `lifecycle[${index}].successor`, collection, event.successor);
        if (event.appliesTo) checkSelector(event.appliesTo, entry.file, `lifecycle[${index}].appliesTo`, dataset, scenariosToMatch, ref, problems);
        if ((event.event === 'ended-with-host') !== Boolean(event.host)) {
          problems.push(
            problem('lifecycle-host', entry.file, `lifecycle[${index}].host`, event.host ? 'no host: only an ended-with-host event names one' : 'the product it ran inside, such as "Azure Data Studio"', event.host ? JSON.stringify(event.host) : 'nothing', {
              hint: 'An extension that ends with the product it runs in is recorded as ended-with-host, naming that product.',
            }),
          );
        }
      });
      const retired = entry.data.lifecycle.findIndex((e) => LIFECYCLE_EVENTS[e.event].ends);
      if (retired >= 0 && !entry.data.lifecycle.some((e) => e.successor)) {
        problems.push(
          problem('no-successor', entry.file, `lifecycle[${retired}].successor`, `the id of the ${collection === 'tools' ? 'tool' : 'platform'} that replaces it`, 'a retirement with no successor', {
            hint: 'Name what replaces it, so readers know where to go.',
          }),
        );
      }
    }
  }

  problems.push(...checkScenarios(dataset, ref));
  for (const entry of Object.values(dataset.scenarios)) {
    entry.data.related.forEach((related, index) => ref(entry.file, `related[${index}].scenario`, 'scenarios', related.scenario));
  }
  for (const entry of Object.values(dataset.guides)) {
    entry.data.rules.forEach((rule, index) => {
      if (rule.appliesTo) checkSelector(rule.appliesTo, entry.file, `rules[${index}].appliesTo`, dataset, scenarios, ref, problems);
    });
  }
  for (const entry of Object.values(dataset.considerations)) {
    checkSelector(entry.data.appliesTo, entry.file, 'appliesTo', dataset, scenarios, ref, problems);
    if (entry.data.when) checkCondition(entry.data.when, entry.file, 'when', dataset, problems, ref);
  }
  for (const entry of Object.values(dataset.tools)) {
    if (entry.data.preferredFor) checkSelector(entry.data.preferredFor.appliesTo, entry.file, 'preferredFor.appliesTo', dataset, scenarios, ref, problems);
  }
  for (const entry of Object.values(dataset.questions)) {
    if (entry.data.askFor) checkSelector(entry.data.askFor, entry.file, 'askFor', dataset, scenarios, ref, problems);
    if (entry.data.askWhen) checkCondition(entry.data.askWhen, entry.file, 'askWhen', dataset, problems, ref, entry.id);
  }
  problems.push(...checkDuplicateNames(dataset));
  for (const [file, { count, files }] of blocked) problems.push(blockedReferences(file, count, [...files].sort()));
  return problems;
}

/** The one problem that stands for every reference to a file that failed to load. */
function blockedReferences(file: string, count: number, from: string[]): Problem {
  const listed = from.slice(0, 3).join(', ') + (from.length > 3 ? ` and ${from.length - 3} more` : '');
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return problem('depends-on-invalid', file, '', 'a file that loads, so the references to it can be checked', `${plural(count, 'reference')} from ${plural(from.length, 'file')}: ${listed}`, {
    hint: 'Fix the error in this file first; the references to it are checked again once it loads.',
  });
}

type RefCollection = 'documents' | 'platforms' | 'tools' | 'footnotes' | 'scenarios' | 'questions';

type Ref = (file: string, field: string, collection: RefCollection, id: string) => void;

function checkScenarios(dataset: Dataset, ref: Ref): Problem[] {
  const problems: Problem[] = [];
  const byPair = new Map<string, string>();
  // Correctly named files first, so a duplicate is reported on the copy, not on the original.
  const named = (e: { id: string; data: { source: string; target: string } }) => (e.id === scenarioId(e.data.source, e.data.target) ? 0 : 1);
  const scenarios = Object.values(dataset.scenarios).sort((a, b) => named(a) - named(b));
  for (const entry of scenarios) {
    const { source, target, offerings } = entry.data;
    ref(entry.file, 'source', 'platforms', source);
    ref(entry.file, 'target', 'platforms', target);
    const expectedId = scenarioId(source, target);
    if (entry.id !== expectedId) {
      problems.push(
        problem('wrong-file-name', entry.file, 'source', `the file to be named ${expectedId}.md (from its source and target)`, `${entry.id}.md`, {
          hint: 'The file name is the scenario\'s address on the site; rename the file or fix source/target.',
        }),
      );
    }
    const first = byPair.get(expectedId);
    if (first) {
      problems.push(
        problem('duplicate-id', entry.file, 'source', `one file per source → target pair`, `${expectedId} is also described in ${first}`, {
          hint: 'Merge the two files.',
        }),
      );
    } else {
      byPair.set(expectedId, entry.file);
    }
    const seen = new Map<string, number>();
    offerings.forEach((offering, index) => {
      ref(entry.file, `offerings[${index}].tool`, 'tools', offering.tool);
      offering.footnotes.forEach((footnote, n) => ref(entry.file, `offerings[${index}].footnotes[${n}]`, 'footnotes', footnote));
      const key = `${offering.mode}/${offering.tool}`;
      const previous = seen.get(key);
      if (previous !== undefined) {
        problems.push(
          problem('duplicate-offering', entry.file, `offerings[${index}]`, `one offering per mode and tool`, `a second ${offering.mode} offering by ${offering.tool} (first at offerings[${previous}])`, {
            hint: 'Add the later status as a dated entry in the first offering\'s history.',
          }),
        );
      } else {
        seen.set(key, index);
      }
    });
  }
  return problems;
}

function checkSelector(
  selector: Selector,
  file: string,
  field: string,
  dataset: Dataset,
  scenarios: Dataset['scenarios'][string][],
  ref: Ref,
  problems: Problem[],
): void {
  selector.scenarios?.forEach((id, i) => ref(file, `${field}.scenarios[${i}]`, 'scenarios', id));
  selector.sources?.forEach((id, i) => ref(file, `${field}.sources[${i}]`, 'platforms', id));
  selector.targets?.forEach((id, i) => ref(file, `${field}.targets[${i}]`, 'platforms', id));
  selector.tools?.forEach((id, i) => ref(file, `${field}.tools[${i}]`, 'tools', id));
  const matches = scenarios.some((scenario) => selectorMatchesScenario(selector, scenario, dataset));
  if (!matches && scenarios.length > 0) {
    problems.push(
      problem('matches-nothing', file, field, 'a selector that matches at least one scenario', 'no scenario matches', {
        hint: 'Check that the listed sources, targets, tools and modes occur together in one scenario.',
      }),
    );
  }
}

/** Checks that each leaf names a question, and compares it in a way its kind allows. */
function checkCondition(condition: Condition, file: string, field: string, dataset: Dataset, problems: Problem[], ref: Ref, self?: string): void {
  if ('all' in condition) return condition.all.forEach((c, i) => checkCondition(c, file, `${field}.all[${i}]`, dataset, problems, ref, self));
  if ('any' in condition) return condition.any.forEach((c, i) => checkCondition(c, file, `${field}.any[${i}]`, dataset, problems, ref, self));
  if ('not' in condition) return checkCondition(condition.not, file, `${field}.not`, dataset, problems, ref, self);
  ref(file, `${field}.question`, 'questions', condition.question);
  if (condition.question === self) {
    problems.push(problem('bad-condition', file, `${field}.question`, 'a question other than this one', JSON.stringify(self)));
  }
  const question = dataset.questions[condition.question]?.data;
  if (!question) return;
  const numeric = question.kind === 'number' || (question.kind === 'choice' && question.options.every((o) => typeof o.value === 'number'));
  if (('below' in condition || 'atLeast' in condition) && !numeric) {
    problems.push(problem('bad-condition', file, field, `equals or in, since "${condition.question}" is a ${question.kind} question`, 'a numeric comparison'));
  }
  const values = 'equals' in condition ? [condition.equals] : 'in' in condition ? condition.in : [];
  values.forEach((value) => {
    if (!answerFits(question, value)) {
      problems.push(
        problem('bad-condition', file, `${field}.${'equals' in condition ? 'equals' : 'in'}`, describeAnswers(question), describeValue(value)),
      );
    }
  });
}

/** Two files with the same name or title are almost always one entry written twice. */
function checkDuplicateNames(dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  const groups: { field: string; entries: { file: string; label: string }[] }[] = [
    { field: 'name', entries: Object.values(dataset.platforms).map((e) => ({ file: e.file, label: e.data.name })) },
    { field: 'name', entries: Object.values(dataset.tools).map((e) => ({ file: e.file, label: e.data.name })) },
    { field: 'title', entries: Object.values(dataset.considerations).map((e) => ({ file: e.file, label: e.data.title })) },
  ];
  for (const { field, entries } of groups) {
    const seen = new Map<string, string>();
    for (const entry of entries) {
      const key = entry.label.toLowerCase();
      const first = seen.get(key);
      if (first) problems.push(problem('duplicate-id', entry.file, field, `a ${field} no other file uses`, `the same ${field} as ${first}`));
      else seen.set(key, entry.file);
    }
  }
  const ruleIds = new Map<string, string>();
  for (const guide of Object.values(dataset.guides)) {
    guide.data.rules.forEach((rule, index) => {
      const first = ruleIds.get(rule.id);
      if (first) problems.push(problem('duplicate-id', guide.file, `rules[${index}].id`, 'a rule id used once across all guides', `${JSON.stringify(rule.id)}, also in ${first}`));
      else ruleIds.set(rule.id, guide.file);
    });
  }
  return problems;
}
