/**
 * `--resolve DOMAIN=URL`, as curl's `--resolve`: every request for `https://DOMAIN/…` goes to `URL/…` instead, so a
 * curator (or a test) can point the refresh at a local copy of a server. Evidence still names the public address.
 */

/** Public domain → the base URL its requests go to (no trailing slash). */
export type ResolveMap = ReadonlyMap<string, string>;

/** Reads one `DOMAIN=URL` option; throws a plain error when it is not one. */
export function parseResolve(spec: string): [string, string] {
  const at = spec.indexOf('=');
  if (at <= 0) throw new Error(`--resolve expects DOMAIN=URL, got ${JSON.stringify(spec)}`);
  const domain = spec.slice(0, at).trim().toLowerCase();
  const target = spec.slice(at + 1).trim();
  if (!/^[a-z0-9.-]+$/.test(domain) || !domain.includes('.')) throw new Error(`--resolve: ${JSON.stringify(domain)} is not a domain`);
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new Error(`--resolve: ${JSON.stringify(target)} is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`--resolve: ${JSON.stringify(target)} is not an http(s) URL`);
  if (url.username || url.password || url.search || url.hash) throw new Error(`--resolve: ${JSON.stringify(target)} must be a plain base URL (no credentials, query or fragment)`);
  return [domain, url.toString().replace(/\/+$/, '')];
}

/** Reads every `--resolve` option into a map; a domain given twice is an error. */
export function resolveMap(specs: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const spec of specs) {
    const [domain, url] = parseResolve(spec);
    if (out.has(domain)) throw new Error(`--resolve: ${domain} is given twice`);
    out.set(domain, url);
  }
  return out;
}

/**
 * Where a request for the public `url` really goes: `https://DOMAIN/path?query` → `URL/path?query` when DOMAIN is
 * resolved (on the default port), else the URL itself.
 */
export function wireUrl(url: string, map: ResolveMap): string {
  const u = new URL(url);
  const base = u.protocol === 'https:' && u.port === '' ? map.get(u.hostname) : undefined;
  return base === undefined ? u.toString() : `${base}${u.pathname}${u.search}`;
}
