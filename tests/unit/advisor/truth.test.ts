import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { benchmarkMinutes } from '../../../src/lib/advisor/benchmark.ts';
import { evaluateCondition } from '../../../src/lib/advisor/conditions.ts';
import { recommend } from '../../../src/lib/advisor/recommend.ts';
import { pick, relevantQuestions } from '../../../src/lib/advisor/relevance.ts';
import type { AdvisorData, AnswerValues, Recommendation } from '../../../src/lib/advisor/types.ts';
import { CONTENT_TODAY, loadRealContent, projectDir } from '../../support/real-content.ts';
import { scenarioId, type Dataset } from '../../../src/lib/data/dataset.ts';
import { selectorMatchesOffering, selectorMatchesScenario } from '../../../src/lib/data/selectors.ts';
import { STATUSES, type Mode } from '../../../src/lib/schema/vocabulary.ts';

/**
 * Issue 10's rules, as properties of the engine on the real content and as named regressions of
 * the wrong answers an audit found. The blocker check here is written out from the schema's
 * selector rule rather than taken from the engine, so the two must agree.
 */
const TODAY = CONTENT_TODAY;
let dataset: Dataset;
let data: AdvisorData;

beforeAll(() => {
  ({ dataset, data } = loadRealContent());
});

function answersArbitrary(): fc.Arbitrary<AnswerValues> {
  const fields: Record<string, fc.Arbitrary<AnswerValues[string] | undefined>> = {};
  for (const [id, { data: q }] of Object.entries(data.questions)) {
    const value: fc.Arbitrary<AnswerValues[string]> =
      q.kind === 'number'
        ? fc.oneof(fc.double({ min: q.min, max: q.max, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(q.min, q.max), fc.integer({ min: Math.ceil(q.min), max: Math.min(q.max, 3000) }))
        : q.kind === 'choice'
          ? fc.constantFrom(...q.options.map((o) => o.value))
          : fc.boolean();
    fields[id] = fc.option(value, { nil: undefined });
  }
  return fc.record(fields).map((record) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as AnswerValues);
}

const scenarioPairs = () => fc.constantFrom(...Object.values(dataset.scenarios).map((s) => ({ source: s.data.source, target: s.data.target })));

/** Blockers of one offering for the answers that concern its pair, from the selector rule itself. */
function blockersOf(source: string, target: string, offering: { tool: string; mode: Mode }, answers: AnswerValues): string[] {
  const scenario = dataset.scenarios[scenarioId(source, target)];
  const theirs = pick(answers, relevantQuestions(data, { source, target }, answers));
  return Object.values(dataset.considerations)
    .filter((c) => c.data.severity === 'blocker')
    .filter((c) => selectorMatchesScenario(c.data.appliesTo, scenario, dataset) && selectorMatchesOffering(c.data.appliesTo, offering))
    .filter((c) => !c.data.when || evaluateCondition(c.data.when, theirs))
    .map((c) => c.id);
}

function advise(pair: { source: string; target: string }, answers: Record<string, unknown> = {}, today = TODAY): Recommendation {
  return recommend(data, { ...pair, answers: answers as AnswerValues }, { today });
}

/**
 * As the CLI judges a past --today: with the full dataset, since the page's trimmed copy keeps
 * only the status entries in force on or after the build.
 */
function adviseOn(today: string, pair: { source: string; target: string }, answers: Record<string, unknown> = {}): Recommendation {
  return recommend(dataset, { ...pair, answers: answers as AnswerValues }, { today });
}

const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const allText = (rec: Recommendation) => [...rec.reasons, ...rec.changes, ...rec.caveats, ...rec.unknowns].map((r) => r.text).join('\n');
const allCites = (rec: Recommendation) => [...rec.reasons, ...rec.changes].flatMap((r) => r.cite.map((c) => `${c.kind}:${c.id}`));
const offering = (rec: Recommendation, mode: Mode, tool: string) => rec.offerings.find((o) => o.mode === mode && o.tool === tool);

const PG = { source: 'postgresql', target: 'azure-postgresql-flexible-server' };
const MI = { source: 'sql-server', target: 'azure-sql-managed-instance' };
const MYSQL = { source: 'mysql', target: 'azure-mysql-flexible-server' };
const BIG_AND_SHORT = { 'database-size-gb': 2000, 'downtime-hours': 1 };

describe('no route around a blocker (properties over every scenario and random answers)', () => {
  it('never recommends an offering that an applicable blocker rules out, or one not usable on the date', () => {
    let recommended = 0;
    fc.assert(
      fc.property(scenarioPairs(), answersArbitrary(), (pair, answers) => {
        const rec = advise(pair, answers);
        if (rec.mode === 'none') return;
        recommended += 1;
        const view = offering(rec, rec.mode, rec.tool!);
        expect(view?.available).toBe(true);
        expect(STATUSES[view!.status].supported).toBe(true);
        expect(blockersOf(pair.source, pair.target, { tool: rec.tool!, mode: rec.mode }, answers)).toEqual([]);
        // A fallback the documents are silent about is never presented without saying so.
        if (view!.unknowns.length > 0) expect(rec.unknowns.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
    expect(recommended).toBeGreaterThan(100);
  });

  it('never offers an alternative mode that an applicable blocker rules out', () => {
    let offered = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(data.platforms)),
        fc.constantFrom(...Object.keys(data.platforms)),
        answersArbitrary(),
        (source, target, answers) => {
          const rec = advise({ source, target }, answers);
          for (const alternative of rec.alternatives) {
            expect(alternative.source).toBe(source);
            for (const mode of alternative.modes) {
              offered += 1;
              expect(blockersOf(source, alternative.target, mode, answers), `${alternative.scenario} ${mode.mode} ${mode.tool}`).toEqual([]);
            }
          }
        },
      ),
      { numRuns: 400 },
    );
    expect(offered).toBeGreaterThan(50);
  });
});

describe('copy time', () => {
  it('never decreases as the size grows, all else equal', () => {
    fc.assert(
      fc.property(scenarioPairs(), answersArbitrary(), fc.double({ min: 0.1, max: 50_000, noNaN: true }), fc.double({ min: 0, max: 50_000, noNaN: true }), (pair, answers, size, extra) => {
        const small = advise(pair, { ...answers, 'database-size-gb': size }).estimate;
        const large = advise(pair, { ...answers, 'database-size-gb': size + extra }).estimate;
        if (!small || !large || small.tool !== large.tool) return;
        expect(large.hours).toBeGreaterThanOrEqual(small.hours - 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('never undercuts the published benchmark, whatever the bandwidth', () => {
    const rows = dataset.tools['postgresql-migration-service'].data.benchmark!.rows;
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 20_000, noNaN: true }), fc.integer({ min: 1, max: 100_000 }), (size, mbps) => {
        const e = advise(PG, { 'database-size-gb': size, 'network-mbps': mbps, 'downtime-hours': 720 }).estimate!;
        expect(e.tool).toBe('postgresql-migration-service');
        expect(e.hours * 60).toBeGreaterThanOrEqual(benchmarkMinutes(rows, size) - 1e-9);
        for (const row of rows) if (size >= row.gb) expect(e.hours * 60).toBeGreaterThanOrEqual(row.minutes - 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    [1, 1],
    [5, 3],
    [10, 8],
    [50, 35],
    [100, 60],
    [500, 240],
    [1000, 420],
  ])('reads the benchmark row for %d GB as %d minutes on a fast link', (gb, minutes) => {
    const e = advise(PG, { 'database-size-gb': gb, 'network-mbps': 100_000, 'downtime-hours': 720 }).estimate!;
    expect(e.basis).toBe('benchmark');
    expect(e.hours * 60).toBeCloseTo(minutes, 6);
  });

  it('interpolates between rows and extends past the last at the pace of the last two', () => {
    const at = (gb: number) => advise(PG, { 'database-size-gb': gb, 'network-mbps': 100_000, 'downtime-hours': 720 }).estimate!;
    expect(at(750).hours * 60).toBeCloseTo(330);
    expect(at(2000).hours * 60).toBeCloseTo(780);
    expect(at(2000).assumptions.map((a) => a.text).join(' ')).toMatch(/past the largest row \(1,000 GB\)/);
  });

  it('labels a figure from bandwidth alone, and a benchmark read for several databases, a lower bound', () => {
    const restore = advise(MI, { 'database-size-gb': 500, 'downtime-hours': 100 });
    expect(restore.estimate).toMatchObject({ basis: 'bandwidth', lowerBound: true });
    expect(allText(restore)).toMatch(/at least/);
    const several = advise(PG, { 'database-size-gb': 500, 'database-count': 5, 'downtime-hours': 100 }).estimate!;
    expect(several).toMatchObject({ basis: 'benchmark', lowerBound: true, databases: 5 });
    const one = advise(PG, { 'database-size-gb': 500, 'database-count': 1, 'downtime-hours': 100 }).estimate!;
    expect(one.lowerBound).toBe(false);
  });
});

describe('as of a date', () => {
  it('gives, on each dated status entry and on the day before it, the status of that day', () => {
    let checked = 0;
    for (const scenario of Object.values(dataset.scenarios)) {
      const pair = { source: scenario.data.source, target: scenario.data.target };
      for (const o of scenario.data.offerings) {
        o.history.forEach((entry, index) => {
          if (index > 0 && o.history[index - 1].date === entry.date) return;
          const on = offering(adviseOn(entry.date, pair), o.mode, o.tool);
          const lastThatDay = o.history.filter((e) => e.date === entry.date).at(-1)!;
          expect(on?.status, `${scenario.id} ${o.mode} ${o.tool} on ${entry.date}`).toBe(lastThatDay.status);
          const before = offering(adviseOn(dayBefore(entry.date), pair), o.mode, o.tool);
          const previous = o.history.filter((e) => e.date < entry.date).at(-1);
          expect(before?.status, `${scenario.id} ${o.mode} ${o.tool} before ${entry.date}`).toBe(previous?.status);
          checked += 1;
        });
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('reports a retirement only from its date, and only for the scenarios it concerns', () => {
    const before = adviseOn('2026-03-14', MI);
    const after = adviseOn('2026-03-15', MI);
    const classic = (rec: Recommendation) => rec.offerings.filter((o) => o.tool === 'dms-classic');
    expect(classic(before).length).toBeGreaterThan(0);
    expect(classic(before).some((o) => o.excluded === 'tool-retired')).toBe(false);
    expect(classic(after).every((o) => o.excluded === 'tool-retired' || !STATUSES[o.status].supported)).toBe(true);
    expect(allText(after)).toMatch(/was retired on 2026-03-15/);
    // The same tool's retirement is for SQL Server scenarios: a MySQL path through it is not retired by it.
    for (const scenario of Object.values(dataset.scenarios).filter((s) => dataset.platforms[s.data.source].data.engine !== 'sql-server')) {
      const rec = adviseOn('2026-06-01', { source: scenario.data.source, target: scenario.data.target });
      for (const o of rec.offerings.filter((v) => v.tool === 'dms-classic')) expect(o.excluded).not.toBe('tool-retired');
    }
  });

  it('does not report, on a past date, a retirement nobody had announced yet', () => {
    const rec = adviseOn('2022-07-01', MI);
    expect(rec.asOf).toBe('2022-07-01');
    expect(allText(rec)).not.toMatch(/was retired on 2026/);
    expect(allText(rec)).not.toMatch(/ended with Azure Data Studio/);
    expect(rec.offerings.every((o) => o.since <= '2022-07-01')).toBe(true);
  });

  it('reports a date that is not a real day as a problem and judges as of today instead', () => {
    const rec = recommend(data, { ...MI, answers: {} }, { today: '2026-02-30' });
    expect(rec.problems.map((p) => p.kind)).toEqual(['bad-date']);
    expect(rec.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('named regressions from the audit', () => {
  it('does not fall back to DMS (classic) online for a PostgreSQL source newer than its highest target version', () => {
    const rec = advise(PG, { ...BIG_AND_SHORT, 'postgresql-version': 16, 'tables-without-primary-key': true });
    expect(offering(rec, 'online', 'dms')?.excluded).toBe('blocked');
    expect(rec.tool === 'dms' && rec.mode === 'online').toBe(false);
  });

  it('says a fallback is not documented when the documents are silent on the condition that blocks the preferred tool', () => {
    const rec = advise(PG, { ...BIG_AND_SHORT, 'postgresql-version': 13, 'tables-without-primary-key': true });
    expect(offering(rec, 'online', 'postgresql-migration-service')?.excluded).toBe('blocked');
    if (rec.mode === 'online' && rec.tool === 'dms') {
      expect(rec.unknowns.length).toBeGreaterThan(0);
      expect(rec.unknowns[0].text).toMatch(/^Not documented for your case/);
      expect(rec.headline).toMatch(/not documented for your case/);
      expect(rec.unknowns[0].cite).toContainEqual({ kind: 'consideration', id: 'postgresql-online-primary-keys' });
    } else {
      expect(rec.mode).not.toBe('online');
    }
    const timescale = advise(PG, { ...BIG_AND_SHORT, 'postgresql-version': 13, 'uses-timescaledb': true });
    if (timescale.mode === 'online') expect(timescale.unknowns.map((u) => u.cite.map((c) => c.id)).flat()).toContain('postgresql-timescaledb-offline-only');
  });

  it('offers no DMS alternative to a SQL Server 2005 source, since 2005 is blocked for every DMS SQL target', () => {
    for (const target of ['azure-sql-database', 'azure-sql-managed-instance', 'sql-server-on-azure-vm']) {
      const rec = advise({ source: 'sql-server', target }, { 'sql-server-version': 2005, ...BIG_AND_SHORT });
      for (const alternative of rec.alternatives) for (const mode of alternative.modes) expect(mode.tool).not.toBe('dms');
      if (rec.mode === 'none' && rec.alternatives.length === 0) expect(allText(rec)).toMatch(/No other target for SQL Server fits your answers either/);
    }
  });

  it('offers paths from a retired source, never other sources', () => {
    const rec = advise({ source: 'azure-mysql-single-server', target: 'azure-mysql-single-server' });
    for (const alternative of rec.alternatives) expect(alternative.source).toBe('azure-mysql-single-server');
  });

  it('does not say replication loads the source for a SQL Server backup and restore', () => {
    const mi = advise(MI, BIG_AND_SHORT);
    expect(mi.mode).toBe('online');
    expect(allCites(mi)).not.toContain('rule:online-source-impact');
    const pg = advise(PG, { ...BIG_AND_SHORT, 'tables-without-primary-key': false });
    expect(pg.mode).toBe('online');
    expect(allCites(pg)).toContain('rule:online-source-impact');
  });

  it('does not present the 2018 PostgreSQL preview sign-up as a current limitation', () => {
    expect(dataset.considerations['postgresql-dms-preview-signup-2018']).toBeUndefined();
    for (const scenario of Object.values(dataset.scenarios).filter((s) => dataset.platforms[s.data.source].data.engine === 'postgresql')) {
      const rec = advise({ source: scenario.data.source, target: scenario.data.target }, BIG_AND_SHORT);
      expect(rec.flags.map((f) => f.title).join(' ')).not.toMatch(/sign[- ]?up/i);
    }
  });

  it('gives one pricing-tier rule for DMS MySQL migrations: Premium, with no Standard-tier exception', () => {
    for (const answers of [{ 'downtime-hours': 48, 'database-size-gb': 10 }, BIG_AND_SHORT]) {
      const rec = advise(MYSQL, answers);
      const words = rec.flags.map((f) => `${f.title} ${f.summary}`).join('\n');
      expect(words).not.toMatch(/Standard[^.]*offline/i);
    }
    const tiers = Object.values(dataset.considerations).filter((c) => /premium/i.test(`${c.data.title} ${c.data.summary}`) && c.data.appliesTo.engines?.includes('mysql'));
    expect(tiers.length).toBeGreaterThan(0);
    for (const c of tiers) expect(`${c.data.summary} ${c.html}`).not.toMatch(/Standard tier (can|is enough|suffices)/i);
  });

  it('recommends an Azure DocumentDB path without preview when preview is not allowed', () => {
    const rec = advise({ source: 'mongodb', target: 'azure-documentdb' }, { 'allow-preview': false, 'downtime-hours': 48, 'database-size-gb': 10 });
    expect(rec.mode).not.toBe('none');
    expect(STATUSES[rec.status!].preview).toBe(false);
    // Where the documents give no status, the answer says so instead of calling it GA.
    if (!STATUSES[rec.status!].stated) expect(rec.caveats.map((c) => c.text).join(' ')).toMatch(/status not stated/i);
  });

  it('never shows a path listed without a status as generally available', () => {
    for (const scenario of Object.values(dataset.scenarios)) {
      const rec = advise({ source: scenario.data.source, target: scenario.data.target }, { 'allow-preview': true, 'downtime-hours': 48, 'database-size-gb': 10 });
      if (rec.mode === 'none') continue;
      const view = offering(rec, rec.mode, rec.tool!)!;
      if (!view.stated) expect(rec.headline).not.toMatch(/generally available/i);
    }
  });
});

describe("the README's own example", () => {
  /** The `--answer` pairs of the README's first advise example, read from the README itself. */
  function readmeExample(): { pair: { source: string; target: string }; answers: Record<string, unknown> } {
    const readme = readFileSync(resolve(projectDir, 'README.md'), 'utf8');
    const command = /npm run advise -- --source (\S+) --target (\S+) \\\n((?:\s+--answer \S+)+)/.exec(readme);
    if (!command) throw new Error('README has no advise example with answers');
    const answers: Record<string, unknown> = {};
    for (const [, id, value] of command[3].matchAll(/--answer ([\w-]+)=(\S+)/g)) answers[id] = value === 'true' ? true : value === 'false' ? false : Number(value);
    return { pair: { source: command[1], target: command[2] }, answers };
  }

  it('gives the answer the README says it gives', () => {
    const { pair, answers } = readmeExample();
    const rec = advise(pair, answers);
    expect(rec.headline).toMatch(/^Migrate online with DMS \(classic\) \(generally available; not documented for your case, test it first\)\.$/);
    expect(rec.estimate?.hours).toBeCloseTo(300 / 45, 1);
    expect(rec.estimate?.lowerBound).toBe(false);
    const newer = advise(pair, { ...answers, 'postgresql-version': 16 });
    expect(newer.tool === 'dms' && newer.mode === 'online').toBe(false);
  });
});
