import type { AstroIntegration } from 'astro';
import { loadContent } from '../lib/content/load.ts';
import { ContentError, formatProblem } from '../lib/content/problems.ts';
import { contentDir } from '../lib/site/content-dir.ts';

/**
 * Validates content/ before Astro writes anything: on any error the build stops here, so no page
 * is generated from invalid content and dist/ keeps its last good state.
 */
export function contentValidation(): AstroIntegration {
  return {
    name: 'migration-advisor:content-validation',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const { dataset, problems } = loadContent({ contentDir: contentDir(), projectDir: process.cwd() });
        for (const p of problems.filter((p) => p.level === 'warning')) logger.warn(formatProblem(p));
        if (!dataset) throw new ContentError(problems.filter((p) => p.level === 'error'));
        logger.info(`content is valid: ${Object.keys(dataset.scenarios).length} scenarios`);
      },
    },
  };
}
