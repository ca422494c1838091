/**
 * The Content-Security-Policy every page carries, as a `<meta http-equiv>` written first in its head (the layouts
 * Base.astro and Embed.astro): scripts, styles, images, data and frames from the site itself only, nothing from
 * another origin, no plugin, no other base or form target. It names no hash and never 'unsafe-inline': the site has
 * no inline script or style at all (every script is a file, astro.config.mjs; every stylesheet a file,
 * `build.inlineStylesheets: 'never'`; markup uses classes, never `style` attributes), so a script or style that
 * found its way into a page's markup, as data never should, is refused. One fixed text: nothing is hashed per page.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
