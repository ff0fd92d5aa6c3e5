import { describeChangeProblem, matchesChange, parseChangeQuery, serialiseChangeQuery, type ChangeFacets, type ChangeQuery } from '../lib/data/change-filter.ts';

/**
 * <change-filter> (components/changes/ChangeFilter.astro) filters the server-rendered change log.
 * The URL query is the only state: on load it is parsed and applied, every change of a select
 * rewrites it with replaceState (a filter is a view of one page, not a trail of pages to go back
 * through), and items read their keys from data-* attributes, so the script carries no data.
 */
class ChangeFilter extends HTMLElement {
  #form?: HTMLFormElement;
  #facets: ChangeFacets = { engines: [], tools: [], kinds: [], years: [] };

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('form[data-controls]');
    if (!form) return;
    this.#form = form;
    const values = (name: string) => [...form.querySelectorAll<HTMLOptionElement>(`[name="${name}"] option`)].map((o) => o.value).filter(Boolean);
    this.#facets = { engines: values('engine'), tools: values('tool'), kinds: values('kind'), years: values('year') };
    form.addEventListener('input', () => this.#apply(this.#read(), false, true));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#apply(this.#read(), false, true);
    });
    this.querySelector('[data-clear]')?.addEventListener('click', (event) => {
      event.preventDefault();
      this.#apply({ filters: {}, problems: [] }, true, true);
    });
    // The address as loaded stays as it is, so a reload shows the same notice about what it got wrong.
    this.#apply(parseChangeQuery(location.search, this.#facets), true, false);
  }

  #read(): ChangeQuery {
    const params = new URLSearchParams();
    for (const select of this.#form?.querySelectorAll('select') ?? []) params.append(select.name, select.value);
    return parseChangeQuery(params.toString(), this.#facets);
  }

  #apply({ filters, problems }: ChangeQuery, syncForm: boolean, writeUrl: boolean) {
    if (syncForm) for (const select of this.#form?.querySelectorAll('select') ?? []) select.value = filters[select.name as keyof typeof filters] ?? '';
    let shown = 0;
    for (const item of this.querySelectorAll<HTMLElement>('li[data-kind]')) {
      const { engines = '', tools = '', kind = '', year = '' } = item.dataset;
      item.hidden = !matchesChange({ engines: engines.split(' '), tools: tools.split(' '), kind, year }, filters);
      if (!item.hidden && item.closest('[data-change-log]')) shown += 1;
    }
    for (const group of this.querySelectorAll<HTMLElement>('[data-change-group]')) {
      const count = group.querySelectorAll('li[data-kind]:not([hidden])').length;
      group.hidden = count === 0;
      const counter = group.querySelector('[data-group-count]');
      if (counter) counter.textContent = String(count);
    }
    const total = this.dataset.total;
    const counter = this.querySelector('[data-count]');
    const query = serialiseChangeQuery(filters);
    if (counter) counter.textContent = query ? `Showing ${shown} of ${total} changes` : `${total} changes`;
    const clear = this.querySelector<HTMLElement>('[data-clear]');
    if (clear) clear.hidden = !query;
    const notice = this.querySelector<HTMLElement>('[data-notice]');
    const list = this.querySelector('[data-notice-list]');
    if (notice && list) {
      list.replaceChildren(...problems.map((problem) => Object.assign(document.createElement('li'), { textContent: describeChangeProblem(problem) })));
      notice.hidden = problems.length === 0;
    }
    if (writeUrl && query !== location.search) history.replaceState(null, '', location.pathname + query);
  }
}

customElements.define('change-filter', ChangeFilter);
