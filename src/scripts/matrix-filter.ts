import { matchesFilters, rowKeysFromDataset, type RowKeys } from '../lib/matrix/filter.ts';
import {
  ID_PARAMS,
  NO_FILTERS,
  activeFilterCount,
  describeProblem,
  isFiltered,
  parseMatrixQuery,
  serialiseMatrixQuery,
  type MatrixQuery,
  type MatrixVocabulary,
} from '../lib/matrix/query.ts';

/** Typing settles into one history entry once the reader pauses this long. */
const TYPING_PAUSE_MS = 400;

/**
 * <matrix-filter> enhances the server-rendered matrix. The URL query is the only state: the
 * element parses it, hides rows that do not match (the `hidden` attribute) and writes the form
 * back into the URL. It reads rows from their data-* attributes and the allowed values from the
 * <select> options, so it needs no copy of the dataset. It also shows the chosen view, opens the
 * retired tools when asked to, and hides the notes that no visible cell cites.
 */
class MatrixFilter extends HTMLElement {
  #controls?: HTMLElement;
  #rows: { element: HTMLElement; id: string; keys: RowKeys }[] = [];
  #vocabulary: MatrixVocabulary = { source: [], target: [], engine: [], tool: [], retiredTools: [] };
  /** Whether retired tools were shown at the last render: their <details> follow only a change, so a cell the reader opened stays open. */
  #retiredShown = false;
  /** Set while the reader is typing in the search box, so keystrokes replace one history entry. */
  #typing = false;
  #pending?: number;
  #onPopState = () => {
    // A replaceState still waiting for a typing pause would otherwise land on the entry we moved to.
    window.clearTimeout(this.#pending);
    this.#typing = false;
    this.#render(parseMatrixQuery(location.search, this.#vocabulary), true);
  };

