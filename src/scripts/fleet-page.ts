import type { FleetResult } from '../lib/fleet/types.ts';
import type { ViewRow } from '../lib/fleet/view-row.ts';
import { FILE_ORDER, filterRows, nextSort, presetsUsed, ROWS_PER_PAGE, sortRows, visibleRows, type Sort, type SortKey, type TableFilter } from '../lib/fleet/view-table.ts';
import { el } from './fleet/element.ts';
import type { ExportFormat, FromWorker, ResultView, ToWorker } from './fleet/protocol.ts';
import { forget, recall, remember } from './fleet/remember.ts';
import { drawProblems, drawRow, drawSummary, drawWaves, number } from './fleet/render.ts';
import { required } from './required.ts';

const FILTERS = ['mode', 'tool', 'blocker', 'deadline', 'errors'] as const;

/**
 * <fleet-advisor> reads an inventory (a chosen or dropped file, pasted text, or the sample) and
 * shows fleet mode's result: summary, waves, then a table that sorts, filters and draws a page of
 * rows at a time. The reading and advising run in a Web Worker, created on the first inventory,
 * so the page's own script stays small and never blocks; nothing is sent anywhere.
 */
class FleetAdvisor extends HTMLElement {
  #worker?: Worker;
  #run = 0;
  #rows: ViewRow[] = [];
  #result?: FleetResult & { rows: ViewRow[] };
  #sort: Sort = FILE_ORDER;
  #limit = ROWS_PER_PAGE;
  /** The inventory being advised, kept to remember it if the box is ticked later. */
  #input?: { value: File | string; name: string };
  #exports = new Map<ExportFormat, (text: string) => void>();

  #el = <T extends Element>(selector: string, type: new () => T) => required(this, selector, type);

