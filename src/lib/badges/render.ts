import type { Dataset } from '../data/dataset.ts';
import type { BadgeFile } from './files.ts';
import type { BadgeFont } from './font.ts';
import { scenarioBadge } from './model.ts';
import { svgToPng } from './png.ts';
import { badgeSvg } from './svg.ts';

/** A badge file's SVG as of `today`: what the endpoints serve, and the source of its PNG. */
export function badgeFileSvg(dataset: Dataset, file: BadgeFile, today: string, font: BadgeFont): string {
  const scenario = dataset.scenarios[file.scenarioId];
  if (!scenario) throw new Error(`No scenario "${file.scenarioId}" for badges/${file.name}; badgeFiles lists the scenarios of the same dataset.`);
  return badgeSvg(scenarioBadge(dataset, scenario, today, file.mode), font.metrics, font.family);
}

export function badgeFilePng(dataset: Dataset, file: BadgeFile, today: string, font: BadgeFont): Buffer {
  return svgToPng(badgeFileSvg(dataset, file, today, font), font);
}
