import { stringify } from 'yaml';

/** A content file as an author would write it: YAML front matter between --- lines, then Markdown. */
export function markdownFile(frontMatter: Record<string, unknown>, body: string): string {
  return `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n${body.trim()}\n`;
}