  connectedCallback() {
    const file = this.#el('[data-file]', HTMLInputElement);
    const paste = this.#el('[data-paste]', HTMLTextAreaElement);
    const box = this.#el('[data-remember]', HTMLInputElement);
    file.addEventListener('change', () => file.files?.[0] && this.#advise(file.files[0], file.files[0].name));
    this.#el('[data-advise-paste]', HTMLButtonElement).addEventListener('click', () => {
      if (paste.value.trim()) this.#advise(paste.value, 'pasted text');
      else this.#fail('The box is empty: paste the rows of a CSV file, header first.');
    });
    const sample = this.#el('[data-sample]', HTMLButtonElement);
    sample.addEventListener('click', () => {
      paste.value = sample.dataset.sample ?? '';
      this.#advise(paste.value, 'the sample inventory');
    });
    this.#dropZone(this.#el('[data-drop]', HTMLElement));
    box.addEventListener('change', () => this.#keep(box.checked));
    this.#el('[data-clear]', HTMLButtonElement).addEventListener('click', () => {
      forget();
      box.checked = false;
      this.#el('[data-restored]', HTMLElement).hidden = true;
    });
    this.#el('[data-change]', HTMLButtonElement).addEventListener('click', () => this.#fold(false));
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-export]')) {
      button.addEventListener('click', () => this.#download(button.dataset.export as ExportFormat));
    }
    const filters = this.#el('[data-filters]', HTMLFormElement);
    filters.addEventListener('change', () => this.#drawTable(true));
    filters.addEventListener('submit', (event) => event.preventDefault());
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-sort]')) {
      button.addEventListener('click', () => this.#sortBy(nextSort(this.#sort, button.dataset.sort as SortKey)));
    }
    const phoneSort = this.#el('[data-sort-select]', HTMLSelectElement);
    phoneSort.addEventListener('change', () => {
      const [key, direction] = phoneSort.value.split(' ') as [SortKey, Sort['direction']];
      this.#sortBy({ key, direction });
    });
    this.#el('[data-more]', HTMLButtonElement).addEventListener('click', () => {
      this.#limit += ROWS_PER_PAGE;
      this.#drawTable(false);
    });

    const kept = recall();
    if (kept) {
      box.checked = true;
      paste.value = kept.text;
      this.#advise(kept.text, kept.name, true);
    }
  }

  #dropZone(zone: HTMLElement) {
    const over = (on: boolean) => (event: DragEvent) => {
      event.preventDefault();
      zone.toggleAttribute('data-over', on);
    };
    zone.addEventListener('dragover', over(true));
    zone.addEventListener('dragleave', over(false));
    zone.addEventListener('drop', (event) => {
      over(false)(event);
      const dropped = event.dataTransfer?.files[0];
      if (dropped) this.#advise(dropped, dropped.name);
    });
  }

  #workerReady(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./fleet-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => this.#receive(event.data));
    worker.addEventListener('error', () => this.#fail('The part of the page that reads the file did not load; reload the page and try again.'));
    const data = required(document, `#${CSS.escape(this.dataset.data ?? '')}`, HTMLScriptElement).textContent;
    worker.postMessage({ kind: 'data', json: data } satisfies ToWorker);
    return (this.#worker = worker);
  }

  /** Advises an inventory; `restored` says it is the one kept on this device, which the page then says. */
  #advise(input: File | string, name: string, restored = false) {
    this.#run += 1;
    this.#el('[data-restored]', HTMLElement).hidden = !restored;
    this.#input = { value: input, name };
    this.#rows = [];
    this.#result = undefined;
    this.#el('[data-failed]', HTMLElement).hidden = true;
    this.#progress(`Reading ${name}…`, 0, 0);
    this.#workerReady().postMessage({ kind: 'advise', run: this.#run, input, builtOn: this.dataset.builtOn ?? '' } satisfies ToWorker);
    if (this.#el('[data-remember]', HTMLInputElement).checked) this.#keep(true);
  }

  #receive(message: FromWorker) {
    if (message.kind === 'export') return this.#exports.get(message.format)?.(message.text);
    if (message.run !== undefined && message.run !== this.#run) return;
    if (message.kind === 'failed') return this.#fail(`The inventory could not be read: ${message.message}`);
    if (message.kind === 'started') {
      this.#el('[data-as-of]', HTMLElement).textContent = `Read from ${this.#input?.name ?? 'the inventory'}. ${message.judged}`;
      return this.#progress(`Advising ${number(message.total)} rows…`, 0, message.total);
    }
    if (message.kind === 'rows') {
      this.#rows.push(...message.rows);
      return this.#progress(`Advised ${number(message.done)} of ${number(message.total)} rows…`, message.done, message.total);
    }
    this.#result = { ...message.result, rows: this.#rows };
    this.#show(this.#result, message);
    // The bar has done its job: the results heading, focused, and the line under it say the rest.
    this.#el('[data-progress]', HTMLElement).hidden = true;
  }

  #progress(text: string, done: number, total: number) {
    const box = this.#el('[data-progress]', HTMLElement);
    box.hidden = false;
    const bar = this.#el('progress', HTMLProgressElement);
    // No total yet (the file is being read): an indeterminate bar.
    if (total > 0) {
      bar.max = total;
      bar.value = done;
    } else bar.removeAttribute('value');
    this.#el('[data-progress-text]', HTMLElement).textContent = text;
  }

  #fail(message: string) {
    const box = this.#el('[data-failed]', HTMLElement);
    box.textContent = message;
    box.hidden = false;
    this.#el('[data-progress]', HTMLElement).hidden = true;
  }

  /** Folds the input away once there is a result (the answer first); "Load another inventory" opens it. */
  #fold(folded: boolean) {
    this.#el('[data-input]', HTMLElement).hidden = folded;
    this.#el('[data-change]', HTMLButtonElement).hidden = !folded;
  }

  #show(result: FleetResult, view: ResultView) {
    const showErrors = el('button', { type: 'button', class: 'link-button' }, 'Show them in the table');
    showErrors.addEventListener('click', () => {
      this.#el('#fleet-filter-errors', HTMLSelectElement).value = 'with';
      this.#drawTable(true);
      this.#el('#fleet-table-title', HTMLElement).scrollIntoView();
    });
    this.#el('[data-problems]', HTMLElement).replaceChildren(...drawProblems(result, presetsUsed(result.rows)));
    const any = result.rows.length > 0;
    this.#el('[data-summary]', HTMLElement).replaceChildren(...(any ? drawSummary(result, view.words, showErrors) : []));
    this.#el('[data-waves-basis]', HTMLElement).textContent = result.waves.basis;
    this.#el('[data-waves]', HTMLElement).replaceChildren(...drawWaves(result));
    for (const part of this.querySelectorAll<HTMLElement>('[data-needs-rows]')) part.hidden = !any;
    this.#fillFilters(view.filters);
    this.#sort = FILE_ORDER;
    this.#el('[data-rows]', HTMLTableSectionElement).replaceChildren();
    this.#el('[data-results]', HTMLElement).hidden = false;
    this.#fold(true);
    this.#el('#fleet-results-title', HTMLElement).focus();
    // The answer first, in a task of its own: the table (sorting, filtering, drawing its rows) follows
    // in the next, so neither holds the page for long on a large file.
    setTimeout(() => this.#drawTable(true), 0);
  }

  #fillFilters(options: ResultView['filters']) {
    for (const name of FILTERS) {
      const select = this.#el(`#fleet-filter-${name}`, HTMLSelectElement);
      select.replaceChildren(el('option', { value: '' }, 'Any'), ...options[name].map((o) => el('option', { value: o.value }, `${o.label} (${number(o.count)})`)));
    }
  }

  #sortBy(sort: Sort) {
    this.#sort = sort;
    this.#drawTable(true);
  }

  /** Draws the rows the filters keep, in the chosen order; `reset` goes back to the first page. */
  #drawTable(reset: boolean) {
    const result = this.#result;
    if (!result) return;
    if (reset) this.#limit = ROWS_PER_PAGE;
    const filter = Object.fromEntries(FILTERS.map((name) => [name, this.#el(`#fleet-filter-${name}`, HTMLSelectElement).value])) as TableFilter;
    const ordered = sortRows(result.rows, filterRows(result.rows, filter), this.#sort);
    const { shown, hidden } = visibleRows(ordered, this.#limit);
    const body = this.#el('[data-rows]', HTMLTableSectionElement);
    body.replaceChildren(...shown.map((i) => drawRow(result.rows[i])));
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-sort]')) {
      const th = button.closest('th');
      if (button.dataset.sort === this.#sort.key) th?.setAttribute('aria-sort', this.#sort.direction);
      else th?.removeAttribute('aria-sort');
    }
    this.#el('[data-sort-select]', HTMLSelectElement).value = `${this.#sort.key} ${this.#sort.direction}`;
    const of = ordered.length === result.rows.length ? `${number(ordered.length)}` : `${number(ordered.length)} matching (of ${number(result.rows.length)})`;
    this.#el('[data-count]', HTMLElement).textContent = `Showing ${number(shown.length)} of ${of} rows.`;
    const more = this.#el('[data-more]', HTMLButtonElement);
    more.hidden = hidden === 0;
    more.textContent = `Show ${number(Math.min(hidden, ROWS_PER_PAGE))} more`;
  }

  /** Asks the worker for the export and saves it through a link to an object URL (no request leaves the page). */
  async #download(format: ExportFormat) {
    if (!this.#result || !this.#worker) return;
    const text = await new Promise<string>((resolve) => {
      this.#exports.set(format, resolve);
      this.#worker?.postMessage({ kind: 'export', format } satisfies ToWorker);
    });
    const [type, extension] = format === 'csv' ? ['text/csv', 'csv'] : ['text/markdown', 'md'];
    const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    const link = el('a', { href: url, download: `fleet-advice-${this.#result.asOf}.${extension}` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  /** Keeps the inventory while the box is ticked; forgets it when it is not. */
  async #keep(on: boolean) {
    const status = this.#el('[data-remember-status]', HTMLElement);
    status.textContent = '';
    if (!on) {
      forget();
      this.#el('[data-restored]', HTMLElement).hidden = true;
      return;
    }
    if (!this.#input) return;
    const { value, name } = this.#input;
    const text = typeof value === 'string' ? value : await value.text().catch(() => undefined);
    if (text !== undefined) status.textContent = remember({ text, name });
  }
}

customElements.define('fleet-advisor', FleetAdvisor);
