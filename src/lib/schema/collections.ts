import type { z } from 'zod';
import { considerationSchema } from './consideration.ts';
import { documentSchema } from './document.ts';
import { footnoteSchema } from './footnote.ts';
import { guideSchema } from './guide.ts';
import { platformSchema } from './platform.ts';
import { questionSchema } from './question.ts';
import { scenarioSchema } from './scenario.ts';
import { toolSchema } from './tool.ts';

/**
 * Every folder under `content/` and the schema its front matter must satisfy. The loader, the
 * JSON Schema generator and the tests all read this one table.
 */
export const COLLECTIONS = {
  documents: { schema: documentSchema, description: 'Source documents that facts cite' },
  platforms: { schema: platformSchema, description: 'Database platforms: sources and targets' },
  tools: { schema: toolSchema, description: 'Migration tools and services' },
  footnotes: { schema: footnoteSchema, description: 'Notes attached to offerings' },
  scenarios: { schema: scenarioSchema, description: 'Source → target pairs and their offerings' },
  considerations: { schema: considerationSchema, description: 'Limitations and prerequisites' },
  questions: { schema: questionSchema, description: 'Wizard questions' },
  guides: { schema: guideSchema, description: 'Guides such as offline versus online' },
} as const satisfies Record<string, { schema: z.ZodType; description: string }>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
