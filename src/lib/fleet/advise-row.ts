import { recommend } from '../advisor/recommend.ts';
import type { AdvisorData, Recommendation } from '../advisor/types.ts';
import { toQuery } from '../advisor/wizard-address.ts';
import { deadlinesOf } from './deadlines.ts';
import type { FleetRow, InventoryRow, Titled } from './types.ts';

/**
 * Advises one inventory row with the wizard's own advisor: a row with errors is not advised (its
 * errors say why); any other row gets exactly what `recommend()` gives for its pair and answers.
 */
export function adviseRow(data: AdvisorData, row: InventoryRow, today: string): FleetRow {
  const wizardQuery = toQuery(data, { source: row.source, target: row.target, answers: row.answers });
  if (!row.advisable) {
    return {
      line: row.line,
      name: row.name,
      source: row.source,
      target: row.target,
      title: `${row.source} → ${row.target}`,
      scenario: null,
      advised: false,
      mode: 'none',
      tool: null,
      toolName: null,
      status: null,
      headline: 'Not advised: the row has errors.',
      estimate: null,
      blockers: [],
      warnings: [],
      deadlines: [],
      presets: [],
      errors: row.errors,
      wizardQuery,
    };
  }
  const rec = recommend(data, { source: row.source, target: row.target, answers: row.answers }, { today });
  return { ...fromRecommendation(data, rec, row), wizardQuery };
}

/** The row's view of a recommendation: every field read off it, none decided again here. */
export function fromRecommendation(data: AdvisorData, rec: Recommendation, row: Pick<InventoryRow, 'line' | 'name' | 'answers' | 'errors'>): Omit<FleetRow, 'wizardQuery'> {
  return {
    line: row.line,
    name: row.name,
    source: rec.source,
    target: rec.target,
    title: rec.title,
    scenario: rec.scenario,
    advised: true,
    mode: rec.mode,
    tool: rec.tool,
    toolName: rec.toolName,
    status: rec.status,
    headline: rec.headline,
    estimate: rec.estimate && { hours: rec.estimate.hours, lowerBound: rec.estimate.lowerBound, basis: rec.estimate.basis },
    blockers: blockersOf(data, rec),
    warnings: rec.flags.filter((f) => f.severity === 'warning' && f.recommended).map((f) => ({ id: f.id, title: f.title })),
    deadlines: deadlinesOf(data, rec),
    // The questions this pair asks that were left empty and have a preset: the advisor used the preset.
    presets: rec.relevant.filter((id) => !Object.hasOwn(row.answers, id) && data.questions[id]?.data.default !== undefined),
    errors: row.errors,
  };
}

/**
 * The blockers that ruled a path out for this row: those of the offerings the advisor excluded as
 * blocked (a path already unsupported or retired is not the blocker's doing), each once.
 */
function blockersOf(data: AdvisorData, rec: Recommendation): Titled[] {
  const ids = new Set(rec.offerings.filter((o) => o.excluded === 'blocked').flatMap((o) => o.blockers));
  return [...ids].sort().map((id) => ({ id, title: data.considerations[id]?.data.title ?? id }));
}
