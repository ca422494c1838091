/**
 * The rows of the home page's list download (CSV and JSON), built from what the map script already holds: the map
 * payload's server records (map-data.ts), the view's filters (filter.ts) and, when a domain is picked, that domain's
 * shard on the day shown (as-of-lookup.ts `shardOnDay`), restricted to the reader's period when one is chosen. So the file has exactly the servers the list shows, in its
 * order, and each cell is a code or a day, never the page's sentences. Nothing is decided here: the states are the
 * reach model's, written at build time. Imports types and look-ups only, so it bundles to the browser on its own.
 */
import { filterServers, type Filters } from '../map/filter.ts';
import type { MapServer } from '../map/map-data.ts';
import type { SilenceHistory } from '../map/as-of-history.ts';
import { shardOnDay, shardWithin } from '../map/as-of-lookup.ts';
import type { ReachShard } from '../map/reach-shard.ts';

/**
 * The columns of the list's download, in order: the server's own (`languages` space-separated, `area` as the
 * dataset names it, `list` the block-list status's code), then, when a domain is picked, the domain, the server's
 * state towards it (`suspends`, `limits`, `reaches`, `unknown`, or `itself` for the domain's own server), the day a
 * source last confirmed that state (ISO, empty when unknown) and the day the states hold on.
 */
export const MAP_ROW_COLUMNS = ['domain', 'name', 'languages', 'area', 'software', 'list', 'reach_domain', 'reach_state', 'reach_confirmed', 'reach_day'] as const;

/** One column of {@link MAP_ROW_COLUMNS}. */
export type MapRowColumn = (typeof MAP_ROW_COLUMNS)[number];

/** One server's row: every column, `undefined` where it has no value. */
export type MapRow = Record<MapRowColumn, string | undefined>;

/** The state given for a domain's own server, which has none towards itself (the list's `reach_state`, the matrix's own column). */
export const ITSELF = 'itself';

/** The picked domain's reach: its shard as built, the day shown, and the silence segments when that day is another. */
export interface MapRowsReach {
  /** The domain's shard as built (`/data/reach/<domain>.json`), on its own day. */
  shard: ReachShard;
  /** The day the map shows, "YYYY-MM-DD". */
  day: string;
  /** The site-wide silence segments (`/data/as-of.json`); needed only when `day` is not the shard's own day. */
  silence?: Pick<SilenceHistory, 'communities'>;
  /**
   * The period the reader restricts answers to (`?confirmed=`, months): a state no source confirmed within it is
   * `unknown` with no `reach_confirmed`, as on the domain page (as-of-lookup.ts `shardWithin`). Absent: every answer.
   */
  confirmedWithin?: number;
}

/**
 * The list's rows: one per server of `servers` that passes `filters`, in the given order. With `reach`, each row
 * also holds the domain's reach on `reach.day`. Throws when that day is not the shard's and no silence segments are
 * given, so a download never silently holds the wrong day's states.
 *
 * @param servers The map payload's server records, in the list's order.
 * @param filters The view's filters (absent fields do not filter).
 * @param reach The picked domain's shard and the day shown; absent when no domain is picked.
 */
export function mapRows(servers: readonly MapServer[], filters: Filters, reach?: MapRowsReach): MapRow[] {
  let shown: ReachShard | undefined;
  if (reach) {
    if (reach.day !== reach.shard.day && reach.silence === undefined) throw new Error(`map rows: ${reach.shard.domain} on ${reach.day} needs the silence segments`);
    shown = shardWithin(reach.day === reach.shard.day ? reach.shard : shardOnDay(reach.shard, reach.silence!, reach.day), reach.confirmedWithin);
  }
  return filterServers(servers, filters).map((s): MapRow => {
    const row: MapRow = {
      domain: s.domain,
      name: s.name,
      languages: s.languages.join(' '),
      area: s.areaLabel ?? s.area,
      software: s.software,
      list: s.status,
      reach_domain: undefined,
      reach_state: undefined,
      reach_confirmed: undefined,
      reach_day: undefined,
    };
    if (shown && reach) {
      const entry = shown.servers[s.domain];
      const itself = shown.self === s.domain;
      row.reach_domain = shown.domain;
      row.reach_state = itself ? ITSELF : (entry?.state ?? 'unknown');
      row.reach_confirmed = itself || entry === undefined || entry.state === 'unknown' ? undefined : entry.confirmed;
      row.reach_day = reach.day;
    }
    return row;
  });
}
