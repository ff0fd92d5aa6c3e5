import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseAdvisorData, toEmbeddedJson } from '../../../src/lib/advisor/embedded-data.ts';
import { exclusionClause, usableLabel } from '../../../src/lib/advisor/exclusion-words.ts';
import { markdownFromModel } from '../../../src/lib/advisor/markdown-result.ts';
import { recommend } from '../../../src/lib/advisor/recommend.ts';
import { plainText, resultModel, type Block, type Item, type ResultModel, type Section } from '../../../src/lib/advisor/result-sections.ts';
import type { AdvisorData, AnswerValues, OfferingView } from '../../../src/lib/advisor/types.ts';
import { renderResult, resultRenderer, SHOWN_ELSEWHERE } from '../../../src/scripts/wizard/render-result.ts';
import { CONTENT_TODAY, loadRealContent } from '../../support/real-content.ts';
import { fixture, TODAY } from './fixture.ts';

const data = fixture();
const MI = { source: 'sql-server', target: 'azure-sql-managed-instance' };

function model(pair: { source: string; target: string }, answers: Record<string, unknown> = {}, d: AdvisorData = data): ResultModel {
  return resultModel(recommend(d, { ...pair, answers: answers as AnswerValues }, { today: TODAY }), d);
}

const section = (m: ResultModel, kind: Section['kind']) => m.sections.find((s) => s.kind === kind);
const lists = (blocks: readonly Block[]): Item[] =>
  blocks.flatMap((b) => (b.kind === 'list' ? b.items : b.kind === 'group' ? lists(b.blocks) : []));

describe('the result as sections (result-sections.ts)', () => {
  it('orders the sections one way and leaves the empty ones out', () => {
    const m = model(MI, { 'database-size-gb': 2000, 'downtime-hours': 1 });
    expect(m.sections.map((s) => s.kind)).toEqual(['why', 'changes', 'estimate', 'offerings', 'limitations', 'checklist']);
    expect(m.title).toBe('SQL Server → Azure SQL Managed Instance');
    expect(m.mode).toBe('online');
    expect(m.lead[1]).toMatch(/^The source stays in use during the copy: at least /);
    expect(m.judged).toMatch(new RegExp(`^Judged as of ${TODAY}: `));
  });

  it('says nothing but the headline before a pair is chosen', () => {
    const m = model({ source: '', target: '' });
    expect(m).toMatchObject({ title: '', sections: [], judged: undefined, lead: [] });
  });

  it('holds text and link targets only: reasons keep their sources, titles link to their pages', () => {
    const m = model(MI, { 'database-size-gb': 10 });
    const why = lists(section(m, 'why')!.blocks);
    expect(why.length).toBeGreaterThan(0);
    expect(why.every((item) => item.sources.length > 0 && item.sources.every((s) => s.label.length > 0))).toBe(true);
    const checklist = lists(section(m, 'checklist')!.blocks);
    expect(checklist[0].lead).toEqual([{ kind: 'link', text: 'Source login needs sysadmin', to: { kind: 'consideration', id: 'sysadmin-login' } }]);
    expect(JSON.stringify(m)).not.toMatch(/<[a-z]/i);
  });

  it('groups the limitations by severity, most severe first, each headed by its badge and count', () => {
    const m = model(MI, { 'database-size-gb': 2000, 'downtime-hours': 1, 'sql-server-version': 2005 });
    const groups = section(m, 'limitations')!.blocks;
    expect(groups.map((g) => (g.kind === 'group' ? plainText(g.heading) : g.kind))).toEqual(['✖ Blocker (1)', '⚠ Warning (1)']);
    const items = lists(groups);
    expect(items.map((i) => i.severity)).toEqual(['blocker', 'warning']);
    expect(items[0].lead).toEqual([{ kind: 'link', text: 'SQL Server 2005 is below the supported range of DMS', to: { kind: 'consideration', id: 'dms-sql-server-2005' } }]);
  });

  it('puts the limitations of other paths after those of the recommended one, in one folded group', () => {
    // Offline is recommended; the 30-day limit concerns online only.
    const m = model(MI, { 'database-size-gb': 10 });
    const blocks = section(m, 'limitations')!.blocks;
    const folded = blocks.filter((b) => b.kind === 'group' && b.folded);
    expect(folded).toHaveLength(1);
    expect(blocks.at(-1)).toBe(folded[0]);
    if (folded[0].kind !== 'group') return;
    expect(plainText(folded[0].heading)).toMatch(/^Not the recommended path \(\d+\)$/);
    // Everything outside the fold concerns the recommended path; everything inside, another.
    const open = blocks.filter((b) => b !== folded[0]);
    const tagged = (items: Item[]) => items.map((i) => i.tags.includes('not the recommended path'));
    expect(tagged(lists(open)).every((t) => !t)).toBe(true);
    expect(tagged(lists(folded[0].blocks)).every(Boolean)).toBe(true);
  });

  it('tables every offering with its status and whether it can be used, in the exclusion words', () => {
    const m = model(MI, { 'database-size-gb': 10, 'sql-server-version': 2014 });
    const [table] = section(m, 'offerings')!.blocks;
    expect(table.kind).toBe('table');
    if (table.kind !== 'table') return;
    expect(table.columns).toEqual(['Mode', 'Tool', `Status on ${TODAY}`, 'Usable?']);
    const rows = table.rows.map((r) => r.cells.map(plainText));
    expect(rows).toContainEqual(['Offline', 'DMS', expect.stringMatching(/^✔ GA since \d{4}-\d{2}-\d{2}$/), 'Yes: recommended']);
    expect(rows.some((r) => r[3] === 'No: ruled out by a blocker' || r[3] === 'No: the tool is retired')).toBe(true);
    expect(table.rows.filter((r) => r.chosen)).toHaveLength(1);
  });

  it('links an unsupported pair to its alternatives and their scenario pages', () => {
    const m = model({ source: 'mysql', target: 'azure-mysql-single-server' });
    const [alternative] = lists(section(m, 'alternatives')!.blocks);
    expect(alternative.lead).toEqual([{ kind: 'link', text: 'MySQL → Azure Database for MySQL flexible server', to: { kind: 'pair', source: 'mysql', target: 'azure-mysql-flexible-server' } }]);
    expect(alternative.more).toEqual({ text: 'scenario page', to: { kind: 'scenario', id: 'mysql-to-azure-mysql-flexible-server' } });
  });

  it('lists answers it could not use, and takes the page’s words for the judging date', () => {
    const rec = recommend(data, { ...MI, answers: { 'no-such-question': 1 } as unknown as AnswerValues }, { today: TODAY });
    const m = resultModel(rec, data, { judged: 'Judged as of today.' });
    expect(m.judged).toBe('Judged as of today.');
    expect(lists(section(m, 'ignored')!.blocks).map((i) => plainText(i.text))).toEqual(rec.problems.map((p) => p.message));
  });
});

