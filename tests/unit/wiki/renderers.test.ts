import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RenderOptions } from '../../../src/lib/advisor/markdown-result.ts';
import { text, type LinkTarget, type ResultModel } from '../../../src/lib/advisor/result-sections.ts';
import { scenarioSummaryModel } from '../../../src/lib/scenario/summary-model.ts';
import { confluenceFromModel } from '../../../src/lib/wiki/confluence.ts';
import { WIKI_FORMAT_IDS, WIKI_FORMATS, wikiSnippets } from '../../../src/lib/wiki/formats.ts';
import { htmlFromModel } from '../../../src/lib/wiki/html.ts';
import { mediaWikiFromModel } from '../../../src/lib/wiki/mediawiki.ts';
import { siteLinks } from '../../../src/lib/wiki/site-links.ts';
import { CONTENT_TODAY, loadRealContent } from '../../support/real-content.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

const SITE = 'https://wiki-source.example.com/migration/';
const DOC = 'https://learn.example.com/doc-1';
const href = (to: LinkTarget) =>
  to.kind === 'scenario' ? `${SITE}scenarios/${to.id}/` : to.kind === 'pair' ? `${SITE}wizard/?source=${to.source}&target=${to.target}` : to.kind === 'document' ? DOC : undefined;
const ABSOLUTE: RenderOptions = { href, image: (badge) => `${SITE}badges/${badge.scenario}.png` };

/** A model with every kind of block, and text that is markup in each syntax. */
const HOSTILE: ResultModel = {
  title: 'A → B <script>',
  headline: "Migrate [[online]] with {{x}} '''now''' *today* _here_ & <b>",
  mode: 'online',
  lead: ['* starts like a list', 'h1. starts like a heading'],
  scenario: { kind: 'scenario', id: 'a-to-b' },
  badge: { scenario: 'a-to-b', alt: 'Status, A → B: "GA", <ok> | yes!' },
  judged: 'Judged as of 2026-12-01.',
  sections: [
    {
      kind: 'summary',
      title: 'In | short',
      blocks: [
        { kind: 'facts', facts: [{ term: 'Mode', value: [text('Online ~~~~ __TOC__')] }] },
        { kind: 'note', text: [text('# not a list'), { kind: 'code', text: '{code}</code>' }] },
        {
          kind: 'list',
          style: 'flags',
          items: [
            {
              lead: [{ kind: 'link', text: 'Keys [required]', to: { kind: 'scenario', id: 'x' } }],
              tags: ['Online only'],
              text: [text('Every table needs a key.')],
              sources: [{ label: 'Doc | 1', to: { kind: 'document', id: 'doc-1' } }],
            },
          ],
        },
        { kind: 'list', style: 'checklist', items: [{ tags: [], text: [text('Back up')], sources: [] }] },
        { kind: 'table', caption: 'Modes', columns: ['Mode', 'Status'], rows: [{ chosen: true, cells: [[text('Online')], [{ kind: 'badge', family: 'status', id: 'ga', symbol: '✔', text: 'GA', title: 'Generally available' }]] }] },
        { kind: 'group', heading: [text('Other paths')], blocks: [{ kind: 'note', text: [text('nothing')] }], folded: true },
      ],
    },
  ],
};

