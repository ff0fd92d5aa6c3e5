import { describe, expect, it } from 'vitest';
import { toolCoverage } from '../../../src/lib/data/tool-coverage.ts';
import { loadRealContent } from '../../support/real-content.ts';
import { smallDataset } from './site-lists.fixture.ts';

const { dataset } = loadRealContent();

describe("a tool's own coverage", () => {
  it("shows the tool's own status per mode and nothing for a mode it does not offer, never another tool's", () => {
    const rows = toolCoverage(smallDataset(), 'svc');
    expect(rows.map((r) => r.scenario.id)).toEqual(['my-to-pg-flex', 'pg-to-pg-flex']);
    const mysql = rows[0].modes;
    expect(mysql.offline).toEqual([]); // only "other" offers it offline
    expect(mysql.online).toEqual([{ status: 'ga', since: '2024-01-01', documentedAs: undefined }]);
    const pg = rows[1].modes;
    expect(pg.offline.map((o) => o.status)).toEqual(['not-supported']);
    expect(pg.online).toEqual([{ status: 'ga', since: '2024-01-01', documentedAs: undefined }]);
  });

  it('on the real content, DMS is not supported for PostgreSQL → Flexible Server offline, though another tool is GA there', () => {
    const row = toolCoverage(dataset, 'dms').find((r) => r.scenario.id === 'postgresql-to-azure-postgresql-flexible-server');
    expect(row?.modes.offline.map((o) => o.status)).toEqual(['not-supported']);
    expect(row?.modes.online.map((o) => [o.status, o.documentedAs])).toEqual([['ga', 'DMS (classic)']]);
  });
});
