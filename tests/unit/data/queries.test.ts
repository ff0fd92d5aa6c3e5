import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockersOf, applicableBlockers, UNANSWERED } from '../../../src/lib/advisor/offerings.ts';
import { documentYears, platformsByEngine, scenariosByTarget, scenariosByTitle, scenariosCoveredBy, scenariosWithTool, documentsNewestFirst } from '../../../src/lib/data/catalogue.ts';
import { recentStatusChanges, statusChanges } from '../../../src/lib/data/changes.ts';
import { describeCondition } from '../../../src/lib/data/describe-condition.ts';
import {
  bestOffering,
  byConsiderationOrder,
  considerationsByKind,
  endingEvents,
  historyNewestFirst,
  toolsOf,
  considerationsFor,
  currentRunStart,
  currentStatus,
  hasHappened,
  isRetired,
  numberFootnotes,
  repeatsPrevious,
  scenarioTitle,
  shortName,
  statusAsOf,
  statusSince,
} from '../../../src/lib/data/queries.ts';
import type { StatusEntry } from '../../../src/lib/schema/scenario.ts';
import { footnoteMarkers, footnotesInNumberOrder } from '../../../src/lib/matrix/footnotes.ts';
import { byStatusRank, bySeverity, ENGINE_IDS, STATUS_IDS, STATUSES } from '../../../src/lib/schema/vocabulary.ts';
import { CONTENT_TODAY, loadRealContent } from '../../support/real-content.ts';

const { dataset, data } = loadRealContent();
const entry = (date: string, status: StatusEntry['status']): StatusEntry => ({ date, status, cite: [{ doc: 'd' }], kind: 'event' }) as StatusEntry;

describe('status history queries', () => {
  const history = [entry('2020-01-01', 'preview'), entry('2021-01-01', 'ga'), entry('2022-01-01', 'ga'), entry('2023-01-01', 'ga')];
  const offering = { tool: 't', mode: 'online' as const, footnotes: [], history };

  it('finds where the current status began, skipping confirmations', () => {
    expect(currentRunStart(history)).toBe(1);
    expect(currentRunStart([history[0]])).toBe(0);
    expect(statusSince(offering)).toBe('2021-01-01');
  });

  it('judges status and "since" as of a date', () => {
    expect(statusAsOf(offering, '2019-12-31')).toBeUndefined();
    expect(statusAsOf(offering, '2020-06-01')?.status).toBe('preview');
    expect(statusSince(offering, '2020-06-01')).toBe('2020-01-01');
    expect(statusSince(offering, '2019-01-01')).toBe('2020-01-01');
    expect(currentStatus(offering).date).toBe('2023-01-01');
  });

  it('tells a re-confirmation from a change', () => {
    expect(history.map((_, i) => repeatsPrevious(history, i))).toEqual([false, false, true, true]);
  });

  it('counts an event on its own day as happened', () => {
    expect(hasHappened({ date: '2026-02-28' }, '2026-02-28')).toBe(true);
    expect(hasHappened({ date: '2026-03-01' }, '2026-02-28')).toBe(false);
  });
});

describe('the vocabulary orders', () => {
  it('ranks GA first, stated previews before a path listed without a status, and the ends last', () => {
    const sorted = [...STATUS_IDS].sort(byStatusRank);
    expect(sorted[0]).toBe('ga');
    expect(sorted.indexOf('private-preview')).toBeLessThan(sorted.indexOf('listed'));
    for (const status of sorted.slice(sorted.indexOf('listed') + 1)) expect(STATUSES[status].supported).toBe(false);
    expect(new Set(STATUS_IDS.map((s) => STATUSES[s].rank)).size).toBe(STATUS_IDS.length);
  });

  it('orders severities blocker, warning, info', () => {
    expect((['info', 'blocker', 'warning'] as const).slice().sort(bySeverity)).toEqual(['blocker', 'warning', 'info']);
  });
});