describe('every wiki format', () => {
  it('is offered in the picker, labelled, in the order Markdown, MediaWiki, Confluence, HTML', () => {
    expect(WIKI_FORMAT_IDS).toEqual(['markdown', 'mediawiki', 'confluence', 'html']);
    expect(WIKI_FORMAT_IDS.map((id) => WIKI_FORMATS[id].label)).toEqual(['Markdown', 'MediaWiki', 'Confluence wiki markup', 'HTML']);
  });

  it('opens with the badge image and ends with the way back to the scenario page', () => {
    const snippets = wikiSnippets(HOSTILE, ABSOLUTE);
    const badge = `${SITE}badges/a-to-b.png`;
    const page = `${SITE}scenarios/a-to-b/`;
    expect(snippets.markdown.split('\n')[0]).toBe(`![Status, A → B: "GA", \\<ok\\> \\| yes!](${badge})`);
    expect(snippets.mediawiki.split('\n')[0]).toBe(badge);
    expect(snippets.confluence.split('\n')[0]).toBe(`!${badge}|alt=Status A → B: "GA" <ok> yes!`);
    expect(snippets.html.split('\n')[0]).toBe(`<p><img src="${badge}" alt="Status, A → B: &quot;GA&quot;, &lt;ok&gt; | yes!"></p>`);
    expect(snippets.markdown.trim().split('\n').at(-1)).toBe(`Full details: [scenario page](${page})`);
    expect(snippets.mediawiki.trim().split('\n').at(-1)).toBe(`Full details: [${page} scenario page]`);
    expect(snippets.confluence.trim().split('\n').at(-1)).toBe(`Full details: [scenario page|${page}]`);
    expect(snippets.html.trim().split('\n').at(-1)).toBe(`<p>Full details: <a href="${page}">scenario page</a></p>`);
  });

  it('leaves the badge out when it is not asked for an image address, as the command line does not', () => {
    const { image: _, ...linksOnly } = ABSOLUTE;
    for (const snippet of Object.values(wikiSnippets(HOSTILE, linksOnly))) expect(snippet).not.toContain('badges/');
  });

  it('puts the wizard address before the scenario page when the copy has one, as the Markdown always did', () => {
    const snippets = wikiSnippets(HOSTILE, { ...ABSOLUTE, link: `${SITE}wizard/?source=a&target=b` });
    expect(snippets.markdown).toContain(`Wizard: <${SITE}wizard/?source=a&target=b> · [scenario page](${SITE}scenarios/a-to-b/)`);
    expect(snippets.mediawiki).toContain(`Wizard: [${SITE}wizard/?source=a&target=b ${SITE}wizard/?source&#61;a&#38;target&#61;b] · [${SITE}scenarios/a-to-b/ scenario page]`);
    expect(snippets.confluence).toContain(`Wizard: [${SITE}wizard/?source=a&target=b] · [scenario page|${SITE}scenarios/a-to-b/]`);
    expect(snippets.html).toContain(`<p>Wizard: <a href="${SITE}wizard/?source=a&amp;target=b">${SITE}wizard/?source=a&amp;target=b</a> · <a href="${SITE}scenarios/a-to-b/">scenario page</a></p>`);
    for (const snippet of Object.values(snippets)) expect(snippet).not.toContain('Full details');
  });
});

describe('MediaWiki', () => {
  const out = mediaWikiFromModel(HOSTILE, ABSOLUTE);

  it('writes every value as text: no link, template, bold, signature, magic word or tag from the content', () => {
    expect(out).toContain('== A → B &#60;script&#62; ==');
    expect(out).toContain("'''Migrate &#91;&#91;online&#93;&#93; with &#123;&#123;x&#125;&#125; &#39;&#39;&#39;now&#39;&#39;&#39; *today* &#95;here&#95; &#38; &#60;b&#62;'''");
    expect(out).toContain("* '''Mode:''' Online &#126;&#126;&#126;&#126; &#95;&#95;TOC&#95;&#95;");
    expect(out).toContain('<code>&#123;code&#125;&#60;/code&#62;</code>');
  });

  it('keeps a line that starts like a list, indent or heading a paragraph', () => {
    expect(out).toContain('&#42; starts like a list');
    expect(out).toContain('&#35; not a list');
  });

  it('writes limitations, checklists, tables and groups in wiki syntax, links only to absolute addresses', () => {
    expect(out).toContain(`* '''[${SITE}scenarios/x/ Keys &#91;required&#93;]''' (Online only): Every table needs a key. (source: [${DOC} Doc &#124; 1])`);
    expect(out).toContain('* ☐ Back up');
    expect(out).toContain('{| class="wikitable"\n|+ Modes\n! Mode !! Status\n|-\n| Online || ✔ GA\n|}');
    expect(out).toContain('==== Other paths ====');
    const relative = mediaWikiFromModel(HOSTILE, { href: (to) => (to.kind === 'scenario' ? `/scenarios/${to.id}/` : undefined), image: () => '/badges/a.png' });
    expect(relative).toContain('Full details: scenario page (/scenarios/a-to-b/)');
    // A relative image address shows nothing in another host's wiki: the badge is left out.
    expect(relative).not.toContain('/badges/');
  });
});

