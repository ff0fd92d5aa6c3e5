/**
 * `npm run advise -- --source <platform> --target <platform> [--answer <question>=<value> ...] [--json]`
 * prints the wizard's recommendation for a pair: a readable summary, or JSON with --json.
 * `npm run advise -- --inventory <file> [--json | --csv | --markdown]` advises every row of a CSV
 * inventory (fleet mode, advise-inventory.ts): a table fitted to the terminal with the summary and
 * suggested waves, or JSON, CSV or Markdown. `--help` lists the questions, platform ids and
 * inventory columns. Bad arguments are reported together on stderr. Everything printed goes
 * through `forTerminal`, since ids, answers, file names and inventory cells may hold escape
 * sequences a terminal would obey.
 *
 * Exit codes (advise-exit-codes.ts, the README and --help say the same):
 *   0  advised: the pair, or every row of the inventory
 *   1  content/ has errors, so nothing was advised
 *   2  bad arguments: an unknown option, platform or question, an invalid answer or --today, or
 *      options that do not go together (--inventory with --source, two output formats)
 *   3  --inventory: some rows have errors and were not advised; the others were, and are printed
 *   4  --inventory: the file cannot be read as an inventory (missing, a folder, not UTF-8, over the
 *      limits, empty, or no source or target column); nothing was advised
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeAccepted, parseAnswer } from '../src/lib/advisor/answers.ts';
import { isUndescribedSamePlatformMove } from '../src/lib/advisor/applies.ts';
import { toDecimal } from '../src/lib/advisor/decimal.ts';
import { withDocumentSubjects } from '../src/lib/advisor/document-subjects.ts';
import { toMarkdown } from '../src/lib/advisor/markdown-result.ts';
import { forTerminal } from '../src/lib/advisor/terminal.ts';
import { recommend } from '../src/lib/advisor/recommend.ts';
import { orderedQuestionIds, relevantQuestions } from '../src/lib/advisor/relevance.ts';
import type { AdvisorData, AnswerValues } from '../src/lib/advisor/types.ts';
import { didYouMean } from '../src/lib/content/did-you-mean.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { formatReport } from '../src/lib/content/content-problems.ts';
import { ignoredColumns, inventoryColumns } from '../src/lib/fleet/column-list.ts';
import { MAX_BYTES, MAX_ROWS } from '../src/lib/fleet/index.ts';
import { isoDateProblem } from '../src/lib/iso-date.ts';
import type { Selector } from '../src/lib/schema/selector.ts';
import { EXIT, EXIT_CODES } from './advise-exit-codes.ts';
import { formatOf, inventoryArgumentProblems, readInventory, runInventory } from './advise-inventory.ts';

const USAGE = `Usage: npm run advise -- --source <platform-id> --target <platform-id> [--answer <question-id>=<value> ...] [--json]
       npm run advise -- --inventory <file.csv | -> [--json | --csv | --markdown]

Options:
  --source <id>        the platform you migrate from
  --target <id>        the platform you migrate to
  --answer <id=value>  an answer to a wizard question; repeat for several
  --inventory <file>   advise every row of a CSV inventory (- reads standard input); columns below
  --json               print the recommendation, or the advised inventory, as JSON
  --csv                with --inventory: print the advised inventory as CSV
  --markdown           with --inventory: print it as Markdown (summary, waves, one table row each)
  --today <date>       judge retirements as of this YYYY-MM-DD date (default: today)
  --help               show this help with the questions, platform ids and inventory columns`;

const print = (text: string) => console.log(forTerminal(text));
const printError = (text: string) => console.error(forTerminal(text));

function fail(messages: string[], code: number = EXIT.badArguments): never {
  for (const message of messages) printError(message);
  printError('Run `npm run advise -- --help` for the questions and platform ids.');
  process.exit(code);
}

function parse() {
  try {
    return parseArgs({
      options: {
        source: { type: 'string' },
        target: { type: 'string' },
        answer: { type: 'string', multiple: true, short: 'a' },
        inventory: { type: 'string' },
        json: { type: 'boolean' },
        csv: { type: 'boolean' },
        markdown: { type: 'boolean' },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return fail([`The arguments could not be read: ${error instanceof Error ? error.message : String(error)}`]);
  }
}

function loadData(): AdvisorData {
  const contentDir = resolve(process.env.CONTENT_DIR ?? resolve(import.meta.dirname, '..', 'content'));
  const { dataset, problems } = loadContent({ contentDir, projectDir: process.cwd() });
  if (!dataset) {
    printError(formatReport(problems.filter((p) => p.level === 'error')));
    printError('\nThe content has errors, so no recommendation can be made. Fix them (see `npm run validate`) and try again.');
    process.exit(EXIT.invalidContent);
  }
  // The whole dataset, not the page's trimmed copy: --today may lie before the newest status
  // entries, and only the full history says what the documents stated then. Like the page's, its
  // documents say what they are about, so the summary cites only those about the pair.
  return withDocumentSubjects(dataset);
}

function describeSelector(selector: Selector): string {
  return (Object.entries(selector) as [string, string[] | undefined][])
    .filter(([, ids]) => ids && ids.length > 0)
    .map(([key, ids]) => `${key.replace(/s$/, '')} is ${ids!.join(' or ')}`)
    .join(' and ');
}

function help(data: AdvisorData): string {
  const questions = orderedQuestionIds(data).map((id) => {
    const q = data.questions[id].data;
    const scope = q.askFor ? `\n      asked only when ${describeSelector(q.askFor)}` : '';
    return `  ${id}  [${q.kind}] ${describeAccepted(q)}${q.default !== undefined ? `; preset ${typeof q.default === 'number' ? toDecimal(q.default) : q.default}` : ''}\n      ${q.prompt}${scope}`;
  });
  const platforms = Object.values(data.platforms)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((p) => `  ${p.id}  ${p.data.name}`);
  return [USAGE, '', 'Questions (--answer <id>=<value>):', ...questions, '', 'Platforms (--source, --target):', ...platforms, '', inventoryHelp(data), '', exitCodesHelp()].join('\n');
}

/** The inventory's columns, read off the parser's own alias table (column-list.ts), and its limits. */
function inventoryHelp(data: AdvisorData): string {
  const columns = inventoryColumns(data).map((c) => {
    const aliases = c.aliases.map((a) => (a.unit ? `${a.header} (in ${a.unit})` : a.header));
    return `  ${c.id}${c.required ? ' (required)' : ''}${aliases.length ? `  also: ${aliases.join(', ')}` : ''}\n      ${c.cell}`;
  });
  const ignored = ignoredColumns().map((c) => `  ${c.header}\n      ${c.why}`);
  return [
    `Inventory columns (--inventory): a header row names them, in any order and case, with _ or a space for -; other columns are ignored with a note. At most ${MAX_ROWS.toLocaleString('en-US')} rows and ${MAX_BYTES.toLocaleString('en-US')} bytes, UTF-8.`,
    ...columns,
    'Read as ignored, on purpose:',
    ...ignored,
  ].join('\n');
}

