import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { refuseLink } from './link-policy.ts';
import { checkMarkdownLimits } from './markdown-limits.ts';
import { describeValue, problem, type Problem } from './content-problems.ts';

const parser = unified().use(remarkParse).use(remarkGfm);
/** Raw HTML is never passed through (no allowDangerousHtml), and the sanitizer is a second wall. */
const renderer = unified().use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);

/**
 * Renders a content body to HTML and reports what an author must fix: a body past one of the
 * Markdown limits (checked before parsing), raw HTML, links other than http(s), mailto or
 * relative, credentials in an address, and images from other hosts. The HTML returned never
 * contains raw HTML or an unsafe link, so even a problem that slipped through could not reach a
 * page as live markup.
 */
export function renderMarkdown(body: string, file: string, bodyLine: number): { html: string; problems: Problem[] } {
  // Many files (platforms, questions) have no body; skip the Markdown pipeline for them.
  if (body.trim() === '') return { html: '', problems: [] };
  const breach = checkMarkdownLimits(body, bodyLine);
  if (breach) {
    return { html: '', problems: [problem('markdown-limit', file, 'body', breach.expected, breach.found, { line: breach.line, hint: breach.hint })] };
  }
  const tree = parser.parse(body);
  const problems: Problem[] = [];
  const lineOf = (node: Node) => (node.position ? node.position.start.line + bodyLine - 1 : undefined);
  const refuse = (node: Node, url: string, image: boolean) => {
    const refusal = refuseLink(url, image);
    if (refusal) problems.push(problem(refusal.kind, file, 'body', refusal.expected, describeValue(url), { line: lineOf(node), hint: refusal.hint }));
  };
  // An image by reference (![x][d]) takes its address from the definition [d]: collect those first.
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  });
  visit(tree, (node) => {
    if (node.type === 'html') {
      problems.push(
        problem('raw-html', file, 'body', 'Markdown only', describeValue(node.value), {
          line: lineOf(node),
          hint: 'Write it in Markdown; raw HTML is not published.',
        }),
      );
    } else if (node.type === 'link' || node.type === 'definition') {
      refuse(node, node.url, false);
    } else if (node.type === 'image') {
      refuse(node, node.url, true);
    } else if (node.type === 'imageReference') {
      // A definition that is no fine link is reported where it is written; here only an image it would load from elsewhere.
      const url = definitions.get(node.identifier);
      if (url !== undefined && !refuseLink(url, false)) refuse(node, url, true);
    }
  });
  const html = renderer.stringify(renderer.runSync(tree));
  return { html, problems: firstProblems(problems) };
}

/** A pasted HTML page holds thousands of tags; the first few problems say what to fix. */
const MAX_BODY_PROBLEMS = 10;

/** The first MAX_BODY_PROBLEMS problems, then one that counts the rest, so one file cannot flood the report. */
function firstProblems(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_BODY_PROBLEMS) return problems;
  const next = problems[MAX_BODY_PROBLEMS];
  const rest = problems.length - MAX_BODY_PROBLEMS;
  return [
    ...problems.slice(0, MAX_BODY_PROBLEMS),
    { ...next, found: `${rest} more problems in this body from line ${next.line ?? '?'} on, not listed`, hint: 'Fix the ones above; the rest are most likely the same mistake.' },
  ];
}
