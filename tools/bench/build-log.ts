/**
 * Where an `astro build`'s time went, read from its log: wall-clock time by kind of page, and the seconds before the
 * first page was written (loading the data and deriving the atlas, which the first page waits for). Astro renders
 * several pages at a time (`build.concurrency`), so the `(+12ms)` it prints after each page overlap one another and
 * add up to more than the build took; instead, each page line's time stamp (1 s resolution) is followed to the next
 * line's, and that gap is the page's kind's. Over thousands of lines the sums are the wall time of each kind. Pages
 * the build writes itself after Astro (src/node/pages-after-build.ts) are one line with their own count and time.
 */

/** Time spent on one kind of page. */
export interface RouteTime {
  /**
   * The kind of page: the first path segment, two for /data/ (e.g. "/domains", "/data/reach"); a page in another
   * language counts with its kind (`/cy/domains/x/` is a "/domains" page), since each is written beside the other.
   */
  route: string;
  /** Pages written. */
  pages: number;
  /** Wall-clock seconds from its page lines' time stamps to the next line's, summed. */
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

/** Reads an `astro build` log; `locales` are the path prefixes of the other languages' pages (e.g. ["cy"]). */
export function parseBuildLog(text: string, locales: readonly string[] = []): BuildProfile {
  const byRoute = new Map<string, RouteTime>();
  let generating: number | undefined;
  let lastStamp: number | undefined;
  let firstPage: number | undefined;
  /** The kind of the last page line and its time stamp: the time until the next stamped line is that kind's. */
  let open: { row: RouteTime; at: number } | undefined;
  for (const line of text.split('\n')) {
    const stamp = clock(line);
    if (stamp !== undefined) {
      if (open) open.row.seconds += Math.max(0, stamp - open.at);
      open = undefined;
      lastStamp = stamp;
    }
    if (line.includes('generating static routes')) generating = lastStamp;
    // Pages the build wrote itself once Astro was done (src/node/pages-after-build.ts): one line, with its own time.
    const after = /\[pages-after-build\] ([^:]+): (\d+) written after the build in ([\d.]+) s/.exec(line);
    if (after) {
      const route = `${after[1]}, written after the build`;
      const row = byRoute.get(route) ?? byRoute.set(route, { route, pages: 0, seconds: 0 }).get(route)!;
      row.pages += Number(after[2]);
      row.seconds += Number(after[3]);
      continue;
    }
    const m = /[├└]─ (\/\S*) \(\+[\d.]+(?:ms|s)\)/.exec(line);
    if (!m) continue;
    if (firstPage === undefined) firstPage = stamp ?? lastStamp;
    const parts = m[1]!.split('/');
    if (parts.length > 2 && locales.includes(parts[1]!)) parts.splice(1, 1);
    const route = parts[1] === 'data' && parts.length > 3 ? `/data/${parts[2]}` : `/${parts[1]}`.replace(/\.html$/, '');
    const row = byRoute.get(route) ?? byRoute.set(route, { route, pages: 0, seconds: 0 }).get(route)!;
    row.pages++;
    if (lastStamp !== undefined) open = { row, at: lastStamp };
  }
  const routes = [...byRoute.values()].sort((a, b) => b.seconds - a.seconds || b.pages - a.pages || (a.route < b.route ? -1 : 1));
  const profile: BuildProfile = { routes };
  if (generating !== undefined && firstPage !== undefined) profile.beforeFirstPage = firstPage - generating;
  return profile;
}
