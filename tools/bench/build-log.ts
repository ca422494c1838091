/**
 * Where an `astro build`'s time went, read from its log: the time each page took (Astro prints `(+12ms)` or
 * `(+1.34s)` after each route it writes), summed by kind of page, and the seconds before the first page was
 * written (loading the data and deriving the atlas, which the first page waits for).
 */

/** Time spent on one kind of page. */
export interface RouteTime {
  /** The kind of page: the first path segment, two for /data/ (e.g. "/domains", "/data/reach"). */
  route: string;
  /** Pages written. */
  pages: number;
  /** Seconds, summed over those pages. */
  seconds: number;
}

/** What a build log says about where the time went. */
export interface BuildProfile {
  /** Time by kind of page, most first. */
  routes: RouteTime[];
  /** Seconds from "generating static routes" to the first page written (1 s resolution), when both are logged. */
  beforeFirstPage?: number;
}

/** Seconds of a `HH:MM:SS` log time stamp. */
function clock(line: string): number | undefined {
  const m = /^(\d\d):(\d\d):(\d\d) /.exec(line);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : undefined;
}

/** Reads an `astro build` log. */
export function parseBuildLog(text: string): BuildProfile {
  const byRoute = new Map<string, RouteTime>();
  let generating: number | undefined;
  let lastStamp: number | undefined;
  let firstPage: number | undefined;
  for (const line of text.split('\n')) {
    const stamp = clock(line);
    if (stamp !== undefined) lastStamp = stamp;
    if (line.includes('generating static routes')) generating = lastStamp;
    const m = /[├└]─ (\/\S*) \(\+([\d.]+)(ms|s)\)/.exec(line);
    if (!m) continue;
    if (firstPage === undefined) firstPage = stamp ?? lastStamp;
    const parts = m[1]!.split('/');
    const route = parts[1] === 'data' && parts.length > 3 ? `/data/${parts[2]}` : `/${parts[1]}`.replace(/\.html$/, '');
    const seconds = Number(m[2]) / (m[3] === 'ms' ? 1000 : 1);
    const row = byRoute.get(route) ?? byRoute.set(route, { route, pages: 0, seconds: 0 }).get(route)!;
    row.pages++;
    row.seconds += seconds;
  }
  const routes = [...byRoute.values()].sort((a, b) => b.seconds - a.seconds || (a.route < b.route ? -1 : 1));
  const profile: BuildProfile = { routes };
  if (generating !== undefined && firstPage !== undefined) profile.beforeFirstPage = firstPage - generating;
  return profile;
}
