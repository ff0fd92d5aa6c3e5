/**
 * The Content-Security-Policy every page carries in a <meta> element (layouts/Base.astro and
 * layouts/Embed.astro): scripts, styles and everything else from the site itself, nothing inline.
 * A <meta> policy cannot say who may frame a page (frame-ancestors is ignored there): the web
 * server's header does that, as the README's "Embedding in a wiki" shows.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