  connectedCallback() {
    const controls = this.querySelector<HTMLElement>('[data-controls]');
    if (!controls) return;
    this.#controls = controls;
    for (const param of ID_PARAMS) {
      const select = this.#field<HTMLSelectElement>(param);
      this.#vocabulary[param] = select ? [...select.options].map((o) => o.value).filter(Boolean) : [];
    }
    this.#vocabulary.retiredTools = [...this.querySelectorAll<HTMLOptionElement>('[name="tool"] option[data-retired]')].map((o) => o.value);
    this.#rows = [...this.querySelectorAll<HTMLElement>('tr[data-scenario]')].map((element) => ({
      element,
      id: element.dataset.scenario ?? '',
      keys: rowKeysFromDataset(element.dataset),
    }));
    // Selects and radios fire `input` too; `change` would only add the search box's blur.
    controls.addEventListener('input', (event) => this.#changed(event.target));
    this.querySelector('[data-clear]')?.addEventListener('click', () => {
      const { view } = this.#readControls();
      this.#typing = false;
      this.#render({ filters: { ...NO_FILTERS }, view, problems: [] }, true);
      this.#writeUrl('push', serialiseMatrixQuery(NO_FILTERS, view, this.#vocabulary));
    });
    // The phone's "Filters" disclosure; wider screens hide the button and always show the fields.
    const toggle = this.querySelector<HTMLButtonElement>('[data-toggle]');
    toggle?.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      controls.toggleAttribute('data-open', open);
    });
    // A cell's retired tools opened or closed by hand change which notes are cited (toggle does not bubble).
    this.addEventListener('toggle', () => this.#renderNotes(), true);
    window.addEventListener('popstate', this.#onPopState);
    this.#render(parseMatrixQuery(location.search, this.#vocabulary), true);
  }

  disconnectedCallback() {
    window.removeEventListener('popstate', this.#onPopState);
  }

  #field<T extends HTMLInputElement | HTMLSelectElement>(name: string): T | null {
    return this.#controls?.querySelector<T>(`[name="${name}"]`) ?? null;
  }

  /**
   * The controls' state, read through the URL parser so both follow one set of rules. After a
   * change of tool the checkbox is left out, so retired tools take that tool's default (shown
   * for a retired tool) as a link naming it would.
   */
  #readControls(changed?: EventTarget | null): MatrixQuery {
    const params = new URLSearchParams();
    for (const field of this.#controls?.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]') ?? []) {
      const checked = (field as HTMLInputElement).checked;
      if (field.type === 'checkbox') {
        if (!(changed instanceof HTMLSelectElement && changed.name === 'tool')) params.append(field.name, checked ? 'show' : 'hide');
      } else if (field.type !== 'radio' || checked) params.append(field.name, field.value);
    }
    return parseMatrixQuery(params.toString(), this.#vocabulary);
  }

  #changed(target: EventTarget | null) {
    const typing = target instanceof HTMLInputElement && target.name === 'q';
    const state = this.#readControls(target);
    this.#render(state, false);
    const query = serialiseMatrixQuery(state.filters, state.view, this.#vocabulary);
    // The first keystroke of a search gets its own history entry; the rest of the word updates it.
    this.#writeUrl(typing && this.#typing ? 'replace' : 'push', query, typing);
    this.#typing = typing;
  }

  #writeUrl(how: 'push' | 'replace', query: string, debounce = false) {
    window.clearTimeout(this.#pending);
    const write = () => {
      const url = location.pathname + query;
      if (url === location.pathname + location.search) return;
      if (how === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    };
    // Browsers throttle history calls; a burst of keystrokes becomes one replaceState.
    if (debounce && how === 'replace') this.#pending = window.setTimeout(write, TYPING_PAUSE_MS);
    else write();
  }

  /** Shows a state. `syncControls` also sets the controls (on load, back/forward, clear). */
  #render({ filters, view, problems }: MatrixQuery, syncControls: boolean) {
    if (syncControls) {
      const values: Record<string, string | undefined> = { ...filters, retired: undefined, mode: filters.mode ?? '' };
      for (const name of [...ID_PARAMS, 'mode', 'status', 'q']) {
        const field = this.#field(name);
        if (field) field.value = values[name] ?? '';
      }
      for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="view"]')) radio.checked = radio.value === view;
    }
    // A change of tool can change whether retired tools show, so the checkbox always follows.
    const retired = this.#field<HTMLInputElement>('retired');
    if (retired) retired.checked = filters.retired;
    if (filters.retired !== this.#retiredShown) {
      for (const details of this.querySelectorAll<HTMLDetailsElement>('details[data-retired-tools]')) details.open = filters.retired;
      this.#retiredShown = filters.retired;
    }

    const shown = new Set<string>();
    for (const row of this.#rows) {
      const match = matchesFilters(row.keys, filters);
      row.element.hidden = !match;
      if (match) shown.add(row.id);
    }
    for (const group of this.querySelectorAll<HTMLElement>('tbody[data-group]')) {
      group.hidden = !group.querySelector('tr[data-scenario]:not([hidden])');
    }
    this.#renderPivot(shown);

    for (const section of this.querySelectorAll<HTMLElement>('[data-view]')) section.hidden = section.dataset.view !== view;
    this.dataset.mode = filters.mode ?? '';

    const total = this.#rows.length;
    const count = this.querySelector('[data-count]');
    if (count) {
      count.textContent =
        shown.size === 0
          ? `Showing 0 of ${total} scenarios: none matches these filters. Clear filters to see them all.`
          : `Showing ${shown.size} of ${total} scenarios`;
    }
    const clear = this.querySelector<HTMLButtonElement>('[data-clear]');
    if (clear) clear.disabled = !isFiltered(filters, this.#vocabulary);
    const active = activeFilterCount(filters);
    const badge = this.querySelector('[data-active-count]');
    if (badge) badge.textContent = active ? ` (${active})` : '';
    this.#renderNotice(problems.map(describeProblem));
    this.#renderNotes();
  }

  /** Shows only the notes a visible marker cites, keeping their numbers (each <li> has its value). */
  #renderNotes() {
    const notes = this.querySelector<HTMLElement>('[data-notes]');
    if (!notes) return;
    const cited = new Set<string>();
    for (const marker of this.querySelectorAll<HTMLAnchorElement>('.fn-markers a')) {
      if (marker.checkVisibility() && !marker.closest('details:not([open])')) cited.add(marker.hash.slice(1));
    }
    const items = [...notes.querySelectorAll<HTMLElement>('li[id]')];
    for (const item of items) item.hidden = !cited.has(item.id);
    notes.hidden = items.every((item) => item.hidden);
  }

  /** Blanks non-matching cells, then drops source rows and target columns left with none. */
  #renderPivot(shown: ReadonlySet<string>) {
    const columns = new Map<string, boolean>();
    for (const row of this.querySelectorAll<HTMLElement>('tr[data-pivot-row]')) {
      let any = false;
      for (const cell of row.querySelectorAll<HTMLElement>('td[data-col]')) {
        const column = cell.dataset.col ?? '';
        const id = cell.dataset.scenarioCell;
        const match = id !== undefined && shown.has(id);
        const content = cell.firstElementChild as HTMLElement | null;
        if (id !== undefined && content) content.hidden = !match;
        any ||= match;
        columns.set(column, (columns.get(column) ?? false) || match);
      }
      row.hidden = !any;
    }
    for (const cell of this.querySelectorAll<HTMLElement>('.matrix-pivot [data-col]')) cell.hidden = !columns.get(cell.dataset.col ?? '');
  }

  /** Problems from a hand-edited URL, as text: a value from the URL must never become markup. */
  #renderNotice(messages: string[]) {
    const notice = this.querySelector<HTMLElement>('[data-notice]');
    const list = notice?.querySelector('[data-notice-list]');
    if (!notice || !list) return;
    list.replaceChildren(
      ...messages.map((message) => {
        const item = document.createElement('li');
        item.textContent = message;
        return item;
      }),
    );
    notice.hidden = messages.length === 0;
  }
}

customElements.define('matrix-filter', MatrixFilter);
