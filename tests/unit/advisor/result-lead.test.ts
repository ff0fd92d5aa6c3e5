import { describe, expect, it } from 'vitest';
import { recommend } from '../../../src/lib/advisor/recommend.ts';
import { resultModel } from '../../../src/lib/advisor/result-sections.ts';
import type { AnswerValues } from '../../../src/lib/advisor/types.ts';
import { fixture, TODAY } from './fixture.ts';

const data = fixture();
const MI = { source: 'sql-server', target: 'azure-sql-managed-instance' };
const PG = { source: 'postgresql', target: 'azure-postgresql-flexible-server' };
const advise = (pair: typeof MI, answers: Record<string, unknown>) => recommend(data, { ...pair, answers: answers as AnswerValues }, { today: TODAY });
const lead = (pair: typeof MI, answers: Record<string, unknown>) => resultModel(advise(pair, answers), data).lead;

describe('the sentences under the headline (result-lead.ts)', () => {
  it('says which answers are presets, with their values, when the visitor left them empty', () => {
    expect(lead(PG, {})).toContain('Not answered, so the preset value was used: 100 GB, 100 Mbit/s, 4 hours.');
    expect(lead(PG, { 'database-size-gb': 10, 'network-mbps': 100, 'downtime-hours': 4 }).join(' ')).not.toMatch(/preset/);
  });

  it('calls a preset window the preset, never “your” window', () => {
    const rec = advise(PG, { 'database-size-gb': 10 });
    expect(resultModel(rec, data).lead[0]).toBe('Estimated offline copy: 13 min; it fits the preset 4 h downtime window.');
    expect(rec.reasons.map((r) => r.text).join(' ')).toContain('fits in the preset 4 h downtime window');
    expect(lead(PG, { 'database-size-gb': 10, 'downtime-hours': 4 })[0]).toMatch(/fits your 4 h downtime window\.$/);
  });

  it('leads an online answer with the cutover and the window, and keeps the copy time as context', () => {
    const [cutover, copy] = lead(MI, { 'database-size-gb': 2000, 'downtime-hours': 0.25 });
    // The guide's own words for the cutover, then the visitor's window as they would write it.
    expect(cutover).toBe('Online migrations need a manual cutover. Only that cutover has to fit in your 15 min downtime window; rehearse it.');
    expect(copy).toMatch(/^The source stays in use during the copy: at least 44\.4 h by the offline estimate\.$/);
  });

  it('says a window of nothing is not realistic for a cutover', () => {
    expect(lead(MI, { 'database-size-gb': 2000, 'downtime-hours': 0 })[0]).toMatch(/Only that cutover has to fit in your 0 min downtime window, and no cutover takes 0 min\.$/);
  });

  it('writes a 15-minute window as 15 min everywhere, not as a rounded decimal of hours', () => {
    const rec = advise(MI, { 'database-size-gb': 2000, 'downtime-hours': 0.25 });
    const all = JSON.stringify(resultModel(rec, data));
    expect(all).toContain('your 15 min downtime window');
    expect(all).not.toMatch(/0\.3[ -]h/);
  });

  it('has nothing to say before there is an estimate', () => {
    expect(lead({ source: '', target: '' }, {})).toEqual([]);
  });
});
