/**
 * Internal URLs under the site's base path.
 *
 * The site may be served at the root of a host (`/`) or under a sub-path (`/atlas/`, as on GitHub
 * Pages). Every internal link and asset goes through `withBase`, so the same pages work in both.
 */

/** True for a URL that names its own scheme or host (`https://…`, `mailto:…`, `//host/…`). */
function isAbsolute(path: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//');
}

/**
 * Normalises a base path to start and end with a single `/`: `''`, `'/'` → `'/'`;
 * `'atlas'`, `'/atlas'`, `'/atlas/'`, `'//atlas//'` → `'/atlas/'`.
 * Runs of slashes inside it are collapsed.
 */
export function normaliseBase(base: string): string {
  const inner = base.trim().split('/').filter((part) => part !== '').join('/');
  return inner === '' ? '/' : `/${inner}/`;
}

/**
 * Joins the site's base path and an internal path, never producing a double slash.
 *
 * - `withBase('/', '/')` → `'/'`; `withBase('/atlas', '')` → `'/atlas/'`
 * - `withBase('/atlas/', '/servers/toot.wales/')` → `'/atlas/servers/toot.wales/'`
 * - `withBase('/atlas', 'favicon.svg')` → `'/atlas/favicon.svg'`
 * - a query or fragment is kept as written: `withBase('/atlas/', 'map/?lang=cy#list')` → `'/atlas/map/?lang=cy#list'`
 *
 * A trailing slash on `path` is kept, and none is added: `'data.json'` stays a file.
 *
 * @param base The configured base (`import.meta.env.BASE_URL`), with or without its slashes.
 * @param path A path inside the site, with or without a leading slash.
 * @throws {TypeError} when `path` is an absolute URL (`https://…`, `//host/…`): those are not internal.
 */
export function withBase(base: string, path: string): string {
  if (isAbsolute(path)) throw new TypeError(`withBase: expected an internal path, got the absolute URL ${JSON.stringify(path)}`);
  const root = normaliseBase(base);
  const cut = path.search(/[?#]/);
  const pathname = cut === -1 ? path : path.slice(0, cut);
  const suffix = cut === -1 ? '' : path.slice(cut);
  const rest = pathname.replace(/\/{2,}/g, '/').replace(/^\//, '');
  return `${root}${rest}${suffix}`;
}
