/**
 * A badge's file name without its extension: the one home of the badge's address. paths.badge
 * builds links from it (in pages and in the wizard's browser script, so this module imports
 * nothing), and the endpoints write files under it. MediaWiki embeds an image only from an
 * address that ends in .png or .svg, so the name never carries a query string.
 */
export function badgeName(scenarioId: string, mode?: 'offline' | 'online'): string {
  return mode ? `${scenarioId}-${mode}` : scenarioId;
}
