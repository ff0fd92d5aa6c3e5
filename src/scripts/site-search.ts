import { required } from './required.ts';

/**
 * <site-search>: queries the static Pagefind index built into dist/pagefind/. Results are
 * rendered with text nodes and elements made here, never parsed HTML; the query lives in ?q= so a
 * search can be linked. Every result can be reached: a page of them at a time, then "Show more".
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string; type?: string; status?: string } }>;
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

/** Results loaded at a time: each one fetches a fragment of the index. */
const PAGE_SIZE = 20;

/**
 * Pagefind's excerpt is HTML whose only markup is <mark> around the hits. It is parsed in an inert
 * document and rebuilt as text nodes and <mark> elements made here, so the hits stay highlighted
 * and nothing from the index is ever inserted as markup.
 */
function excerptNodes(html: string): Node[] {
  return [...new DOMParser().parseFromString(html, 'text/html').body.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.className = className;
  made.append(...children);
  return made;
}

class SiteSearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;
  #results: PagefindResult[] = [];
  #query = '';
  /** Counts searches, so the answer to an older query never replaces a newer one's. */
  #run = 0;

  connectedCallback() {
    const form = required(this, 'form', HTMLFormElement);
    const input = required(this, 'input', HTMLInputElement);
    required(this, '[data-status]', HTMLElement).textContent = 'Type to search.';
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#search(input.value);
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.#search(input.value), 200);
    });
    required(this, '[data-more]', HTMLButtonElement).addEventListener('click', () => this.#showMore(true));
    const initial = new URLSearchParams(location.search).get('q') ?? '';
    if (initial) {
      input.value = initial;
      this.#search(initial);
    }
  }

  #load(): Promise<Pagefind> {
    // The page writes its base path through href(), already ending in '/'.
    const base = this.dataset.base ?? '/';
    this.#pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ baseUrl: base });
      return module;
    });
    return this.#pagefind;
  }

  async #search(query: string) {
    const status = required(this, '[data-status]', HTMLElement);
    const run = ++this.#run;
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    this.#query = query;
    this.#results = [];
    required(this, '[data-results]', HTMLOListElement).replaceChildren();
    required(this, '[data-more]', HTMLButtonElement).hidden = true;
    if (!query.trim()) {
      status.textContent = 'Type to search.';
      return;
    }
    status.textContent = `Searching for “${query}”…`;
    try {
      const { results } = await (await this.#load()).search(query);
      if (run !== this.#run) return;
      this.#results = results;
      await this.#showMore(false);
    } catch {
      if (run === this.#run) status.textContent = 'The search index could not be loaded. Browse the matrix instead.';
    }
  }

  /** Appends the next page of results; after a click, focus moves to the first new one. */
  async #showMore(moveFocus: boolean) {
    const run = this.#run;
    const list = required(this, '[data-results]', HTMLOListElement);
    const more = required(this, '[data-more]', HTMLButtonElement);
    const shown = list.children.length;
    more.disabled = true; // one page at a time, or two clicks would load the same page twice
    const data = await Promise.all(this.#results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
    more.disabled = false;
    if (run !== this.#run) return;
    const items = data.map((item) => {
      const link = element('a', 'result-title', item.meta.title ?? item.url);
      link.href = item.url;
      const labels = element('p', 'result-labels', element('span', 'tag', item.meta.type ?? 'Page'));
      if (item.meta.status) labels.append(' ', element('span', 'result-status', item.meta.status));
      return element('li', '', link, labels, element('p', 'result-excerpt', ...excerptNodes(item.excerpt)));
    });
    list.append(...items);
    const total = this.#results.length;
    const remaining = total - list.children.length;
    more.hidden = remaining <= 0;
    more.textContent = `Show ${Math.min(remaining, PAGE_SIZE)} more of ${total}`;
    required(this, '[data-status]', HTMLElement).textContent =
      total === 0 ? `No results for “${this.#query}”.` : `${total} result${total === 1 ? '' : 's'} for “${this.#query}”${remaining > 0 ? `, showing ${list.children.length}` : ''}.`;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }
}

customElements.define('site-search', SiteSearch);
