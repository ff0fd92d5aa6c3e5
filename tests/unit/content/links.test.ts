import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/lib/content/render-markdown.ts';

/** The kinds of problem a body gives, and its HTML. */
function check(body: string) {
  const { problems, html } = renderMarkdown(body, 'content/footnotes/x.md', 4);
  return { kinds: problems.map((p) => p.kind), problems, html };
}

describe('links and images in Markdown', () => {
  it.each([
    ['an external image', '![diagram](https://example.com/diagram.png)'],
    ['an external image over plain http', '![diagram](http://example.com/diagram.png)'],
    ['a protocol-relative image', '![diagram](//example.com/diagram.png)'],
    ['an external image by reference', '![diagram][d]\n\n[d]: https://example.com/diagram.png'],
    ['an external image by collapsed reference', '![d][]\n\n[d]: https://example.com/diagram.png'],
  ])('rejects %s: the site loads nothing from other hosts', (_name, body) => {
    const { problems } = check(body);
    expect(problems).toEqual([
      expect.objectContaining({ kind: 'external-image', field: 'body', expected: 'an image stored with the site (a relative address)' }),
    ]);
  });

  it.each([
    ['user and password', '[docs](https://user:secret@example.com/docs)'],
    ['a user name alone', '[docs](https://user@example.com/docs)'],
    ['a lookalike host before @', '[docs](https://learn.microsoft.com@evil.example/docs)'],
    ['credentials in an autolink', '<https://user:secret@example.com/docs>'],
    ['credentials in a reference definition', '[docs][d]\n\n[d]: https://user:secret@example.com/docs'],
  ])('rejects an address with %s', (_name, body) => {
    const { problems } = check(body);
    expect(problems).toEqual([
      expect.objectContaining({ kind: 'unsafe-link', expected: 'an address without a user name or password' }),
    ]);
  });

  it.each([
    ['a protocol-relative link', '[docs](//evil.example/docs)'],
    ['a protocol-relative link written with a backslash', '[docs](/\\evil.example/docs)'],
    ['a protocol-relative link with credentials', '[docs](//user:secret@evil.example/)'],
  ])('treats %s as external and asks for its scheme', (_name, body) => {
    const { problems } = check(body);
    expect(problems).toEqual([
      expect.objectContaining({ kind: 'unsafe-link', expected: 'an external address that starts with https:// or http://' }),
    ]);
  });

  it.each([
    ['a javascript: link', '[x](javascript:alert(1))'],
    ['a data: image', '![x](data:image/png;base64,iVBORw0KGgo=)'],
  ])('still rejects %s', (_name, body) => {
    expect(check(body).kinds).toEqual(['unsafe-link']);
  });

  it('still rejects raw HTML', () => {
    expect(check('<img src="https://example.com/a.png">').kinds).toEqual(['raw-html']);
  });

  it.each([
    ['an https link', '[docs](https://learn.microsoft.com/azure/dms/)'],
    ['an http link', '[docs](http://example.com/)'],
    ['a mailto link', '[mail](mailto:someone@example.com)'],
    ['a site-relative link', '[guide](/guides/offline-vs-online/)'],
    ['a relative link', '[guide](../guides/offline-vs-online/)'],
    ['an anchor', '[below](#rules)'],
    ['a relative image', '![diagram](/images/diagram.png)'],
    ['a bare https address (GFM autolink)', 'See https://learn.microsoft.com/azure/dms/ for more.'],
    ['an email address (GFM autolink)', 'Write to someone@example.com today.'],
  ])('accepts %s', (_name, body) => {
    const { problems, html } = check(body);
    expect(problems).toEqual([]);
    expect(html).not.toBe('');
  });

  it('lists the first 10 problems of a body and counts the rest, so a pasted page cannot flood the report', () => {
    const { problems } = check('<div>x</div>\n\n'.repeat(300));
    expect(problems).toHaveLength(11);
    expect(problems[10]).toMatchObject({ kind: 'raw-html', line: 24, found: '290 more problems in this body from line 24 on, not listed' });
  });
});
