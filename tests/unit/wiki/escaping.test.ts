import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import type { Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { escapeConfluence } from '../../../src/lib/wiki/confluence.ts';
import { escapeHtml, safeUrl } from '../../../src/lib/wiki/html.ts';
import { escapeMediaWiki } from '../../../src/lib/wiki/mediawiki.ts';

/** Text with every kind of markup the three syntaxes know, mixed with plain words. */
const MARKUP = [
  '<script>alert(1)</script>', '[[Main Page]]', '[https://evil.example x]', '{{delete}}', '{|', '|}', "'''bold'''", "''it''", '~~~~',
  '__NOTOC__', '== h ==', '* item', '# item', ': indent', '; term', '----', '&amp;', '&#91;', '&lt;', '{code}', '{noformat}', '*strong*',
  '_em_', '-del-', '+ins+', '^sup^', '~sub~', '??cite??', '!image.png!', '[text|url]', '||h||', 'h1. heading', 'bq. quote', '\\\\', '\\',
  '2022-06-13', 'x=y', '(i)', 'SQL Server → Azure', '"quoted"', 'tab\there',
];
const text = fc.oneof(fc.string(), fc.constantFrom(...MARKUP), fc.array(fc.constantFrom(...MARKUP, ' ', 'word'), { maxLength: 8 }).map((parts) => parts.join('')));
/** The text a parsed fragment shows. */
function shownText(tree: Root): string {
  let shown = '';
  visit(tree, 'text', (node: Text) => {
    shown += node.value;
  });
  return shown;
}
/** What a single-line renderer keeps of a text: line breaks become one space. */
const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ');

describe('escaping for HTML', () => {
  it('shows any text as itself, in an element and in a quoted attribute', () => {
    fc.assert(
      fc.property(text, (s) => {
        const tree = fromHtml(`<p title="${escapeHtml(s)}">${escapeHtml(s)}</p>`, { fragment: true });
        const p = tree.children[0];
        expect(p.type === 'element' && p.tagName).toBe('p');
        // The HTML parser itself turns \r\n into \n and drops NUL: the same as it would for any page.
        const parsed = (value: string) => value.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
        expect(shownText(tree)).toBe(parsed(s));
        expect(p.type === 'element' && p.properties.title).toBe(parsed(s));
      }),
    );
  });

  it('keeps http(s) and relative addresses and refuses every other scheme, however it is spelled', () => {
    for (const url of ['https://example.com/a?b=1&c=2', 'http://x', '/scenarios/a/', 'scenarios/a/', '?q=1', '#top']) expect(safeUrl(url)).toBe(url);
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd']) {
      expect(safeUrl(url), url).toBeUndefined();
    }
  });
});

describe('escaping for MediaWiki', () => {
  it('leaves no character MediaWiki reads as markup within a line, and decodes back to the text', () => {
    fc.assert(
      fc.property(text, (s) => {
        const escaped = escapeMediaWiki(s);
        expect(escaped).not.toMatch(/[<>[\]{}|'~=_\r\n]/);
        // Every & starts one of the entities written here.
        expect(escaped.replace(/&#\d+;/g, '')).not.toContain('&');
        expect(escaped.replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))).toBe(oneLine(s));
      }),
    );
  });

  it('writes the characters as numeric entities, which MediaWiki shows as the characters', () => {
    expect(escapeMediaWiki("[[Page]] {{t}} '''b''' ~~~~ __TOC__ <b>&")).toBe(
      '&#91;&#91;Page&#93;&#93; &#123;&#123;t&#125;&#125; &#39;&#39;&#39;b&#39;&#39;&#39; &#126;&#126;&#126;&#126; &#95;&#95;TOC&#95;&#95; &#60;b&#62;&#38;',
    );
  });
});

describe('escaping for Confluence wiki markup', () => {
  const unescape = (s: string) => s.replace(/\\(.)|&#92;|&amp;/g, (m, c) => c ?? (m === '&#92;' ? '\\' : '&'));

  it('leaves no unescaped macro, link, table, bold, emphasis, image or list character, and unescapes back to the text', () => {
    fc.assert(
      fc.property(text, (s) => {
        const escaped = escapeConfluence(s);
        // With every escape pair and entity removed, none of those characters is left, and no backslash.
        expect(escaped.replace(/\\.|&#92;|&amp;/g, '')).not.toMatch(/[{}[\]|*_!#\\\r\n]/);
        expect(unescape(escaped)).toBe(oneLine(s));
      }),
    );
  });

  it('escapes -, +, ^, ~ and ? only where they could open or close formatting: at a word’s edge', () => {
    expect(escapeConfluence('2022-06-13 a - b -x- C++ x^2^ ~y~ why?')).toBe('2022-06-13 a \\- b \\-x\\- C\\+\\+ x^2\\^ \\~y\\~ why\\?');
    expect(escapeConfluence('{code} [x|y] *b* _e_ !i! # \\ &amp;')).toBe('\\{code\\} \\[x\\|y\\] \\*b\\* \\_e\\_ \\!i\\! \\# &#92; &amp;amp;');
  });
});
