/**
 * The internal-link check: every address a built page points at on its own site (links, images, scripts,
 * styles, icons, Open Graph images, `#fragments`) must lead to a file the build wrote, and a fragment to an
 * element with that id. Pure: the caller lists the built files and reads the pages.
 */
import type { HtmlElement } from './html.ts';

/** An address found in a page, and where. */
export interface PageRef {
  /** The element and attribute it came from, e.g. `a[href]`. */
  where: string;
  /** The address as written. */
  value: string;
}

/** Attributes that hold one address, by element (`*` for any element). */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  iframe: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
  object: ['data'],
};

/** `<meta>` properties whose content is an address. */
const URL_METAS = new Set(['og:image', 'og:url', 'twitter:image']);

/** Every address in a page's elements: single-address attributes, each `srcset` candidate, and URL metas. */
export function refsOf(elements: readonly HtmlElement[]): PageRef[] {
  const refs: PageRef[] = [];
  for (const { tag, attrs } of elements) {
    for (const name of URL_ATTRIBUTES[tag] ?? []) {
      const value = attrs[name];
      if (value !== undefined) refs.push({ where: `${tag}[${name}]`, value });
    }
    if (attrs.srcset !== undefined) {
      for (const candidate of attrs.srcset.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) refs.push({ where: `${tag}[srcset]`, value: url });
      }
    }
    if (tag === 'meta' && URL_METAS.has(attrs.property ?? attrs.name ?? '') && attrs.content) {
      refs.push({ where: `meta[${attrs.property ?? attrs.name}]`, value: attrs.content });
    }
  }
  return refs;
}

/** The ids a page defines (`id` attributes, and `name` on `<a>`), the targets its fragments may name. */
export function anchorsOf(elements: readonly HtmlElement[]): Set<string> {
  const ids = new Set<string>();
  for (const { tag, attrs } of elements) {
    if (attrs.id !== undefined) ids.add(attrs.id);
    if (tag === 'a' && attrs.name !== undefined) ids.add(attrs.name);
  }
  return ids;
}

/** Where an internal address leads: the site path (without base) and the fragment, if any. */
export interface InternalTarget {
  /** The path inside the built folder, without the base, percent-decoded: `domains/threads.net/`, `` for the home page. */
  path: string;
  /** The fragment without `#`, percent-decoded, or undefined. */
  fragment?: string;
}

/**
 * Resolves an address written on the page at `pagePath` (the page's URL path, e.g. `/atlas/domains/x/`) against
 * the site's `origin` and `base`. Returns undefined for addresses that leave the site (another origin,
 * `mailto:`, `data:`, `blob:`, `javascript:`), and `outside` for same-origin addresses outside the base, which
 * are broken by definition: the site owns nothing there.
 */
export function internalTarget(value: string, pagePath: string, origin: string, base: string): InternalTarget | 'outside' | undefined {
  let url: URL;
  try {
    url = new URL(value, origin + pagePath);
  } catch {
    return 'outside';
  }
  if (url.origin !== origin || !/^https?:$/.test(url.protocol)) return undefined;
  if (!url.pathname.startsWith(base)) return 'outside';
  let path: string;
  let fragment: string | undefined;
  try {
    path = decodeURIComponent(url.pathname.slice(base.length));
    fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined;
  } catch {
    return 'outside';
  }
  return fragment === undefined ? { path } : { path, fragment };
}

/**
 * The built files an internal path may be served from, in the order a static server tries them: the file
 * itself, then `index.html` inside it (the `directory` build format writes `x/index.html` for `x/`).
 */
export function candidateFiles(path: string): string[] {
  if (path === '' || path.endsWith('/')) return [`${path}index.html`];
  return [path, `${path}/index.html`, `${path}.html`];
}
