import { describe, expect, it } from 'vitest';
import { adviseInventory } from '../../../src/lib/fleet/index.ts';
import { fleetReport, fleetTable } from '../../../src/lib/fleet/terminal-report.ts';
import { fixture, TODAY } from '../advisor/fixture.ts';

const data = fixture();
const CSV = [
  'name,source,target,database-size-gb,downtime-hours',
  '"\u001b[31mred\u202e",sql-server,azure-sql-managed-instance,40,4',
  'a-database-with-a-very-long-name-indeed-that-goes-on,sql-server,azure-sql-managed-instance,5000,1',
  'typo,sql-server,azure-sql-databse,10,4',
].join('\n');
const result = adviseInventory(CSV, data, { today: TODAY });

describe('the terminal report', () => {
  it('shows escape sequences and bidi controls in a name as visible escapes', () => {
    const report = fleetReport(result, data, 200);
    expect(report).not.toMatch(/[\u001b\u202e]/);
    expect(report).toContain('\\u001b[31mred\\u202e');
  });

  it('keeps every table line within the width by cutting long cells with an ellipsis', () => {
    const lines = fleetTable(result, data, 80).split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
    expect(lines[2]).toMatch(/^ {3}3 {2}a-data[^ ]*… /);
  });

  it('gives each row error its own line with the line, column and what was found', () => {
    expect(fleetReport(result, data, 200)).toMatch(/^ {4}Line 4: target "azure-sql-databse" is not a platform this site knows; did you mean "azure-sql-database"\?/m);
  });
});