describe('queries over the real content', () => {
  it('picks the best offering of a mode by status, then by the tool the documents prefer', () => {
    for (const scenario of Object.values(dataset.scenarios)) {
      for (const mode of ['offline', 'online'] as const) {
        const best = bestOffering(dataset, scenario, mode);
        const offerings = scenario.data.offerings.filter((o) => o.mode === mode);
        if (offerings.length === 0) expect(best).toBeUndefined();
        else for (const o of offerings) expect(byStatusRank(currentStatus(best!).status, currentStatus(o).status)).toBeLessThanOrEqual(0);
      }
    }
  });

  it('numbers footnotes in the order they are first met, once each', () => {
    expect([...numberFootnotes([{ footnotes: ['b', 'a'] }, { footnotes: ['a', 'c'] }])]).toEqual([['b', 1], ['a', 2], ['c', 3]]);
  });

  it('gives the short name where there is one, else the full name', () => {
    expect(shortName({ data: { name: 'Azure Database Migration Service', short: 'DMS' } })).toBe('DMS');
    expect(shortName({ data: { name: 'Ora2Pg' } })).toBe('Ora2Pg');
  });

  it('sorts scenarios by title and groups them by target without losing one', () => {
    const sorted = scenariosByTitle(dataset);
    const titles = sorted.map((s) => scenarioTitle(dataset, s.data));
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
    const groups = scenariosByTarget(dataset, sorted);
    expect(groups.flatMap((g) => g.scenarios).length).toBe(Object.keys(dataset.scenarios).length);
    for (const g of groups) for (const s of g.scenarios) expect(s.data.target).toBe(g.target);
  });

  it('offers each platform that is a source (or a target) of some scenario once, under its engine', () => {
    for (const side of ['source', 'target'] as const) {
      const groups = platformsByEngine(dataset, side);
      const ids = groups.flatMap((g) => g.platforms.map((p) => p.id));
      expect(new Set(ids)).toEqual(new Set(Object.values(dataset.scenarios).map((s) => s.data[side])));
      expect(groups.map((g) => g.engine)).toEqual(ENGINE_IDS.filter((e) => groups.some((g) => g.engine === e)));
    }
  });

  it('lists considerations most severe first, then by title', () => {
    const scenario = dataset.scenarios['sql-server-to-azure-sql-managed-instance'];
    const list = considerationsFor(dataset, scenario);
    expect(list.length).toBeGreaterThan(5);
    expect([...list].sort(byConsiderationOrder)).toEqual(list);
  });

  it('says which years the documents span', () => {
    expect(documentYears(dataset)).toEqual({ first: '2018', last: expect.stringMatching(/^20\d\d$/) });
  });

  it('calls DMS (classic) retired for SQL Server scenarios only', () => {
    const sql = dataset.scenarios['sql-server-to-azure-sql-managed-instance'];
    const pg = dataset.scenarios['postgresql-to-azure-postgresql-flexible-server'];
    const dms = dataset.tools['dms-classic'];
    expect(isRetired(dms, CONTENT_TODAY, { dataset, scenario: sql, offering: { tool: 'dms-classic', mode: 'online' } })).toBe(true);
    expect(isRetired(dms, CONTENT_TODAY, { dataset, scenario: pg })).toBe(false);
    expect(isRetired(dms, CONTENT_TODAY)).toBe(false);
  });
});

describe('status changes', () => {
  const changes = statusChanges(dataset);

  it('has one entry per first listing and per change of status, newest first, and no confirmations', () => {
    const expected = Object.values(dataset.scenarios)
      .flatMap((s) => s.data.offerings)
      .reduce((n, o) => n + o.history.filter((_, i) => !repeatsPrevious(o.history, i)).length, 0);
    expect(changes.length).toBe(expected);
    for (let i = 1; i < changes.length; i++) expect(changes[i - 1].entry.date >= changes[i].entry.date).toBe(true);
    for (const c of changes) {
      const index = c.offering.history.indexOf(c.entry);
      expect(c.first).toBe(index === 0);
      expect(repeatsPrevious(c.offering.history, index)).toBe(false);
    }
  });

  it('recent changes leave out first listings', () => {
    const recent = recentStatusChanges(dataset, 8);
    expect(recent.length).toBe(8);
    expect(recent.every((c) => !c.first)).toBe(true);
  });
});

describe('describeCondition', () => {
  it('words every kind of condition with the question prompt and option labels', () => {
    const version = dataset.questions['sql-server-version'].data;
    expect(describeCondition({ question: 'sql-server-version', below: 2008 }, dataset)).toBe(`“${version.prompt}” is below ${describeValue(2008)}`);
    expect(describeCondition({ question: 'uses-tde', equals: true }, dataset)).toMatch(/is yes$/);
    expect(describeCondition({ question: 'database-size-gb', atLeast: 1000 }, dataset)).toMatch(/is at least 1000 GB$/);
    expect(describeCondition({ all: [{ question: 'uses-tde', equals: false }, { not: { question: 'uses-tde', equals: true } }] }, dataset)).toMatch(
      /is no and not \(.* is yes\)$/,
    );
    expect(describeCondition({ any: [{ question: 'missing', in: ['x'] }, { question: 'missing', equals: 1 }] }, dataset)).toBe('missing is x or missing is 1');

    function describeValue(value: number): string {
      if (version.kind === 'choice') return version.options.find((o) => o.value === value)?.label ?? String(value);
      return version.kind === 'number' ? `${value} ${version.unit}` : String(value);
    }
  });
});

