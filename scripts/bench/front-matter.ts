import { dump } from 'js-yaml';

/** A content file as an author would write it: YAML front matter between --- lines, then Markdown. */
export function markdownFile(frontMatter: Record<string, unknown>, body: string): string {
  return `---\n${dump(frontMatter, { lineWidth: -1 })}---\n${body.trim()}\n`;
}