function exitCodesHelp(): string {
  return ['Exit codes:', ...EXIT_CODES.map((e) => `  ${e.code}  ${e.when}`)].join('\n');
}

function platform(data: AdvisorData, id: string | undefined, role: 'source' | 'target', errors: string[]): string {
  if (!id) {
    errors.push(`--${role} is missing: name the platform you migrate ${role === 'source' ? 'from' : 'to'}.`);
    return '';
  }
  if (Object.hasOwn(data.platforms, id)) return id;
  const suggestion = didYouMean(id, Object.keys(data.platforms));
  errors.push(`--${role} "${id}" is not a known platform.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`);
  return '';
}

function readAnswers(data: AdvisorData, raw: string[], errors: string[]): AnswerValues {
  const answers: AnswerValues = {};
  for (const item of raw) {
    const eq = item.indexOf('=');
    if (eq <= 0) {
      errors.push(`--answer "${item}" is not of the form <question-id>=<value>, e.g. downtime-hours=4.`);
      continue;
    }
    const id = item.slice(0, eq).trim();
    const value = item.slice(eq + 1);
    if (!Object.hasOwn(data.questions, id)) {
      const suggestion = didYouMean(id, Object.keys(data.questions));
      errors.push(`--answer "${id}" is not a wizard question.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`);
      continue;
    }
    if (Object.hasOwn(answers, id)) {
      errors.push(`--answer ${id} is given twice; give each question one answer.`);
      continue;
    }
    const parsed = parseAnswer(id, data.questions[id].data, value);
    if (parsed.ok) answers[id] = parsed.value;
    else errors.push(`--answer ${id}=${JSON.stringify(value)} is not valid: ${id} needs ${describeAccepted(data.questions[id].data)}.`);
  }
  return answers;
}

const args = parse();
if (args.inventory !== undefined && !args.help) adviseInventoryFile(args.inventory);
else {
  const data = loadData();
  if (args.help) {
    print(help(data));
    process.exit(EXIT.ok);
  }
  advisePair(data);
}

function todayProblems(): string[] {
  const problem = args.today === undefined ? undefined : isoDateProblem(args.today);
  return problem ? [`--today "${args.today}" ${problem}; give a date such as 2026-11-22.`] : [];
}

/** Arguments and the file are checked before content/ is loaded, so a mistyped path fails at once. */
function adviseInventoryFile(path: string) {
  const errors = [...inventoryArgumentProblems(args), ...todayProblems()];
  if (errors.length > 0) fail(errors);
  const read = readInventory(path);
  if (!read.ok) {
    printError(read.message);
    process.exit(EXIT.unreadableInventory);
  }
  // exitCode, not exit(): a large table or JSON on a pipe is then written out in full.
  process.exitCode = runInventory(read.text, formatOf(args), loadData(), args.today);
}

function advisePair(data: AdvisorData) {
  const errors = [...inventoryArgumentProblems(args), ...todayProblems()];
  const source = platform(data, args.source, 'source', errors);
  const target = platform(data, args.target, 'target', errors);
  if (isUndescribedSamePlatformMove(data, source, target)) {
    errors.push('--source and --target name the same platform, and no scenario describes such a move; choose a different target.');
  }
  const answers = readAnswers(data, args.answer ?? [], errors);
  if (errors.length > 0) fail(errors);

  const unused = Object.keys(answers).filter((id) => !relevantQuestions(data, { source, target }, answers).includes(id));
  for (const id of unused) printError(`Note: ${id} is not asked for ${source} → ${target}, so its answer was not used.`);

  const result = recommend(data, { source, target, answers }, { today: args.today });
  print(args.json ? JSON.stringify(result, null, 2) : toMarkdown(result, data));
}
