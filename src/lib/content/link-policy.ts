/**
 * Which addresses a Markdown body may link to or show as an image. Relative links stay on the site;
 * external links must say http(s) and carry no credentials; images must come from the site itself,
 * because it is built to work offline and loads nothing from other hosts.
 */

export interface LinkRefusal {
  kind: 'unsafe-link' | 'external-image';
  expected: string;
  hint?: string;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * The address as a browser reads it: control characters and whitespace dropped (so "java\tscript:"
 * is javascript:) and backslashes read as slashes (so "/\host" is the protocol-relative "//host").
 */
function asBrowserReads(href: string): string {
  return href.replace(/[\u0000-\u0020\u007f]/g, '').replace(/\\/g, '/');
}

/** Whether an address leaves the site: it names a scheme, or starts with // (protocol-relative). */
function isExternal(href: string): boolean {
  const url = asBrowserReads(href);
  return SCHEME.test(url) || url.startsWith('//');
}

/** Why a link (or, with `image`, an image source) is refused, or undefined when it is fine. */
export function refuseLink(href: string, image: boolean): LinkRefusal | undefined {
  const url = asBrowserReads(href);
  const scheme = SCHEME.exec(url)?.[1].toLowerCase();
  if (scheme && !ALLOWED_SCHEMES.has(scheme)) {
    return { kind: 'unsafe-link', expected: 'an http(s), mailto or relative link' };
  }
  if (image && isExternal(url)) {
    return {
      kind: 'external-image',
      expected: 'an image stored with the site (a relative address)',
      hint: 'Save the image in public/ and give its address on the site; pages load nothing from other hosts.',
    };
  }
  if (url.startsWith('//')) {
    return {
      kind: 'unsafe-link',
      expected: 'an external address that starts with https:// or http://',
      hint: 'Write the scheme in full; an address starting with // leaves the site.',
    };
  }
  if (scheme === 'http' || scheme === 'https') {
    const authority = url.slice(scheme.length + 1).replace(/^\/*/, '').split(/[/?#]/)[0];
    if (authority.includes('@')) {
      return {
        kind: 'unsafe-link',
        expected: 'an address without a user name or password',
        hint: 'Remove the part before @: a published address must not carry credentials, and text before @ can disguise the real host.',
      };
    }
  }
  return undefined;
}
