import { parseAdvisorData } from '../lib/advisor/embedded-data.ts';
import type { AdvisorData } from '../lib/advisor/types.ts';
import { adviseRows, assembleResult, parseInventory, toCsv, toMarkdown, type FleetResult, type FleetRow } from '../lib/fleet/index.ts';
import { filterOptions, summaryWords, viewRow } from '../lib/fleet/view-row.ts';
import { todayUtc, wizardJudgingDate } from '../lib/today.ts';
import type { FromWorker, ToWorker } from './fleet/protocol.ts';

/*
 * The fleet page's worker: reads an inventory, advises it in slices and posts each slice as it is
 * done, so the page shows progress and stays responsive for a file of many thousand rows. Loaded
 * only when a first inventory is chosen or pasted, with the CSV parser and the advisor.
 */

/**
 * Rows per slice: small enough that progress moves often and that the page takes in each message
 * (a structured clone of the rows) well inside a frame.
 */
const SLICE = 250;

const post = (message: FromWorker) => self.postMessage(message);
/** Lets queued messages (a newer inventory) in between slices. */
const pause = () => new Promise((resume) => setTimeout(resume, 0));

let data: AdvisorData | undefined;
let latest = 0;
let result: FleetResult | undefined;

async function advise(run: number, input: File | string, builtOn: string) {
  if (!data) throw new Error('The fleet worker got an inventory before the advisor data; reload the page.');
  const text = typeof input === 'string' ? input : await input.text();
  if (run !== latest) return;
  // As the wizard judges: the device's date, never before the build (the embedded data knows nothing earlier).
  const judging = wizardJudgingDate(todayUtc(), builtOn);
  const today = judging.date;
  const parsed = parseInventory(text, data);
  post({ kind: 'started', run, total: parsed.rows.length, judged: judging.note });
  const rows: FleetRow[] = [];
  for (let start = 0; start < parsed.rows.length; start += SLICE) {
    await pause();
    if (run !== latest) return;
    const slice = adviseRows(data, parsed.rows, today, start, start + SLICE);
    rows.push(...slice);
    post({ kind: 'rows', run, rows: slice.map(viewRow), done: rows.length, total: parsed.rows.length });
  }
  result = assembleResult(data, parsed, rows, today);
  const { rows: _rows, ...rest } = result;
  post({ kind: 'done', run, result: rest, words: summaryWords(result), filters: filterOptions(result) });
}

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    if (message.kind === 'data') data = parseAdvisorData(message.json);
    else if (message.kind === 'export') {
      if (result) post({ kind: 'export', format: message.format, text: message.format === 'csv' ? toCsv(result) : toMarkdown(result) });
    } else {
      latest = message.run;
      result = undefined;
      advise(message.run, message.input, message.builtOn).catch((error: unknown) => post({ kind: 'failed', run: message.run, message: String(error) }));
    }
  } catch (error) {
    post({ kind: 'failed', message: String(error) });
  }
});
