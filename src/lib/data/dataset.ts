import type { ConsiderationData } from '../schema/consideration.ts';
import type { DocumentData } from '../schema/document.ts';
import type { FootnoteData } from '../schema/footnote.ts';
import type { GuideData } from '../schema/guide.ts';
import type { PlatformData } from '../schema/platform.ts';
import type { QuestionData } from '../schema/question.ts';
import type { ScenarioData } from '../schema/scenario.ts';
import type { ToolData } from '../schema/tool.ts';

/** A validated content file: its id (the file name), where it lives, its data and rendered body. */
export interface Entry<T> {
  id: string;
  file: string;
  data: T;
  html: string;
}

/**
 * Everything in `content/`, validated. Plain objects only, so the same value can be serialised
 * into the wizard page and the JSON API.
 */
export interface Dataset {
  documents: Record<string, Entry<DocumentData>>;
  platforms: Record<string, Entry<PlatformData>>;
  tools: Record<string, Entry<ToolData>>;
  footnotes: Record<string, Entry<FootnoteData>>;
  scenarios: Record<string, Entry<ScenarioData>>;
  considerations: Record<string, Entry<ConsiderationData>>;
  questions: Record<string, Entry<QuestionData>>;
  guides: Record<string, Entry<GuideData>>;
}

export function scenarioId(source: string, target: string): string {
  return `${source}-to-${target}`;
}
