import type { FleetResult } from '../../lib/fleet/types.ts';
import type { RowView, SummaryWords, ViewRow } from '../../lib/fleet/view-row.ts';
import { el, type Child } from './element.ts';

/*
 * The fleet page's result, drawn as elements and text nodes. Every word and figure is read off
 * the result fleet mode computed and the words the worker put beside it (view-row.ts).
 */

export const number = (n: number) => n.toLocaleString('en-US');
export const rowsWord = (n: number) => (n === 1 ? '1 row' : `${number(n)} rows`);

/** How many items a summary card lists before "and N more". */
const LIST_CAP = 8;

function capped<T>(items: readonly T[], draw: (item: T) => Node): Node[] {
  const shown = items.slice(0, LIST_CAP).map(draw);
  return items.length > LIST_CAP ? [...shown, el('li', { class: 'muted' }, `and ${number(items.length - LIST_CAP)} more`)] : shown;
}

const statusBadge = (status: { id: string; label: string; symbol: string }) =>
  el('span', { class: `status status-${status.id}` }, el('span', { 'aria-hidden': 'true' }, status.symbol), ` ${status.label}`);

const card = (title: string, body: Child) => el('section', { class: 'fleet-card' }, el('h3', {}, title), body);
const none = () => el('p', { class: 'muted' }, 'None');

const countList = (items: { label: Child; count: number }[]) =>
  items.length === 0 ? none() : el('ul', { class: 'fleet-counts' }, capped(items, (i) => el('li', {}, el('span', {}, i.label), el('span', { class: 'fleet-count' }, number(i.count)))));

/** The fleet at a glance: one sentence, then a card per count, the blockers, deadlines and errors. */
export function drawSummary(result: FleetResult, words: SummaryWords, showErrors: Node): Node[] {
  const s = result.summary;
  const lead = el('p', { class: 'fleet-lead' }, `${rowsWord(s.rows)}: ${number(s.advised)} advised${s.errors.count > 0 ? `, ${number(s.errors.count)} with errors` : ''}.`);
  const modes = (Object.keys(s.byMode) as (keyof typeof s.byMode)[]).map((id) => ({ label: words.modes[id], count: s.byMode[id] })).filter((m) => m.count > 0);
  const deadlines = s.earliestDeadlines.map((d) => ({
    label: el('span', {}, el('strong', {}, d.date), ` ${d.name}: ${(words.events[d.event] ?? d.event).toLowerCase()}${d.past ? ' (past)' : ''}`),
    count: d.rows,
  }));
  const errors =
    s.errors.count === 0
      ? none()
      : el('p', {}, `${rowsWord(s.errors.count)}, on line${s.errors.count === 1 ? '' : 's'} ${s.errors.lines.slice(0, 20).join(', ')}${s.errors.count > 20 ? ' …' : ''}. `, showErrors);
  return [
    lead,
    el(
      'div',
      { class: 'fleet-cards' },
      card('Mode', countList(modes)),
      card('Tool', countList(s.byTool.map((t) => ({ label: t.name, count: t.count })))),
      card('Status', countList(s.byStatus.map((t) => {
        const word = words.statuses[t.id];
        return { label: word ? statusBadge({ id: t.id, ...word }) : t.id, count: t.count };
      }))),
      card('Target', countList(s.byTarget.map((t) => ({ label: t.name, count: t.count })))),
      card('Blockers affecting most databases', countList(s.topBlockers.map((b) => ({ label: b.title, count: b.count })))),
      card('Earliest deadlines', countList(deadlines)),
      card('Rows with errors', errors),
    ),
  ];
}

/** How many databases a wave names before "and N more". */
const WAVE_NAMES = 12;

/** The suggested waves, in order, each with its reason and the databases in it. */
export function drawWaves(result: FleetResult): Node[] {
  const label = (i: number) => result.rows[i].name || `line ${result.rows[i].line}`;
  return result.waves.waves.map((wave) =>
    el(
      'li',
      { class: 'fleet-wave' },
      el('h3', {}, `${wave.title} `, el('span', { class: 'fleet-count' }, `(${rowsWord(wave.rows.length)})`)),
      el('p', { class: 'muted' }, wave.reason),
      el('p', {}, wave.rows.slice(0, WAVE_NAMES).map(label).join(', '), wave.rows.length > WAVE_NAMES ? `, and ${number(wave.rows.length - WAVE_NAMES)} more` : ''),
    ),
  );
}

/** File errors first (nothing was advised), then what was ignored, once for the whole file. */
export function drawProblems(result: FleetResult, presets: { id: string; rows: number }[]): Node[] {
  const parts: Node[] = [];
  if (result.fileErrors.length > 0) {
    parts.push(el('div', { class: 'notice fleet-file-errors', role: 'alert' }, el('h3', {}, 'The file could not be advised'), el('ul', {}, result.fileErrors.map((e) => el('li', {}, e.message)))));
  }
  const ignored = result.notices.map((n) => el('li', {}, n.message));
  if (presets.length > 0) {
    ignored.push(el('li', {}, `Empty cells took the wizard’s preset: ${presets.map((p) => `${p.id} on ${rowsWord(p.rows)}`).join(', ')}.`));
  }
  // Folded: what was ignored matters, but less than the answer, which should fit on the first screen.
  if (ignored.length > 0) parts.push(el('details', { class: 'fleet-notices' }, el('summary', {}, `Notes on the file (${ignored.length})`), el('ul', {}, ignored)));
  return parts;
}

const cell = (label: string, ...children: Child[]) => el('td', { 'data-label': label }, ...children);
const list = (items: string[]): Child => (items.length === 0 ? '' : items.length === 1 ? items[0] : el('ul', {}, items.map((t) => el('li', {}, t))));
const dash = (text: string | null | undefined) => text || '—';

function links(view: RowView, advised: boolean) {
  return el(
    'td',
    { class: 'fleet-links', 'data-label': 'Open' },
    el('a', { href: view.wizardHref }, advised ? 'Wizard' : 'Fix in the wizard'),
    view.scenarioHref ? el('a', { href: view.scenarioHref }, 'Scenario') : null,
  );
}

/** One table row: the recommendation, or, for a row that was not advised, its errors across those columns. */
export function drawRow(row: ViewRow): HTMLTableRowElement {
  const head = [
    el('td', { 'data-label': 'Line', class: 'fleet-line' }, String(row.line)),
    el('th', { scope: 'row', 'data-label': 'Name' }, row.name || el('span', { class: 'muted' }, '(no name)')),
    cell('Migration', row.title),
  ];
  if (!row.advised) {
    const errors = el('td', { colspan: '6', class: 'fleet-errors', 'data-label': 'Errors' }, el('ul', {}, row.errors.map((e) => el('li', {}, e.message))));
    return el('tr', { class: 'fleet-error-row' }, ...head, errors, links(row.view, false));
  }
  return el(
    'tr',
    {},
    ...head,
    cell('Mode', row.view.mode),
    cell('Tool', dash(row.toolName)),
    cell('Status', row.view.status ? statusBadge(row.view.status) : '—'),
    cell('Copy estimate', dash(row.view.estimate)),
    cell('Blockers', list(row.blockers.map((b) => b.title))),
    cell('Deadlines', list(row.deadlines.map((d) => d.text))),
    links(row.view, true),
  );
}