describe('Confluence wiki markup', () => {
  const out = confluenceFromModel(HOSTILE, ABSOLUTE);

  it('escapes what Confluence reads as markup, and keeps lines that start like headings as paragraphs', () => {
    expect(out).toContain('h2. A → B <script>');
    expect(out).toContain("*Migrate \\[\\[online\\]\\] with \\{\\{x\\}\\} '''now''' \\*today\\* \\_here\\_ & <b>*");
    expect(out).toContain('h1\\. starts like a heading');
    expect(out).toContain('\\# not a list{{\\{code\\}</code>}}');
    expect(out).toContain('* *Mode:* Online \\~\\~\\~\\~ \\_\\_TOC\\_\\_');
  });

  it('writes links as [words|address], tables with || headers, and groups as headings', () => {
    expect(out).toContain(`* *[Keys \\[required\\]|${SITE}scenarios/x/]* (Online only): Every table needs a key. (source: [Doc \\| 1|${DOC}])`);
    expect(out).toContain('*Modes*\n||Mode||Status||\n|Online|✔ GA|');
    expect(out).toContain('h4. Other paths');
    expect(confluenceFromModel(HOSTILE, { href: () => 'https://x.example/a|b]c' })).toContain('[scenario page|https://x.example/a%7Cb%5Dc]');
  });
});

describe('HTML', () => {
  const out = htmlFromModel(HOSTILE, ABSOLUTE);

  it('writes every value as escaped text', () => {
    expect(out).toContain('<h2>A → B &lt;script&gt;</h2>');
    expect(out).toContain("<p><strong>Migrate [[online]] with {{x}} &#39;&#39;&#39;now&#39;&#39;&#39; *today* _here_ &amp; &lt;b&gt;</strong></p>");
    expect(out).toContain('<code>{code}&lt;/code&gt;</code>');
    expect(out).not.toMatch(/<(script|b)>/);
  });

  it('links only http(s) and relative addresses; any other scheme leaves the words alone', () => {
    const hostile = htmlFromModel(HOSTILE, { href: (to) => (to.kind === 'scenario' ? 'javascript:alert(1)' : '/relative/'), image: () => 'data:image/png;base64,AAAA' });
    expect(hostile).not.toMatch(/javascript:|data:/);
    expect(hostile).toContain('<strong>Keys [required]</strong>');
    expect(hostile).toContain('<a href="/relative/">Doc | 1</a>');
    expect(hostile).not.toContain('<img');
  });

  it('writes tables with a caption and headers, and groups as headings one level down', () => {
    expect(out).toContain('<caption>Modes</caption>');
    expect(out).toContain('<tr><th scope="row">Online</th><td><span title="Generally available">✔ GA</span></td></tr>');
    expect(out).toContain('<h4>Other paths</h4>');
  });
});

