import { required } from './required.ts';

/**
 * <site-search>: queries the static Pagefind index built into dist/pagefind/. Results are
 * rendered with textContent only; the query lives in ?q= so a search can be linked.
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

const MAX_RESULTS = 20;

/** Pagefind marks hits with <mark>; keep only the text, parsed in an inert document. */
function plainText(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

class SiteSearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;

  connectedCallback() {
    const form = required(this, 'form', HTMLFormElement);
    const input = required(this, 'input', HTMLInputElement);
    const status = required(this, '[data-status]', HTMLElement);
    status.textContent = 'Type to search.';
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#run(input.value);
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.#run(input.value), 200);
    });
    const initial = new URLSearchParams(location.search).get('q') ?? '';
    if (initial) {
      input.value = initial;
      this.#run(initial);
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

  async #run(query: string) {
    const status = required(this, '[data-status]', HTMLElement);
    const list = required(this, '[data-results]', HTMLOListElement);
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = 'Type to search.';
      return;
    }
    status.textContent = `Searching for “${query}”…`;
    try {
      const pagefind = await this.#load();
      const { results } = await pagefind.search(query);
      const data = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
      list.replaceChildren(
        ...data.map((item) => {
          const li = document.createElement('li');
          const link = document.createElement('a');
          link.href = item.url;
          link.textContent = item.meta.title ?? item.url;
          const excerpt = document.createElement('p');
          excerpt.textContent = plainText(item.excerpt);
          li.append(link, excerpt);
          return li;
        }),
      );
      status.textContent = results.length === 0 ? `No results for “${query}”.` : `${results.length} result(s) for “${query}”${results.length > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : ''}.`;
    } catch {
      status.textContent = 'The search index could not be loaded. Browse the matrix instead.';
    }
  }
}

customElements.define('site-search', SiteSearch);