describe('exclusion words (exclusion-words.ts)', () => {
  const view = (excluded: OfferingView['excluded'], extra: Partial<OfferingView> = {}): OfferingView => ({
    mode: 'offline',
    tool: 'dms',
    toolName: 'DMS',
    status: 'preview',
    stated: true,
    since: '2022-06-13',
    preview: true,
    available: false,
    excluded,
    blockers: [],
    unknowns: [],
    footnotes: [],
    ...extra,
  });

  it.each([
    ['blocked', { blockers: ['dms-sql-server-2005'] }, 'DMS is ruled out by “SQL Server 2005 is below the supported range of DMS”', 'No: ruled out by a blocker'],
    ['preview-not-allowed', {}, 'DMS is only in preview, and you did not allow preview offerings', 'Left out: preview not allowed'],
    ['tool-retired', {}, 'DMS has been retired', 'No: the tool is retired'],
    ['target-retired', {}, 'DMS: the target has been retired', 'No: the target is retired'],
    ['retired', { status: 'retired' }, 'DMS: retired since 2022-06-13', 'No: retired'],
    ['not-supported', { status: 'not-supported' }, 'DMS: not supported since 2022-06-13', 'No'],
  ] as const)('words %s one way for sentences and one for the table', (excluded, extra, clause, label) => {
    const v = view(excluded, extra as Partial<OfferingView>);
    expect(exclusionClause(data, v)).toBe(clause);
    expect(usableLabel(v, false)).toBe(label);
  });

  it('says Yes for a usable offering, and which one is recommended', () => {
    expect(usableLabel(view(undefined), true)).toBe('Yes: recommended');
    expect(usableLabel(view(undefined), false)).toBe('Yes');
  });

  it('is the wording the reasons use', () => {
    const rec = recommend(data, { ...MI, answers: { 'sql-server-version': 2005 } }, { today: TODAY });
    expect(rec.reasons.map((r) => r.text)).toContain('Offline with Azure Database Migration Service is ruled out by “SQL Server 2005 is below the supported range of DMS”.');
  });
});

