import type { ScenarioData } from '../schema/scenario.ts';
import { MODE_IDS, type Mode, type Status } from '../schema/vocabulary.ts';
import { scenariosByTitle, scenariosWithTool } from './catalogue.ts';
import type { Dataset, Entry } from './dataset.ts';
import { currentStatus, offeringsFor, statusSince } from './queries.ts';

/** What one tool offers for a scenario in one mode: its current status and since when. */
export interface ToolOffering {
  status: Status;
  since: string;
  /** The tool's name in this offering's documents, when it differs from the tool's own. */
  documentedAs?: string;
}

/**
 * A tool's own offerings per scenario and mode, for the tool's page: never the best status of any
 * tool (the DMS page must not call a pair GA that only another tool offers). An empty list for a
 * mode means this tool has no offering in it. Scenarios by title.
 */
export function toolCoverage(dataset: Dataset, tool: string): { scenario: Entry<ScenarioData>; modes: Record<Mode, ToolOffering[]> }[] {
  return scenariosByTitle(dataset, scenariosWithTool(dataset, tool)).map((scenario) => ({
    scenario,
    modes: Object.fromEntries(
      MODE_IDS.map((mode) => [
        mode,
        offeringsFor(scenario.data, mode)
          .filter((offering) => offering.tool === tool)
          .map((offering) => ({ status: currentStatus(offering).status, since: statusSince(offering), documentedAs: offering.documentedAs })),
      ]),
    ) as Record<Mode, ToolOffering[]>,
  }));
}
