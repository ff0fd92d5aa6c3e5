import type { AdvisorData } from '../advisor/types.ts';
import { MODES } from '../schema/vocabulary.ts';
import type { Deadline, FleetRow, FleetWaves, Wave } from './types.ts';

/** The sentence the fleet page shows above the waves: how they were formed. */
export const WAVES_BASIS =
  'A suggested order, not a plan: rows with a retirement or other lifecycle deadline come first, grouped by their earliest deadline (past ones first, since they are already due); then the other rows grouped by target and mode, so each wave needs one kind of target and one way of migrating; rows no path fits, and rows with errors, come last.';

const MODE_ORDER = [...Object.keys(MODES), 'none'];

/**
 * Groups advised rows into suggested migration waves (WAVES_BASIS says how). Each row is in
 * exactly one wave; rows keep file order inside a wave.
 */
export function planWaves(data: AdvisorData, rows: readonly FleetRow[]): FleetWaves {
  const groups = new Map<string, { order: string; wave: Wave }>();
  const put = (key: string, order: string, title: string, reason: string, index: number) => {
    const group = groups.get(key) ?? { order, wave: { title, reason, rows: [] } };
    group.wave.rows.push(index);
    groups.set(key, group);
  };
  const platform = (id: string) => data.platforms[id]?.data.name ?? id;
  rows.forEach((row, index) => {
    if (!row.advised) return put('errors', '3', 'Fix first: rows with errors', 'These rows could not be advised; their errors say what to correct in the inventory.', index);
    if (row.mode === 'none') return put('none', '2', 'No path fits', 'No supported tool and mode fits these rows as given; each row\u2019s wizard link says what would have to change.', index);
    const first: Deadline | undefined = row.deadlines[0];
    if (first) {
      const key = `deadline|${first.date}|${first.subject}|${first.id}|${first.event}`;
      return put(key, `0|${first.date}|${first.name}|${first.event}`, `Deadline ${first.date}: ${first.name}`, first.text, index);
    }
    const mode = MODE_ORDER.indexOf(row.mode);
    put(`pair|${row.target}|${row.mode}`, `1|${platform(row.target)}|${mode}`, `${platform(row.target)}, ${MODES[row.mode].label.toLowerCase()}`, `Same target and mode, with no deadline among these rows.`, index);
  });
  const waves = [...groups.values()].sort((a, b) => a.order.localeCompare(b.order)).map((g) => g.wave);
  return { basis: WAVES_BASIS, waves };
}
