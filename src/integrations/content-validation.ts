import type { AstroIntegration } from 'astro';
import { formatProblem } from '../lib/content/content-problems.ts';
import { validateContent } from '../lib/content/validated-content.ts';
import { contentDir } from '../lib/site/content-dir.ts';

/**
 * Validates content/ before Astro writes anything: on any error the build stops here, so no page
 * is generated from invalid content and dist/ keeps its last good state. The pages of the build
 * read the content validated here (getDataset) instead of loading it again.
 */
export function contentValidation(): AstroIntegration {
  return {
    name: 'migration-advisor:content-validation',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const { dataset } = validateContent({ contentDir: contentDir(), projectDir: process.cwd() }, (p) => logger.warn(formatProblem(p)));
        logger.info(`content is valid: ${Object.keys(dataset.scenarios).length} scenarios`);
      },
    },
  };
}
