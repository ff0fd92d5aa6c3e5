import { citeLabel } from '../../lib/advisor/cite.ts';
import { formatHours, formatNumber } from '../../lib/advisor/format.ts';
import { ESTIMATE_METHOD } from '../../lib/advisor/estimate.ts';
import type { AdvisorData, CiteRef, Exclusion, Flag, OfferingView, Reason, Recommendation } from '../../lib/advisor/types.ts';
import { MODES, SEVERITIES, SEVERITY_IDS, STATUSES } from '../../lib/schema/vocabulary.ts';
import { paths } from '../../lib/site/paths.ts';
import { h, section, type Child } from './dom.ts';

/** Where a reference points on this site or at its source; footnotes have no page of their own. */
export function citeHref(data: AdvisorData, ref: CiteRef): string | undefined {
  if (ref.kind === 'document') return data.documents[ref.id]?.data.url;
  if (ref.kind === 'consideration') return paths.consideration(ref.id);
  if (ref.kind === 'rule') return ref.guide ? `${paths.guide(ref.guide)}#rule-${ref.id}` : undefined;
  return undefined;
}

function cites(data: AdvisorData, refs: CiteRef[]): Child {
  if (refs.length === 0) return null;
  const items = refs.map((ref, index) => {
    const href = citeHref(data, ref);
    const label = citeLabel(data, ref);
    return [index > 0 ? '; ' : '', href ? h('a', { href }, label) : label];
  });
  return h('span', { class: 'cite' }, ' Source: ', ...items.flat());
}

const reasonList = (data: AdvisorData, reasons: Reason[]) => reasons.map((r) => h('li', {}, r.text, cites(data, r.cite)));
const list = (items: Child[], className?: string) => (items.length === 0 ? [] : [h('ul', { class: className }, ...items)]);

const EXCLUDED: Record<Exclusion, string> = {
  'not-supported': 'No',
  retired: 'No: retired',
  'tool-retired': 'No: the tool is retired',
  'target-retired': 'No: the target is retired',
  'preview-not-allowed': 'Left out: preview not allowed',
  blocked: 'No: ruled out by a blocker',
};

/** Short words (GA, DMS) keep the four columns readable on a phone; the full label is the title. */
function statusBadge(view: OfferingView): HTMLElement {
  const word = STATUSES[view.status];
  return h('abbr', { class: `status status-${view.status}`, title: word.label }, h('span', { 'aria-hidden': 'true' }, word.symbol), ` ${word.short}`);
}

function usable(rec: Recommendation, view: OfferingView): string {
  if (view.excluded) return EXCLUDED[view.excluded];
  return rec.mode === view.mode && rec.tool === view.tool ? 'Yes: recommended' : 'Yes';
}

function offeringsTable(data: AdvisorData, rec: Recommendation): Child {
  if (rec.offerings.length === 0) return null;
  const rows = rec.offerings.map((view) =>
    h(
      'tr',
      { class: rec.mode === view.mode && rec.tool === view.tool ? 'wizard-chosen' : undefined },
      h('th', { scope: 'row' }, MODES[view.mode].label),
      // The name the documents use for this path ("DMS (classic)") wins over the tool's short name.
      h('td', {}, view.toolName !== data.tools[view.tool]?.data.name ? view.toolName : (data.tools[view.tool]?.data.short ?? view.toolName)),
      h('td', {}, statusBadge(view), h('br'), h('span', { class: 'muted wizard-since' }, `since ${view.since}`)),
      h('td', {}, usable(rec, view)),
    ),
  );
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      {},
      h('caption', {}, 'Modes and tools for this pair'),
      h('thead', {}, h('tr', {}, ...['Mode', 'Tool', `Status on ${rec.asOf}`, 'Usable?'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...rows),
    ),
  );
}

function flagItem(data: AdvisorData, flag: Flag): HTMLElement {
  const scope = [
    flag.mode ? `${MODES[flag.mode].label} only` : '',
    flag.tools ? flag.tools.map((id) => data.tools[id]?.data.short ?? data.tools[id]?.data.name ?? id).join(', ') : '',
    flag.recommended ? '' : 'not the recommended path',
  ].filter(Boolean);
  return h(
    'li',
    { class: `wizard-flag wizard-flag-${flag.severity}` },
    h('a', { href: paths.consideration(flag.id) }, flag.title),
    ...scope.map((s) => [' ', h('span', { class: 'tag' }, s)]).flat(),
    h('br'),
    h('span', {}, flag.summary),
  );
}

