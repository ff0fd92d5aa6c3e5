import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describeValue, problem, type Problem } from './problems.ts';

const SAFE_PROTOCOLS = /^(https?:|mailto:)/i;
/** A link with no scheme (relative path, #anchor) is safe; anything with a scheme must be listed. */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function isSafeHref(href: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so do we.
  const squeezed = href.replace(/[\u0000-\u0020\u007f]/g, '');
  return !HAS_SCHEME.test(squeezed) || SAFE_PROTOCOLS.test(squeezed);
}

const parser = unified().use(remarkParse).use(remarkGfm);
/** Raw HTML is never passed through (no allowDangerousHtml), and the sanitizer is a second wall. */
const renderer = unified().use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);

/**
 * Renders a content body to HTML and reports what an author must fix: raw HTML and links with a
 * scheme other than http(s) or mailto. The HTML returned never contains either, so even a problem
 * that slipped through could not reach a page as live markup.
 */
export function renderMarkdown(body: string, file: string, bodyLine: number): { html: string; problems: Problem[] } {
  // Many files (platforms, questions) have no body; skip the Markdown pipeline for them.
  if (body.trim() === '') return { html: '', problems: [] };
  const tree = parser.parse(body);
  const problems: Problem[] = [];
  const lineOf = (node: { position?: { start: { line: number } } }) =>
    node.position ? node.position.start.line + bodyLine - 1 : undefined;
  visit(tree, (node) => {
    if (node.type === 'html') {
      problems.push(
        problem('raw-html', file, 'body', 'Markdown only', describeValue((node as { value: string }).value), {
          line: lineOf(node),
          hint: 'Write it in Markdown; raw HTML is not published.',
        }),
      );
    }
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const url = (node as { url: string }).url;
      if (!isSafeHref(url)) {
        problems.push(
          problem('unsafe-link', file, 'body', 'an http(s), mailto or relative link', describeValue(url), {
            line: lineOf(node),
          }),
        );
      }
    }
  });
  const html = renderer.stringify(renderer.runSync(tree));
  return { html, problems };
}
