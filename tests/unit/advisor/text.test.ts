import { describe, expect, it } from 'vitest';
import { escapeMarkdown, toMarkdown } from '../../../src/lib/advisor/markdown-result.ts';
import { parseQuery } from '../../../src/lib/advisor/answers.ts';
import { toQuery } from '../../../src/lib/advisor/wizard-address.ts';
import { recommend } from '../../../src/lib/advisor/recommend.ts';
import { htmlToText } from '../../../src/lib/advisor/text.ts';
import { toEmbeddedJson } from '../../../src/lib/advisor/embedded-data.ts';
import { formatHours } from '../../../src/lib/advisor/format.ts';
import { fixture, TODAY } from './fixture.ts';

const data = fixture();

describe('text for the page, the Markdown copy and the address', () => {
  it.each([
    ['<p>Use <code>ROW</code> format.</p>', 'Use ROW format.'],
    ['<p>One.</p>\n<p>Two &#x26; three &lt;4&gt;.</p>', 'One. Two & three <4>.'],
    ['<ul><li>a</li><li>b</li></ul>', 'a b'],
  ])('reduces %j to plain text', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('escapes < in embedded JSON so no value can close the script element', () => {
    const json = toEmbeddedJson({ note: '</script><script>alert(1)</script><!--' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ note: '</script><script>alert(1)</script><!--' });
  });

  it('escapes Markdown and HTML syntax in copied text', () => {
    expect(escapeMarkdown('<img src=x> *bold* [link](x)')).toBe('\\<img src=x\\> \\*bold\\* \\[link\\](x)');
  });

  it.each([
    [0.25, '15 min'],
    [0.001, '1 min'],
    [2.46, '2.5 h'],
    [77, '3.2 days (77 h)'],
  ])('formats %d hours as %s', (hours, text) => {
    expect(formatHours(hours)).toBe(text);
  });

  it('writes a Markdown summary with the headline, reasons and their sources, and the link', () => {
    const rec = recommend(data, { source: 'sql-server', target: 'azure-sql-managed-instance', answers: { 'database-size-gb': 10 } }, { today: TODAY });
    const md = toMarkdown(rec, data, { link: 'https://example.com/wizard/?source=sql-server', href: (to) => ('id' in to ? `https://example.com/${to.kind}/${to.id}` : undefined) });
    expect(md).toContain('# SQL Server → Azure SQL Managed Instance');
    expect(md).toContain('**Migrate offline with Azure Database Migration Service (generally available).**');
    expect(md).toContain('Wizard: <https://example.com/wizard/?source=sql-server>');
    expect(md).toContain('[rule offline-when-window-fits](https://example.com/rule/offline-when-window-fits)');
    expect(md).toContain('## Checklist before you start\n\n- [ ] [Source login needs sysadmin](https://example.com/consideration/');
  });

  it('round-trips answers through the address', () => {
    const input = { source: 'sql-server', target: 'azure-sql-managed-instance', answers: { 'downtime-hours': 2.5, 'write-intensity': 'heavy', 'allow-preview': true, 'sql-server-version': 2014 } };
    const parsed = parseQuery(data, toQuery(data, input));
    expect(parsed).toEqual({ ...input, problems: [] });
  });
});
