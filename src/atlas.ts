/**
 * The atlas, loaded once at build time. Every page and data file reads from here; none reads the
 * collection itself or recomputes what is derived here.
 */
import { getCollection } from 'astro:content';
import { resolveAsOf, type AsOf } from './lib/as-of.ts';
import { isoDay } from './lib/dates.ts';
import { toReachShard, type ReachShard } from './lib/map/reach-shard.ts';
import { compareText } from './lib/order.ts';
import { actedOnPrepared, domainReachNowPrepared, prepareAll, type ActedOn } from './lib/reach/index.ts';
import type { Server } from './lib/schema/server.ts';
import { createViews, type AtlasViews } from './lib/views/index.ts';

/** Counts over the whole dataset, as shown on the site. */
export interface AtlasStats {
  /** How many curated servers there are. */
  servers: number;
  /** How many federation decisions (block-list entries) they hold in all, lifted ones included. */
  decisions: number;
}

/** Everything the pages need, derived once. */
export interface Atlas {
  /** Every curated server, sorted by domain (code-point order). */
  servers: readonly Server[];
  /** Counts over the dataset. */
  stats: AtlasStats;
  /**
   * The day reach is computed for ("as of"): ATLAS_TODAY when set, else the latest day any source was read
   * (deterministic: the same data builds the same site on any day). See src/lib/as-of.ts.
   */
  asOf: AsOf;
  /** Every domain some curated server has a decision on, with counts on `asOf`, most acted on first. */
  actedOn: readonly ActedOn[];
  /**
   * The acted-on domains that have a page under /domains/ and a reach shard, most acted on first: all of them,
   * unless the dataset is so large that domains × communities would not fit (src/lib/views/page-budget.ts).
   */
  pagedOn: readonly ActedOn[];
  /**
   * What every curated server does to `domain` on `asOf` ("now": a published list read earlier reaches it as of
   * that reading), as the map's shard. Computed once per domain.
   */
  reachShard(domain: string): ReachShard;
  /**
   * What the domain, server, graph, language and region pages show, on `asOf` (src/lib/views/): shared work done
   * once, per-page answers computed when a page asks.
   */
  views: AtlasViews;
}

let atlas: Promise<Atlas> | undefined;

/** Loads the `servers` collection and derives the atlas. Memoised: the first call does the work. */
export function loadAtlas(): Promise<Atlas> {
  atlas ??= build();
  return atlas;
}

async function build(): Promise<Atlas> {
  const entries = await getCollection('servers');
  const servers = entries.map((entry) => entry.data).sort((a, b) => compareText(a.domain, b.domain));
  const decisions = servers.reduce((sum, server) => sum + server.blocks.length, 0);
  const asOf = resolveAsOf(process.env.ATLAS_TODAY, servers, isoDay(new Date()));
  const prepared = prepareAll(servers);
  const actedOn = actedOnPrepared(prepared, asOf.day);
  const curated = servers.map((s) => s.domain);
  const shards = new Map<string, ReachShard>();
  const reachShard = (domain: string): ReachShard => {
    let shard = shards.get(domain);
    if (!shard) {
      shard = toReachShard(domainReachNowPrepared(prepared, domain, asOf.day), curated);
      shards.set(domain, shard);
    }
    return shard;
  };
  const views = createViews(servers, prepared, asOf.day, actedOn);
  return { servers, stats: { servers: servers.length, decisions }, asOf, actedOn, pagedOn: views.domainPages.paged, reachShard, views };
}