function flagGroups(data: AdvisorData, flags: Flag[]): Child[] {
  return SEVERITY_IDS.map((severity) => {
    const group = flags.filter((f) => f.severity === severity);
    if (group.length === 0) return null;
    const word = SEVERITIES[severity];
    return h(
      'div',
      { class: 'wizard-flag-group' },
      h('h4', {}, h('span', { class: `severity severity-${severity}` }, h('span', { 'aria-hidden': 'true' }, word.symbol), ` ${word.label}`), ` (${group.length})`),
      h('ul', { class: 'plain' }, ...group.map((f) => flagItem(data, f))),
    );
  });
}

function estimateBlock(data: AdvisorData, rec: Recommendation): Child {
  const e = rec.estimate;
  if (!e) return null;
  return section('Offline copy-time estimate', [
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Copy time'),
      h('dd', {}, h('code', {}, e.formula)),
      h('dt', {}, 'Network rate'),
      h('dd', {}, h('code', {}, e.networkFormula)),
      h('dt', {}, 'Your window'),
      h('dd', {}, `${formatNumber(e.downtimeHours)} h: the copy (${e.lowerBound ? 'at least ' : ''}${formatHours(e.hours)}${e.lowerBound ? ', a lower bound' : ''}) ${e.fits ? 'fits' : 'does not fit'}.`),
    ),
    h('p', { class: 'muted' }, `${ESTIMATE_METHOD}. Assumptions:`),
    ...list(reasonList(data, e.assumptions)),
  ]);
}

/** Fills the result frame from a recommendation, using only text nodes for every value. */
export function renderResult(data: AdvisorData, rec: Recommendation, summary: HTMLElement, details: HTMLElement): void {
  const status = rec.status ? STATUSES[rec.status].label : '';
  const line = [
    rec.title,
    rec.headline,
    status && rec.estimate ? `Estimated offline copy: ${rec.estimate.lowerBound ? 'at least ' : ''}${formatHours(rec.estimate.hours)}.` : '',
  ].filter(Boolean);
  // Only touch the live region when its words change, so typing does not repeat the announcement.
  if (summary.dataset.text !== line.join('|')) {
    summary.dataset.text = line.join('|');
    summary.replaceChildren(
      ...(rec.title ? [h('p', { class: 'wizard-pair-title' }, rec.title)] : []),
      h('p', { class: `wizard-headline wizard-mode-${rec.mode}` }, rec.headline),
      ...(line[2] ? [h('p', {}, line[2])] : []),
    );
  }
  details.replaceChildren(
    ...[
      section('Not documented for your case', list(reasonList(data, rec.unknowns)), { id: 'wizard-unknowns' }),
      section('Why', list(reasonList(data, rec.reasons))),
      section('What would change the answer', list(reasonList(data, rec.changes))),
      estimateBlock(data, rec),
      section('Status caveats', list(reasonList(data, rec.caveats)), { id: 'wizard-caveats' }),
      section('Modes and tools', [offeringsTable(data, rec)]),
      section('Limitations that apply', flagGroups(data, rec.flags).filter(Boolean)),
      section('Checklist before you start', list(rec.checklist.map((f) => h('li', {}, h('a', { href: paths.consideration(f.id) }, f.title), ': ', f.summary)), 'wizard-checklist')),
      section(
        'Supported alternatives',
        list(
          rec.alternatives.map((a) =>
            h(
              'li',
              {},
              h('a', { href: paths.wizard(`?${new URLSearchParams({ source: a.source, target: a.target })}`) }, a.title),
              ': ',
              a.modes.map((m) => `${MODES[m.mode].label.toLowerCase()} with ${m.toolName} (${STATUSES[m.status].short})`).join(', '),
              ' (',
              h('a', { href: paths.scenario(a.scenario) }, 'scenario page'),
              ')',
            ),
          ),
        ),
      ),
    ].filter((node): node is HTMLElement => node !== null),
  );
}