describe('"is it blocked": one rule for pages and the advisor', () => {
  const pairs = Object.values(data.scenarios).flatMap((scenario) => scenario.data.offerings.map((offering) => ({ scenario, offering })));
  const questionIds = Object.keys(data.questions);

  it('on a page nobody answered, an unconditional blocker blocks and a conditional one only may', () => {
    for (const { scenario, offering } of pairs) {
      const { blocks, mayBlock } = blockersOf(data, scenario, offering, UNANSWERED);
      for (const id of blocks) expect(data.considerations[id].data.when).toBeUndefined();
      for (const id of mayBlock) expect(data.considerations[id].data.when).toBeDefined();
    }
    const managedInstance = pairs.filter((p) => p.scenario.id === 'sql-server-to-azure-sql-managed-instance');
    expect(managedInstance.some((p) => blockersOf(data, p.scenario, p.offering, UNANSWERED).mayBlock.length > 0)).toBe(true);
  });

  it('whatever the answers, what blocks lies between the unconditional blockers and all that may block', () => {
    const answer = fc.oneof(fc.boolean(), fc.integer({ min: 0, max: 3000 }), fc.constantFrom('2005', '2008', '2016', 'high', 'low'));
    fc.assert(
      fc.property(fc.constantFrom(...pairs), fc.dictionary(fc.constantFrom(...questionIds), answer), ({ scenario, offering }, answers) => {
        const page = blockersOf(data, scenario, offering, UNANSWERED);
        const blocked = applicableBlockers(data, scenario, offering, answers);
        for (const id of page.blocks) expect(blocked).toContain(id);
        for (const id of blocked) expect([...page.blocks, ...page.mayBlock]).toContain(id);
      }),
    );
  });
});

describe('catalogue lists', () => {
  it('finds the scenarios a selector covers and those a tool serves', () => {
    const mysql = scenariosCoveredBy(dataset, { engines: ['mysql'] });
    expect(mysql.length).toBeGreaterThan(3);
    for (const s of mysql) expect(dataset.platforms[s.data.source].data.engine).toBe('mysql');
    const ora2pg = scenariosWithTool(dataset, 'ora2pg');
    expect(ora2pg.map((s) => s.id)).toEqual(['oracle-to-azure-postgresql-flexible-server']);
  });

  it('lists documents newest first', () => {
    const dates = documentsNewestFirst(dataset).map((d) => d.data.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('what a scenario page asks', () => {
  const scenario = dataset.scenarios['sql-server-to-azure-sql-managed-instance'];

  it('splits considerations by kind without losing one', () => {
    const { limitation, prerequisite } = considerationsByKind(dataset, scenario);
    expect(limitation.every((c) => c.data.kind === 'limitation')).toBe(true);
    expect(prerequisite.every((c) => c.data.kind === 'prerequisite')).toBe(true);
    expect(limitation.length + prerequisite.length).toBe(considerationsFor(dataset, scenario).length);
  });

  it('lists each tool once in authoring order, and the whole history newest first', () => {
    const tools = toolsOf(scenario.data);
    expect(new Set(tools).size).toBe(tools.length);
    expect(tools[0]).toBe(scenario.data.offerings[0].tool);
    const history = historyNewestFirst(scenario.data);
    expect(history.length).toBe(scenario.data.offerings.reduce((n, o) => n + o.history.length, 0));
    for (let i = 1; i < history.length; i++) expect(history[i - 1].entry.date >= history[i].entry.date).toBe(true);
  });

  it('finds the events that end a tool, narrowed to those that concern a use', () => {
    const extension = dataset.tools['azure-sql-migration-extension'];
    expect(endingEvents(extension).map((e) => e.event)).toEqual(['ended-with-host']);
    expect(endingEvents(extension, () => false)).toEqual([]);
    expect(endingEvents(undefined)).toEqual([]);
  });

  it('puts footnote markers and notes in number order', () => {
    const numbers = new Map([['b', 2], ['a', 1], ['c', 3]]);
    expect(footnotesInNumberOrder(numbers)).toEqual(['a', 'b', 'c']);
    expect(footnoteMarkers(['c', 'a', 'c'], numbers)).toEqual([{ id: 'a', number: 1 }, { id: 'c', number: 3 }]);
  });
});
