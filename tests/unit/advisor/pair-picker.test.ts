import { beforeAll, describe, expect, it } from 'vitest';
import { pairLinks, pickerGroups, pickerName, PICKER_NAME_MAX } from '../../../src/lib/advisor/pair-picker.ts';
import { fieldHelp, fieldOptions, presetText } from '../../../src/lib/advisor/question-field.ts';
import { pairExists } from '../../../src/lib/advisor/relevance.ts';
import type { Dataset } from '../../../src/lib/data/dataset.ts';
import { loadRealContent } from '../../support/real-content.ts';
import { fixture } from './fixture.ts';

let dataset: Dataset;
beforeAll(() => {
  dataset = loadRealContent().dataset;
});

describe('the pair pickers (pair-picker.ts)', () => {
  it('shows a name whole when it fits a phone, else the short name', () => {
    expect(pickerName({ data: { name: 'Azure SQL Managed Instance', short: 'SQL MI' } })).toBe('Azure SQL Managed Instance');
    expect(pickerName({ data: { name: 'Azure Database for PostgreSQL – Flexible Server', short: 'PostgreSQL Flexible' } })).toBe('PostgreSQL Flexible');
    expect(pickerName({ data: { name: 'A name far longer than any phone picker shows' } })).toBe('A name far longer than any phone picker shows');
  });

  it('gives every target a label that a 375 px picker shows whole and no other target shares', () => {
    for (const side of ['source', 'target'] as const) {
      const labels = pickerGroups(dataset, side).flatMap((g) => g.options.map((o) => o.label));
      expect(labels.filter((l) => l.length > PICKER_NAME_MAX), side).toEqual([]);
      expect(new Set(labels).size, side).toBe(labels.length);
    }
  });

  it('keeps the full name beside the label', () => {
    const flexible = pickerGroups(dataset, 'target')
      .flatMap((g) => g.options)
      .find((o) => o.value === 'azure-postgresql-flexible-server');
    expect(flexible).toEqual({ value: 'azure-postgresql-flexible-server', label: 'PostgreSQL Flexible', name: 'Azure Database for PostgreSQL – Flexible Server' });
  });

  it('lists every scenario once under its source, for reading without script', () => {
    const listed = pairLinks(dataset).flatMap((p) => p.targets.map((t) => t.scenario));
    expect(listed.sort()).toEqual(Object.keys(dataset.scenarios).sort());
  });

  it('offers a target for a source only where content describes the pair', () => {
    const data = fixture();
    expect(pairExists(data, 'sql-server', 'azure-sql-managed-instance')).toBe(true);
    expect(pairExists(data, 'mysql', 'azure-sql-database')).toBe(false);
    expect(pairExists(data, 'sql-server', 'sql-server')).toBe(false);
  });
});

describe('what a question field shows (question-field.ts)', () => {
  const data = fixture();
  const q = (id: string) => data.questions[id].data;

  it('shows a window preset as a duration and says minutes are accepted', () => {
    expect(presetText(q('downtime-hours'))).toBe('4 h');
    expect(fieldHelp(q('downtime-hours'))).toBe('In hours or minutes, such as 15 min, 1h30 or 2.5; up to 720 hours. Preset if left empty: 4 h.');
  });

  it('gives other numbers their range and unit, and yes-or-no questions their words', () => {
    expect(fieldHelp(q('database-size-gb'))).toBe('From 0 to 1,000,000 GB. Preset if left empty: 100.');
    expect(presetText(q('allow-preview'))).toBe('No');
    expect(fieldOptions(q('allow-preview'))).toEqual([{ value: 'true', label: 'Yes' }, { value: 'false', label: 'No' }]);
    expect(fieldOptions(q('sql-server-version')).map((o) => o.value)).toEqual(['2005', '2014', '2016']);
    expect(fieldHelp(q('write-intensity'))).toBe('');
  });
});
