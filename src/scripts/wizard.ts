import { parseQuery } from '../lib/advisor/answers.ts';
import { answerProblem } from '../lib/advisor/problems.ts';
import { toQuery } from '../lib/advisor/wizard-address.ts';
import { parseAdvisorData } from '../lib/advisor/embedded-data.ts';
import { recommend } from '../lib/advisor/recommend.ts';
import { pairExists, pick, relevantQuestions } from '../lib/advisor/relevance.ts';
import { resultModel, type ResultModel } from '../lib/advisor/result-sections.ts';
import type { AdvisorData, AnswerProblem } from '../lib/advisor/types.ts';
import { h } from './wizard/dom.ts';
import { readForm, writeForm } from './wizard/form.ts';
import { renderResult } from './wizard/render-result.ts';
import { todayUtc, wizardJudgingDate } from '../lib/today.ts';
import { required } from './required.ts';

/**
 * <migration-wizard> turns the server-rendered form into the advisor. The address is the only
 * state: on load it is parsed (anything unusable is listed as text and ignored), and after each
 * change the form is written back into it, so a copied link reproduces the same result.
 * The data comes from a JSON script element named by data-data. A missing element, or data
 * without the advisor's shape, throws an error that says which (required.ts, embedded-data.ts).
 */
class MigrationWizard extends HTMLElement {
  #data!: AdvisorData;
  #form!: HTMLFormElement;
  #targets!: HTMLSelectElement;
  #model?: ResultModel;
  #edited = false;
  /** The copy renderers (Markdown, wiki formats), loaded the first time a copy needs them. */
  #formats?: Promise<typeof import('./wizard/copy-formats.ts')>;

  connectedCallback() {
    this.#data = parseAdvisorData(required(document, `#${CSS.escape(this.dataset.data ?? '')}`, HTMLScriptElement).textContent);
    const form = required(this, '[data-form]', HTMLFormElement);
    this.#form = form;
    const source = required(form, '#wizard-source', HTMLSelectElement);
    this.#targets = required(form, '#wizard-target', HTMLSelectElement);

    const parsed = parseQuery(this.#data, location.search);
    const rejected = writeForm(form, this.#data, parsed);
    const offered = rejected.map((name) => answerProblem('not-offered', name, String(name === 'source' || name === 'target' ? parsed[name] : parsed.answers[name])));
    this.#showProblems([...parsed.problems, ...offered]);

    // A link that carries a pair (from a wiki, say) opens on its answer: on a phone the form
    // folds away behind "Change answers" (wizard.css), so the recommendation is the first thing seen.
    const change = required(this, '[data-change]', HTMLButtonElement);
    change.hidden = !this.toggleAttribute('data-folded', Boolean(source.value && this.#targets.value));
    change.addEventListener('click', () => {
      change.ariaExpanded = String(!this.toggleAttribute('data-folded'));
      source.focus();
    });

    // Problems from the address stay on screen until the visitor edits the form; from then on the
    // box shows what the engine could not use from the form itself (e.g. the same source and target).
    const edited = () => {
      this.#edited = true;
      this.#update();
    };
    form.addEventListener('input', edited);
    form.addEventListener('change', edited);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update();
      this.querySelector<HTMLElement>('#wizard-result-title')?.focus();
    });
    // Copying is loaded when a reader reaches for it (pointer or keyboard), so a click copies at once.
    const copy = required(this, '.wizard-copy', HTMLElement);
    for (const type of ['pointerover', 'focusin']) copy.addEventListener(type, () => this.#loadFormats(), { once: true });
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
      button.addEventListener('click', async () => (await this.#loadFormats()).copyResult(copy, button, this.#data, this.#model));
    }
    required(this, '[data-wiki]', HTMLDetailsElement).addEventListener('toggle', () => this.#fillWiki());
    this.#update();
  }

  #update() {
    const state = readForm(this.#form, this.#data);
    const pair = { source: state.source, target: state.target };
    this.#offerTargets(state.source);
    const relevant = new Set(relevantQuestions(this.#data, pair, state.answers));
    const answers = pick(state.answers, [...relevant]);
    const judging = wizardJudgingDate(todayUtc(), this.dataset.builtOn ?? todayUtc());
    const result = recommend(this.#data, { ...pair, answers }, { today: judging.date });
    this.#model = resultModel(result, this.#data, { judged: judging.note });

    // Questions only matter once there is a supported pair to answer them for.
    required(this, '[data-questions]', HTMLElement).hidden = !result.supported;
    required(this, '.wizard-copy', HTMLElement).hidden = !(state.source && state.target);
    for (const wrapper of this.querySelectorAll<HTMLElement>('[data-question]')) {
      const id = wrapper.dataset.question ?? '';
      wrapper.hidden = !relevant.has(id);
      const error = required(wrapper, '[data-error]', HTMLElement);
      const message = state.errors.get(id) ?? '';
      error.hidden = !message;
      error.textContent = message;
      for (const field of wrapper.querySelectorAll('input, select')) {
        if (message) field.setAttribute('aria-invalid', 'true');
        else field.removeAttribute('aria-invalid');
      }
    }
    if (this.#edited) this.#showProblems(result.problems, 'Some answers could not be used');
    renderResult(this.#data, this.#model, {
      summary: required(this, '[data-summary]', HTMLElement),
      asOf: required(this, '[data-as-of]', HTMLElement),
      details: required(this, '[data-details]', HTMLElement),
    });
    const query = toQuery(this.#data, { ...pair, answers });
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}`);
    this.#fillWiki();
  }

  #loadFormats() {
    return (this.#formats ??= import('./wizard/copy-formats.ts'));
  }

  /** While "Copy for your wiki" is open, its fields hold the current answer's summary. */
  #fillWiki() {
    const wiki = required(this, '[data-wiki]', HTMLDetailsElement);
    const model = this.#model;
    if (wiki.open && model) void this.#loadFormats().then((formats) => formats.fillWikiCopy(wiki, this.#data, model));
  }

  /**
   * Offers only the targets content lists a migration to from the chosen source. A target already
   * chosen stays selected even when it has no path (a hand-edited address): the result says so.
   */
  #offerTargets(source: string) {
    for (const group of this.#targets.querySelectorAll('optgroup')) {
      let any = false;
      for (const option of group.children as HTMLCollectionOf<HTMLOptionElement>) {
        option.hidden = option.disabled = Boolean(source) && !pairExists(this.#data, source, option.value);
        any ||= !option.hidden;
      }
      group.hidden = !any;
    }
  }

  #showProblems(problems: AnswerProblem[], heading = 'Some values in the address were ignored') {
    const box = this.querySelector<HTMLElement>('[data-problems]');
    const list = box?.querySelector('[data-problem-list]');
    if (!box || !list) return;
    const title = box.querySelector('h2');
    if (title) title.textContent = heading;
    list.replaceChildren(...problems.map((p) => h('li', {}, p.message)));
    box.hidden = problems.length === 0;
  }
}

customElements.define('migration-wizard', MigrationWizard);
