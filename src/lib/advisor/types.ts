import type { AnswerValue } from '../schema/condition.ts';
import type { ConsiderationData } from '../schema/consideration.ts';
import type { DocumentData } from '../schema/document.ts';
import type { DocumentSubjects } from './document-subjects.ts';
import type { GuideData } from '../schema/guide.ts';
import type { PlatformData } from '../schema/platform.ts';
import type { QuestionData } from '../schema/question.ts';
import type { ScenarioData } from '../schema/scenario.ts';
import type { ToolData } from '../schema/tool.ts';
import type { ConsiderationKind, Mode, Severity, Status } from '../schema/vocabulary.ts';

type Keyed<T> = Record<string, { id: string; data: T }>;

/**
 * The part of the dataset the advisor reads. The full `Dataset` fits this shape as it is, and
 * `toAdvisorData` trims it to just these fields for the wizard page, so the browser downloads no
 * Markdown bodies it would not use.
 */
export interface AdvisorData {
  platforms: Keyed<Pick<PlatformData, 'name' | 'short' | 'engine' | 'lifecycle'>>;
  tools: Keyed<Pick<ToolData, 'name' | 'short' | 'throughput' | 'benchmark' | 'lifecycle' | 'preferredFor'>>;
  scenarios: Keyed<Omit<ScenarioData, 'reviewed' | 'related'>>;
  /** The page leaves out `cite`: a flag links to its limitation's page, which lists the sources. */
  considerations: Keyed<Omit<ConsiderationData, 'cite'> & { cite?: ConsiderationData['cite'] }>;
  questions: Keyed<QuestionData>;
  guides: Keyed<Pick<GuideData, 'rules'>>;
  /** `about`: the engines and tools a document concerns (document-subjects.ts), so a result cites only its own. */
  documents: Keyed<Pick<DocumentData, 'title' | 'date' | 'url'> & { about?: DocumentSubjects }>;
  /** Footnote texts, already reduced to plain text (the page shows them with textContent). */
  footnotes: Record<string, { id: string; text?: string; html?: string }>;
}

/** Validated answers keyed by question id. Only ids of real questions ever appear here. */
export type AnswerValues = Record<string, AnswerValue>;

export interface WizardInput {
  source: string;
  target: string;
  answers: AnswerValues;
}

export interface RecommendOptions {
  /** YYYY-MM-DD, for lifecycle events (retirements). Defaults to the current UTC date. */
  today?: string;
}

/** What a reason rests on: a document, a limitation or prerequisite, a footnote or a guide rule. */
export type CiteRef =
  | { kind: 'document'; id: string; section?: string }
  | { kind: 'consideration'; id: string }
  | { kind: 'footnote'; id: string }
  | { kind: 'rule'; id: string; guide?: string };

export interface Reason {
  text: string;
  cite: CiteRef[];
}

/** Why an offering cannot be recommended; absent when it can. */
export type Exclusion = 'not-supported' | 'retired' | 'tool-retired' | 'target-retired' | 'preview-not-allowed' | 'blocked';

/** One offering of the scenario, as the advisor judged it. */
export interface OfferingView {
  mode: Mode;
  tool: string;
  toolName: string;
  status: Status;
  /** False for a path a document lists without a status: never to be read as GA. */
  stated: boolean;
  since: string;
  preview: boolean;
  available: boolean;
  excluded?: Exclusion;
  /** Blocker considerations that rule this offering out. */
  blockers: string[];
  /** What the documents leave open about this offering for the visitor's answers (undocumented.ts). */
  unknowns: Unknown[];
  footnotes: string[];
}

/**
 * An answer that rules another tool of the same mode out (by `blocker`, via `question`) and about
 * which this offering's documents say nothing: whether this tool copes is not documented.
 */
export interface Unknown {
  blocker: string;
  question: string;
  blockedTool: string;
}

export interface Flag {
  id: string;
  kind: ConsiderationKind;
  severity: Severity;
  title: string;
  summary: string;
  /** Set when the flag concerns only one mode of the scenario. */
  mode?: Mode;
  /** The tools it concerns, when it does not concern every tool of the scenario. */
  tools?: string[];
  /** Whether it concerns the recommended offering (or, with no recommendation, any usable one). */
  recommended: boolean;
  cite: CiteRef[];
}

export interface Estimate {
  /** All the databases together, in decimal GB. */
  sizeGb: number;
  databases: number;
  networkMbps: number;
  networkGbPerHour: number;
  /** Hours the bandwidth alone needs for the data. */
  networkHours: number;
  tool?: string;
  /** What the tool's figure rests on: its published timing table, its published rate, or nothing. */
  basis: 'benchmark' | 'rate' | 'bandwidth';
  /** Hours the tool's own published figures give (benchmark or rate); undefined without them. */
  toolHours?: number;
  toolGbPerHour?: number;
  limitedBy: 'network' | 'tool';
  /** The larger of the network and tool hours. */
  hours: number;
  /** True when the figure can only undercut the real time: no published rate, or several databases. */
  lowerBound: boolean;
  downtimeHours: number;
  fits: boolean;
  /** Question ids whose preset value stood in for a missing answer. */
  assumed: string[];
  /** Those presets as values with units ("4 hours", "100 GB"), in the same order. */
  assumedText: string[];
  /** Copy time = size ÷ min(network, tool rate), with the numbers filled in. */
  formula: string;
  /** How the network rate was derived from the bandwidth. */
  networkFormula: string;
  assumptions: Reason[];
}

export interface Alternative {
  scenario: string;
  source: string;
  target: string;
  title: string;
  /**
   * Why it is offered: another target for the same source, or the successor of a retired target.
   * Never another source: the visitor cannot switch the database they have.
   */
  relation: 'same-source' | 'successor';
  /** Each mode the visitor's answers leave open there, with the best tool and its status. */
  modes: { mode: Mode; status: Status; tool: string; toolName: string; cite: CiteRef[] }[];
}

export interface Recommendation {
  /** The date the statuses and lifecycle events were judged as of (YYYY-MM-DD). */
  asOf: string;
  source: string;
  target: string;
  /** The scenario id, or null when no scenario file exists for the pair. */
  scenario: string | null;
  title: string;
  supported: boolean;
  mode: Mode | 'none';
  tool: string | null;
  toolName: string | null;
  status: Status | null;
  headline: string;
  reasons: Reason[];
  /** What would make a 'none' answer (or a different mode) possible. */
  changes: Reason[];
  caveats: Reason[];
  /** What the documents do not say about the recommended tool for these answers, and what to test. */
  unknowns: Reason[];
  estimate: Estimate | null;
  offerings: OfferingView[];
  flags: Flag[];
  checklist: Flag[];
  alternatives: Alternative[];
  /** Answer ids that were relevant to this pair and used. */
  relevant: string[];
  problems: AnswerProblem[];
}

export type AnswerProblemKind =
  | 'unknown-question'
  | 'bad-date'
  | 'unknown-platform'
  | 'not-offered'
  | 'same-platform'
  | 'not-a-number'
  | 'out-of-range'
  | 'not-an-option'
  | 'not-a-boolean'
  | 'repeated'
  | 'too-many'
  | 'unreadable-answers';

export interface AnswerProblem {
  kind: AnswerProblemKind;
  /** The query parameter or question id, as given (bounded in length). */
  param: string;
  /** The value as given (bounded in length). Shown only as text. */
  value: string;
  message: string;
}
