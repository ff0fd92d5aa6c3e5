import { RULE_IDS } from '../../src/lib/advisor/rules.ts';
import { markdownFile } from './front-matter.ts';

/**
 * The offline-versus-online guide of a synthetic content set, with every rule id the advisor cites
 * (taken from the engine itself, so the two cannot drift apart).
 */
export function syntheticGuide(cite: (index: number) => string): Record<string, string> {
  const rules = Object.values(RULE_IDS).map((id, index) => ({
    id,
    text: `Synthetic rule of thumb ${index + 1} (${id.replaceAll('-', ' ')}).`,
    cite: cite(index),
  }));
  const comparison = ['Downtime', 'Complexity', 'Effect on the source'].map((area, index) => ({
    area,
    offline: `Offline side of ${area.toLowerCase()}.`,
    online: `Online side of ${area.toLowerCase()}.`,
    cite: cite(index),
  }));
  const body = `Synthetic guide prose.\n\n## How to decide\n\n1. Test offline first.\n2. Compare the time with the window.\n`;
  return {
    'guides/offline-vs-online.md': markdownFile(
      { title: 'Offline or online migration?', summary: 'How the two modes differ and how to choose.', comparison, rules },
      body,
    ),
  };
}
