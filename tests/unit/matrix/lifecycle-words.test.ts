import { describe, expect, it } from 'vitest';
import { endingSentence, endingWord, scopePhrase } from '../../../src/lib/data/lifecycle-words.ts';
import type { LifecycleEventData } from '../../../src/lib/schema/lifecycle.ts';

const retired: LifecycleEventData = { event: 'retired', date: '2026-03-15', cite: [{ doc: 'notice' }] };
const ended: LifecycleEventData = { event: 'ended-with-host', date: '2026-02-28', host: 'Azure Data Studio', cite: [{ doc: 'ads' }] };

describe('the words for an end', () => {
  it('says retired or retires by the date, and ended with the host for an extension', () => {
    expect(endingSentence('DMS (classic)', retired, '2026-03-15')).toBe('DMS (classic) was retired on 2026-03-15');
    expect(endingSentence('DMS (classic)', retired, '2026-03-14')).toBe('DMS (classic) retires on 2026-03-15');
    expect(endingSentence('The extension', ended, '2026-12-01')).toBe('The extension ended with Azure Data Studio on 2026-02-28');
    expect(endingSentence('The extension', ended, '2026-01-01')).toBe('The extension ends with Azure Data Studio on 2026-02-28');
    expect([endingWord(retired, '2026-12-01'), endingWord(retired, '2020-01-01'), endingWord(ended, '2026-12-01'), endingWord(ended, '2020-01-01')]).toEqual([
      'Retired',
      'Retires',
      'Ended',
      'Ends',
    ]);
  });

  it('names the scope of a scoped event, and nothing for an unscoped one', () => {
    const name = (id: string) => ({ mysql: 'MySQL' })[id] ?? id;
    expect(scopePhrase(undefined, name)).toBe('');
    expect(scopePhrase({ engines: ['sql-server'] }, name)).toBe(' for SQL Server scenarios only');
    expect(scopePhrase({ sources: ['mysql'] }, name)).toBe(' for migrations from MySQL only');
    expect(scopePhrase({ tools: ['dms'] }, name)).toBe(' for some scenarios only');
  });
});
