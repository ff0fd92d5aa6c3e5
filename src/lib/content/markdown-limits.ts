/**
 * Limits a Markdown body must keep before remark sees it. micromark (remark's parser) takes time
 * that grows faster than the input for some constructs: 100 KB of `*a` took 109 s, 80 KB of `[a](`
 * 10 s, a few thousand `a\n---` headings minutes, and 3,000 nested `>` overflowed the stack. Each
 * limit below bounds one of those, counted in one linear pass over the text, so a hostile body is
 * refused in milliseconds. The numbers were chosen by timing those patterns and their neighbours
 * (tables, lists, footnotes, autolinks, backticks) at each limit: the slowest body found that
 * passes them all renders in one to two seconds. They sit far above what real content uses (the
 * longest body is about 2 KB, nested 1 deep, with at most 9 emphasis markers in a paragraph).
 */
export const MARKDOWN_LIMITS = {
  /** Bytes of Markdown after the front matter: bounds the total work, which is linear at best. */
  bodyBytes: 32 * 1024,
  /** Block quotes and lists inside each other: deep nesting overflows the stack and grows cubically. */
  nesting: 16,
  /** List items and block-quote markers in the whole body: each one that closes costs time in proportion to what came before. */
  containers: 500,
  /** Headings underlined with --- or ===: the same, for setext headings. */
  underlinedHeadings: 20,
  /** `*`, `_` and `~` in one paragraph: emphasis is matched pairwise within a paragraph. */
  emphasisMarkers: 500,
  /** `[` and `]` in one paragraph: links and images are matched the same way. */
  brackets: 500,
} as const;

export interface LimitBreach {
  expected: string;
  found: string;
  /** 1-based line in the file. */
  line?: number;
  hint: string;
}

/** A block quote marker or a list-item marker (bullet, or number with . or )), followed by a space or the end. */
const CONTAINER_MARKER = /^(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;
const UNDERLINE = /^(?:=+|-+)[ \t]*$/;
const EMPHASIS = /[*_~]/g;
const BRACKETS = /[[\]]/g;

/** Counts `>` and list markers at the start of a line and the columns of whitespace between them. */
function containerPrefix(line: string): { markers: number; columns: number; rest: string } {
  let pos = 0;
  let markers = 0;
  let columns = 0;
  for (;;) {
    while (line[pos] === ' ' || line[pos] === '\t') {
      columns += line[pos] === '\t' ? 4 - (columns % 4) : 1;
      pos += 1;
    }
    const marker = CONTAINER_MARKER.exec(line.slice(pos, pos + 11));
    if (!marker) break;
    markers += 1;
    pos += marker[0].length;
  }
  return { markers, columns, rest: line.slice(pos) };
}

/**
 * The first limit a body breaks, or undefined; `firstLine` is the body's first line in its file. Nesting is estimated per line as the markers at
 * its start plus one level per two columns of indentation among them (a nested list item is
 * indented at least two columns per level), so it errs on the side of deeper.
 */
export function checkMarkdownLimits(body: string, firstLine = 1): LimitBreach | undefined {
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > MARKDOWN_LIMITS.bodyBytes) {
    return {
      expected: `at most ${MARKDOWN_LIMITS.bodyBytes / 1024} KB of Markdown (the body size limit)`,
      found: `${Math.round(bytes / 1024)} KB`,
      hint: 'Split the text into several files or shorten it.',
    };
  }
  const lines = body.split(/\r\n|\r|\n/);
  let containers = 0;
  let containerLine: number | undefined;
  let underlined = 0;
  let underlinedLine: number | undefined;
  let paragraph = { line: firstLine, emphasis: 0, brackets: 0 };
  let emphasis: typeof paragraph | undefined;
  let brackets: typeof paragraph | undefined;
  let previousBlank = true;
  for (let index = 0; index < lines.length; index += 1) {
    const line = firstLine + index;
    const { markers, columns, rest } = containerPrefix(lines[index]);
    if (markers > 0) {
      const depth = markers + Math.floor(columns / 2);
      if (depth > MARKDOWN_LIMITS.nesting) {
        return {
          expected: `block quotes and lists nested at most ${MARKDOWN_LIMITS.nesting} deep (the nesting limit)`,
          found: `${depth} levels`,
          line,
          hint: 'Flatten the nesting: use headings or separate lists instead of quotes and lists inside each other.',
        };
      }
      containers += markers;
      if (containers > MARKDOWN_LIMITS.containers && containerLine === undefined) containerLine = line;
    }
    const blank = rest.trim() === '';
    if (blank) {
      paragraph = { line: line + 1, emphasis: 0, brackets: 0 };
    } else {
      if (!previousBlank && UNDERLINE.test(rest)) {
        underlined += 1;
        if (underlined > MARKDOWN_LIMITS.underlinedHeadings && underlinedLine === undefined) underlinedLine = line;
      }
      paragraph.emphasis += rest.match(EMPHASIS)?.length ?? 0;
      paragraph.brackets += rest.match(BRACKETS)?.length ?? 0;
      if (paragraph.emphasis > MARKDOWN_LIMITS.emphasisMarkers) emphasis ??= paragraph;
      if (paragraph.brackets > MARKDOWN_LIMITS.brackets) brackets ??= paragraph;
    }
    previousBlank = blank;
  }
  if (containerLine !== undefined) {
    return {
      expected: `at most ${MARKDOWN_LIMITS.containers} list items and block-quote markers in one body (the list and quote limit)`,
      found: String(containers),
      line: containerLine,
      hint: 'Split the list or the quotation, or move part of it to another file.',
    };
  }
  if (underlinedLine !== undefined) {
    return {
      expected: `at most ${MARKDOWN_LIMITS.underlinedHeadings} headings underlined with --- or === (the underlined-heading limit)`,
      found: String(underlined),
      line: underlinedLine,
      hint: 'Start headings with # instead; a --- line right under text makes a heading, so leave a blank line before a rule.',
    };
  }
  if (emphasis) {
    return {
      expected: `at most ${MARKDOWN_LIMITS.emphasisMarkers} emphasis markers (*, _ or ~) in one paragraph (the emphasis limit)`,
      found: `${emphasis.emphasis} in the paragraph at line ${emphasis.line}`,
      line: emphasis.line,
      hint: 'Split the paragraph, or write literal * _ ~ inside `code`.',
    };
  }
  if (brackets) {
    return {
      expected: `at most ${MARKDOWN_LIMITS.brackets} brackets ([ or ]) in one paragraph (the bracket limit)`,
      found: `${brackets.brackets} in the paragraph at line ${brackets.line}`,
      line: brackets.line,
      hint: 'Split the paragraph into shorter ones.',
    };
  }
  return undefined;
}
