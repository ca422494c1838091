/**
 * The atlas's "today": the day reach states are computed for. No clock here: the day comes from the
 * environment (`ATLAS_TODAY`) or from the data itself.
 *
 * The default is the latest day any source in the data was read. It is deterministic (the same data builds
 * the same site on any day), and it is the last day the atlas knows anything about: a published block list
 * speaks only for the days it was read on (see src/lib/reach/README.md), so the build's own date would turn
 * every "reaches" into "unknown" the day after the last reading, without any change to the data.
 */
import { isRealDate } from './dates.ts';
import type { Server } from './schema/server.ts';

/** How the day was chosen. */
export type AsOfSource = 'env' | 'data' | 'fallback';

/** The atlas's day and where it came from. */
export interface AsOf {
  /** "YYYY-MM-DD". */
  day: string;
  /** `env`: ATLAS_TODAY; `data`: the latest day a source was read; `fallback`: no data had a day. */
  source: AsOfSource;
}

/** The latest `retrieved` day of any source, list evidence or decision evidence; undefined when there is none. */
export function latestRetrieved(servers: readonly Pick<Server, 'sources' | 'blocklist' | 'blocks'>[]): string | undefined {
  let latest: string | undefined;
  const see = (day: string | undefined) => {
    if (day !== undefined && (latest === undefined || day > latest)) latest = day;
  };
  for (const s of servers) {
    for (const source of s.sources) see(source.retrieved);
    see(s.blocklist.evidence?.retrieved);
    for (const d of s.blocks) see(d.evidence?.retrieved);
  }
  return latest;
}

/**
 * The atlas's day: `envDay` when given (it must be a real "YYYY-MM-DD" day, or this throws a RangeError naming
 * ATLAS_TODAY), else the latest day a source was read, else `fallback` (the caller's build day).
 */
export function resolveAsOf(
  envDay: string | undefined,
  servers: readonly Pick<Server, 'sources' | 'blocklist' | 'blocks'>[],
  fallback: string,
): AsOf {
  const env = envDay?.trim();
  if (env) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(env) || !isRealDate(env)) throw new RangeError(`ATLAS_TODAY must be a day as "YYYY-MM-DD", got ${JSON.stringify(envDay)}`);
    return { day: env, source: 'env' };
  }
  const latest = latestRetrieved(servers);
  return latest ? { day: latest, source: 'data' } : { day: fallback, source: 'fallback' };
}
