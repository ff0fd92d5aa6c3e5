import { platformsByEngine, scenariosFrom } from '../data/catalogue.ts';
import type { Dataset } from '../data/dataset.ts';
import { shortName } from '../data/queries.ts';
import { ENGINES } from '../schema/vocabulary.ts';

/*
 * What the wizard's pair pickers and its no-script list of pairs show, worked out at build time.
 * Which targets a chosen source leaves open is decided in the page by pairExists (relevance.ts).
 */

/** The longest name a picker shows whole on a 375 px phone; longer names are cut mid-word there. */
export const PICKER_NAME_MAX = 30;

/**
 * A platform's name in a picker: its full name when that fits a phone-width picker, else its short
 * name, so "Azure Database for PostgreSQL – Flexible Server" and "– Single Server" do not both
 * show as "Azure Database for PostgreSQL –". The engine's group label says the rest.
 */
export function pickerName(platform: { data: { name: string; short?: string } }): string {
  return platform.data.name.length <= PICKER_NAME_MAX ? platform.data.name : shortName(platform);
}

export interface PickerGroup {
  label: string;
  options: { value: string; label: string; name: string }[];
}

/** The platforms on one side of some scenario, grouped by engine, as a picker offers them. */
export function pickerGroups(dataset: Dataset, side: 'source' | 'target'): PickerGroup[] {
  return platformsByEngine(dataset, side).map(({ engine, platforms }) => ({
    label: ENGINES[engine].label,
    // By the words shown, so typing a name's start in the picker finds it.
    options: platforms.map((p) => ({ value: p.id, label: pickerName(p), name: p.data.name })).sort((a, b) => a.label.localeCompare(b.label)),
  }));
}

/** Each source with the targets content describes a migration to, by name: the scenario pages to read without script. */
export function pairLinks(dataset: Dataset): { source: string; targets: { name: string; scenario: string }[] }[] {
  return platformsByEngine(dataset, 'source')
    .flatMap((group) => group.platforms)
    .map((source) => ({
      source: source.data.name,
      targets: scenariosFrom(dataset, source.id)
        .map((s) => ({ name: dataset.platforms[s.data.target]?.data.name ?? s.data.target, scenario: s.id }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    }));
}