describe('a real scenario’s summary, built with the site', () => {
  const { dataset } = loadRealContent();
  const MI = dataset.scenarios['sql-server-to-azure-sql-managed-instance'];

  it('is absolute from SITE_URL in every format', () => {
    vi.stubEnv('SITE_URL', 'https://migration.example.com');
    const snippets = wikiSnippets(scenarioSummaryModel(dataset, MI, CONTENT_TODAY), siteLinks(dataset));
    const badge = 'https://migration.example.com/badges/sql-server-to-azure-sql-managed-instance.png';
    const page = 'https://migration.example.com/scenarios/sql-server-to-azure-sql-managed-instance/';
    const wizard = 'https://migration.example.com/wizard/?source=sql-server&target=azure-sql-managed-instance';
    const alt = 'Migration status of SQL Server → Azure SQL Managed Instance: offline generally available, online generally available';
    const offline = 'With Azure Database Migration Service, since 2022-06-13. Also: Log Replay Service (autocomplete mode), Native restore. No blocker for everyone; 1 blocker only in some cases';
    const online = 'With Azure Database Migration Service, since 2022-06-13. Also: MI link, Log Replay Service (continuous mode). No blocker for everyone; 1 blocker only in some cases';
    expect(snippets.markdown).toBe(`![${alt}](${badge})

# SQL Server → Azure SQL Managed Instance

**Offline: ✔ GA · Online: ✔ GA**

Statuses and retirements as of 2026-12-01. Last reviewed 2026-11-22.

## In short

- Offline: ✔ GA. ${offline} ([check yours](${wizard})).
- Online: ✔ GA. ${online} ([check yours](${wizard})).

Full details: [scenario page](${page})
`);
    expect(snippets.mediawiki).toBe(`${badge}

== SQL Server → Azure SQL Managed Instance ==

'''Offline: ✔ GA · Online: ✔ GA'''

Statuses and retirements as of 2026-12-01. Last reviewed 2026-11-22.

=== In short ===

* '''Offline:''' ✔ GA. ${offline} ([${wizard} check yours]).
* '''Online:''' ✔ GA. ${online} ([${wizard} check yours]).

Full details: [${page} scenario page]
`);
    expect(snippets.confluence).toBe(`!${badge}|alt=${alt.replace(',', '').replace(',', '')}!

h2. SQL Server → Azure SQL Managed Instance

*Offline: ✔ GA · Online: ✔ GA*

Statuses and retirements as of 2026-12-01. Last reviewed 2026-11-22.

h3. In short

* *Offline:* ✔ GA. ${offline} ([check yours|${wizard}]).
* *Online:* ✔ GA. ${online} ([check yours|${wizard}]).

Full details: [scenario page|${page}]
`);
    expect(snippets.html).toBe(`<p><img src="${badge}" alt="${alt}"></p>
<h2>SQL Server → Azure SQL Managed Instance</h2>
<p><strong>Offline: ✔ GA · Online: ✔ GA</strong></p>
<p>Statuses and retirements as of 2026-12-01. Last reviewed 2026-11-22.</p>
<h3>In short</h3>
<ul>
  <li><strong>Offline:</strong> <span title="Generally available">✔ GA</span>. ${offline} (<a href="${wizard.replace('&', '&amp;')}">check yours</a>).</li>
  <li><strong>Online:</strong> <span title="Generally available">✔ GA</span>. ${online} (<a href="${wizard.replace('&', '&amp;')}">check yours</a>).</li>
</ul>
<p>Full details: <a href="${page}">scenario page</a></p>
`);
  });

  it('is relative to the base path without SITE_URL, the Markdown and HTML still linked', () => {
    vi.stubEnv('SITE_URL', '');
    const snippets = wikiSnippets(scenarioSummaryModel(dataset, MI, CONTENT_TODAY), siteLinks(dataset));
    expect(snippets.markdown).toMatch(/^!\[Migration status of SQL Server → Azure SQL Managed Instance: .+\]\(\/badges\/sql-server-to-azure-sql-managed-instance\.png\)\n/);
    expect(snippets.html).toContain('<a href="/scenarios/sql-server-to-azure-sql-managed-instance/">scenario page</a>');
    expect(snippets.mediawiki).toContain('Full details: scenario page (/scenarios/sql-server-to-azure-sql-managed-instance/)');
  });
});
