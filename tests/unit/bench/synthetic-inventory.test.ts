import { describe, expect, it } from 'vitest';
import { syntheticInventory } from '../../../scripts/bench/synthetic-inventory.ts';
import { adviseInventory } from '../../../src/lib/fleet/index.ts';
import { fixture, TODAY } from '../advisor/fixture.ts';

const data = fixture();

describe('the synthetic inventory', () => {
  it('is the same text for the same seed, and another for another seed', () => {
    expect(syntheticInventory(data, 50, 7)).toBe(syntheticInventory(data, 50, 7));
    expect(syntheticInventory(data, 50, 8)).not.toBe(syntheticInventory(data, 50, 7));
  });

  it('has exactly the rows asked for, each advised without errors, over many pairs and modes', () => {
    const result = adviseInventory(syntheticInventory(data, 100, 7), data, { today: TODAY });
    expect(result.fileErrors).toEqual([]);
    expect(result.summary).toMatchObject({ rows: 100, advised: 100, errors: { count: 0 } });
    expect(new Set(result.rows.map((r) => r.scenario)).size).toBeGreaterThan(Object.keys(data.scenarios).length / 2);
    expect(result.summary.byMode.offline).toBeGreaterThan(0);
    expect(result.summary.byMode.online).toBeGreaterThan(0);
    expect(result.rows.some((r) => r.presets.length > 0)).toBe(true);
  });
});
