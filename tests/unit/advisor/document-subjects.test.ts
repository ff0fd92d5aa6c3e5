import { beforeAll, describe, expect, it } from 'vitest';
import { citedFor, documentSubjects, withDocumentSubjects } from '../../../src/lib/advisor/document-subjects.ts';
import { recommend } from '../../../src/lib/advisor/recommend.ts';
import { resultModel, type Block, type ResultModel, type Source } from '../../../src/lib/advisor/result-sections.ts';
import type { AdvisorData, AnswerValues } from '../../../src/lib/advisor/types.ts';
import { CONTENT_TODAY, loadRealContent } from '../../support/real-content.ts';
import { fixture, TODAY } from './fixture.ts';

/** Every source a model shows, in every section. */
function sourcesOf(m: ResultModel): Source[] {
  const walk = (blocks: readonly Block[]): Source[] =>
    blocks.flatMap((b) => (b.kind === 'list' ? b.items.flatMap((i) => i.sources) : b.kind === 'group' ? walk(b.blocks) : []));
  return m.sections.flatMap((s) => walk(s.blocks));
}

const docIds = (m: ResultModel) => sourcesOf(m).flatMap((s) => (s.to.kind === 'document' ? [s.to.id] : []));

describe('what a document is about (document-subjects.ts)', () => {
  const data = fixture();
  const subjects = documentSubjects(data);

  it('reads engines and tools from the offerings that cite a document', () => {
    expect(subjects['pg-2025']).toMatchObject({ engines: ['postgresql'], tools: ['pg-migration-service'] });
  });

  it('reads a limitation narrowed to an engine as about that engine and the tools it covers there', () => {
    // Only the MySQL limitation cites the MySQL FAQ; the guide's rules that also cite it do not count.
    expect(subjects['mysql-faq-2022']).toEqual({ engines: ['mysql'], tools: ['dms'] });
  });

  it('does not read a tool-wide limitation as about every engine the tool serves', () => {
    const wide = fixture({
      considerations: {
        'dms-idle': { kind: 'limitation', title: 'DMS pauses when idle', summary: 'It pauses.', severity: 'info', appliesTo: { tools: ['dms'] }, cite: 'ads-2021' },
      },
    });
    expect(documentSubjects(wide)['ads-2021'].engines).toEqual(['sql-server']);
  });

  it('leaves a document only guide rules cite without subjects, so it counts as general', () => {
    const onlyRules = fixture({ documents: { 'general-2025': { title: 'General advice', url: 'https://example.com/general', date: '2025-01-01' } } });
    expect(documentSubjects(onlyRules)['general-2025']).toBeUndefined();
  });

  it.each([
    ['no subjects: general, kept', undefined, true],
    ['about the engine and a tool of the pair', { engines: ['postgresql'], tools: ['dms'] }, true],
    ['about another engine', { engines: ['mysql'], tools: ['dms'] }, false],
    ['about the engine but only other tools', { engines: ['postgresql'], tools: ['ora2pg'] }, false],
  ])('citedFor: %s', (_name, about, kept) => {
    expect(citedFor(about, ['postgresql', 'postgresql'], ['dms', 'pg-migration-service'])).toBe(kept);
  });

  it('keeps a document about the engine for a pair with no tools (one content does not list)', () => {
    expect(citedFor({ engines: ['mongodb'], tools: ['dms'] }, ['mongodb', 'sql-server'], [])).toBe(true);
  });

  it('is attached to each document for the page and the CLI alike', () => {
    expect(withDocumentSubjects(data).documents['pg-2025'].data.about).toEqual(subjects['pg-2025']);
  });

  it('drops a guide rule’s citation of another engine’s document from a result', () => {
    const pg = { source: 'postgresql', target: 'azure-postgresql-flexible-server' };
    const answers = { 'database-size-gb': 5000, 'downtime-hours': 1 };
    const with_ = withDocumentSubjects(data);
    const rec = recommend(with_, { ...pg, answers }, { today: TODAY });
    // The engine still cites the rule's documents; the result shows only this pair's.
    expect(JSON.stringify(rec.reasons)).toContain('mysql-faq-2022');
    expect(docIds(resultModel(rec, with_))).not.toContain('mysql-faq-2022');
  });
});

describe('the real content: a result cites only documents about its own pair', () => {
  let data: AdvisorData;
  beforeAll(() => {
    data = loadRealContent().data;
  });
  const model = (source: string, target: string, answers: Record<string, unknown>) =>
    resultModel(recommend(data, { source, target, answers: answers as AnswerValues }, { today: CONTENT_TODAY }), data);

  it('a PostgreSQL answer cites neither the MySQL FAQ nor a SQL Server Azure Data Studio article', () => {
    const ids = docIds(model('postgresql', 'azure-postgresql-flexible-server', { 'database-size-gb': 5000, 'downtime-hours': 1 }));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain('dms-mysql-single-to-flexible-faq-2022');
    expect(ids).not.toContain('dms-azure-data-studio-2021');
  });

  it('a SQL Server answer cites no PostgreSQL or MySQL document', () => {
    const ids = docIds(model('sql-server', 'azure-sql-managed-instance', { 'database-size-gb': 2000, 'downtime-hours': 1 }));
    expect(ids.filter((id) => /postgresql|mysql/.test(id))).toEqual([]);
  });

  it('for every pair, each cited document is about one of its engines, or general', () => {
    for (const { data: s } of Object.values(data.scenarios)) {
      const engines: string[] = [s.source, s.target].map((id) => data.platforms[id].data.engine);
      for (const answers of [{}, { 'database-size-gb': 5000, 'downtime-hours': 1 }]) {
        for (const id of docIds(model(s.source, s.target, answers))) {
          const about = data.documents[id].data.about;
          expect(!about || about.engines.some((e) => engines.includes(e)), `${s.source} → ${s.target} cites ${id}`).toBe(true);
        }
      }
    }
  });

  it('cites the same documents from the page’s trimmed data as the CLI does from the full dataset', () => {
    const full = withDocumentSubjects(loadRealContent().dataset);
    for (const { data: s } of Object.values(data.scenarios)) {
      const input = { source: s.source, target: s.target, answers: { 'database-size-gb': 5000, 'downtime-hours': 1 } };
      const page = docIds(resultModel(recommend(data, input, { today: CONTENT_TODAY }), data));
      const cli = docIds(resultModel(recommend(full, input, { today: CONTENT_TODAY }), full));
      expect(page, `${s.source} → ${s.target}`).toEqual(cli);
    }
  });

  it('shows a guide rule by its title, never as “rule <id>”', () => {
    const sources = sourcesOf(model('postgresql', 'azure-postgresql-flexible-server', { 'database-size-gb': 5000, 'downtime-hours': 1 }));
    const rules = sources.filter((s) => s.to.kind === 'rule');
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.map((r) => r.label)).toContain('Online when the copy is longer than the window');
    expect(rules.every((r) => !r.label.startsWith('rule '))).toBe(true);
  });

  it('gives every guide rule in content a title', () => {
    const rules = Object.values(data.guides).flatMap((g) => g.data.rules);
    expect(rules.filter((r) => !r.title).map((r) => r.id)).toEqual([]);
  });
});
