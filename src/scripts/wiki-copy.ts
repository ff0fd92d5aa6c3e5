import { copyText } from './wizard/clipboard.ts';

/**
 * <wiki-copy> (components/WikiCopy.astro) copies the snippet of the chosen format in one click and
 * says so in its live region. Choosing the format needs no script (radio buttons and CSS), and the
 * snippets sit in read-only fields, so without JavaScript a reader selects and copies by hand.
 */
class WikiCopy extends HTMLElement {
  connectedCallback() {
    this.querySelector('[data-wiki-copy]')?.addEventListener('click', () => void this.#copy());
  }

  async #copy() {
    const status = this.querySelector('[data-wiki-status]');
    const chosen = this.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    const field = chosen && this.querySelector<HTMLTextAreaElement>(`[data-wiki-format="${chosen.value}"] textarea`);
    if (!status || !chosen || !field) throw new Error('<wiki-copy>: no chosen format with a text field and a status to report in.');
    const format = chosen.labels?.[0]?.textContent?.trim() ?? chosen.value;
    // Cleared first, so copying the same format twice is announced twice.
    status.textContent = '';
    status.textContent = (await copyText(field.value, field))
      ? `Copied as ${format}.`
      : `Copying was blocked by the browser: the ${format} text is selected, copy it with Ctrl+C (⌘C on a Mac).`;
  }
}

if (!customElements.get('wiki-copy')) customElements.define('wiki-copy', WikiCopy);