describe('the embedded data (embedded-data.ts)', () => {
  it('reads back what it wrote', () => {
    expect(parseAdvisorData(toEmbeddedJson(data))).toEqual(data);
  });

  it.each([
    ['not JSON', '{"platforms":', /embedded data is not JSON \(SyntaxError/],
    ['not an object', '[]', /has no platforms, tools, scenarios, considerations, questions, guides, documents, footnotes;/],
    ['a collection missing', JSON.stringify({ ...data, guides: undefined }), /has no guides;/],
    ['a collection of the wrong type', JSON.stringify({ ...data, tools: [] }), /has no tools;/],
  ])('fails clearly on %s', (_name, json, message) => {
    expect(() => parseAdvisorData(json)).toThrow(message);
  });
});

/**
 * A stand-in for the few DOM calls the page's renderer makes (createElement, setAttribute, append,
 * replaceChildren, textContent, dataset), so the real renderer runs here without a DOM library.
 */
class FakeElement {
  attributes: Record<string, string> = {};
  children: (FakeElement | string)[] = [];
  dataset: Record<string, string> = {};
  readonly tagName: string;
  constructor(tagName: string) {
    this.tagName = tagName;
  }
  setAttribute(name: string, value: string) {
    this.attributes[name] = value;
  }
  append(...nodes: unknown[]) {
    for (const node of nodes) this.children.push(node instanceof FakeElement ? node : String(node));
  }
  replaceChildren(...nodes: unknown[]) {
    this.children = [];
    this.append(...nodes);
  }
  get textContent(): string {
    return this.children.map((c) => (typeof c === 'string' ? c : c.textContent)).join('');
  }
  set textContent(text: string) {
    this.children = [text];
  }
  all(...tags: string[]): FakeElement[] {
    return this.children.flatMap((c) => (typeof c === 'string' ? [] : [...(tags.includes(c.tagName) ? [c] : []), ...c.all(...tags)]));
  }
}

describe('the page and the Markdown show the same sections in the same order', () => {
  let real: AdvisorData;
  beforeAll(() => {
    vi.stubGlobal('document', { createElement: (tag: string) => new FakeElement(tag) });
    real = loadRealContent().data;
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  /** Splits Markdown into its "## " sections: title and lines. */
  const markdownSections = (md: string) =>
    md
      .split(/^## /m)
      .slice(1)
      .map((chunk) => {
        const [title, ...lines] = chunk.split('\n');
        return { title, lines };
      });

  it.each([
    ['an online answer with an estimate, limitations and a checklist', MI, { 'downtime-hours': 1, 'database-size-gb': 2000, 'write-intensity': 'heavy' }],
    ['an offline answer', { source: 'postgresql', target: 'azure-postgresql-flexible-server' }, { 'downtime-hours': 8, 'database-size-gb': 20, 'tables-without-primary-key': true }],
    ['an unsupported pair with alternatives', { source: 'mysql', target: 'azure-mysql-single-server' }, {}],
    ['a blocked answer', MI, { 'sql-server-version': 2005 }],
  ])('%s', (_name, pair, answers) => {
    const rec = recommend(real, { ...pair, answers: answers as AnswerValues }, { today: CONTENT_TODAY });
    const m = resultModel(rec, real);
    const page = m.sections.filter((s) => !SHOWN_ELSEWHERE.includes(s.kind));
    const md = markdownSections(markdownFromModel(m));
    const dom = resultRenderer(real)(m) as unknown as FakeElement[];

    expect(md.map((s) => s.title)).toEqual(m.sections.map((s) => s.title));
    expect(dom.map((s) => s.all('h3')[0].textContent)).toEqual(page.map((s) => s.title));
    expect(page.length).toBeGreaterThan(2);

    // Within each section: the same list entries, facts, table rows and group headings.
    for (const [i, s] of page.entries()) {
      const lines = md[m.sections.indexOf(s)].lines;
      const node = dom[i];
      expect(node.textContent).not.toContain('[object');
      expect(node.all('li').length + node.all('dt').length, s.title).toBe(lines.filter((l) => l.startsWith('- ')).length);
      expect(node.all('tr').length, s.title).toBe(lines.filter((l) => l.startsWith('| ') && !l.startsWith('| ---')).length);
      // Group headings: h4 on the page, or the summary of a folded group; ### and deeper in Markdown.
      expect(node.all('h4', 'summary').map((h) => h.textContent), s.title).toEqual(lines.filter((l) => /^###+ /.test(l)).map((l) => l.replace(/^#+ /, '')));
    }
  });

  it('fills the page’s frame: summary, judging date and details, as text', () => {
    const rec = recommend(real, { ...MI, answers: { 'downtime-hours': 1, 'database-size-gb': 2000 } }, { today: CONTENT_TODAY });
    const m = resultModel(rec, real, { judged: 'Judged as of the device date.' });
    const frame = { summary: new FakeElement('div'), asOf: new FakeElement('p'), details: new FakeElement('div') };
    renderResult(real, m, frame as unknown as Parameters<typeof renderResult>[2]);
    expect(frame.summary.all('p').map((p) => p.textContent)).toEqual([m.title, m.headline, ...m.lead]);
    expect(frame.asOf.textContent).toBe('Judged as of the device date.');
    expect(frame.details.all('section')).toHaveLength(m.sections.length);
    expect(frame.details.all('a').every((a) => a.attributes.href)).toBe(true);
  });
});
