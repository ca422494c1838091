/**
 * A domain's shard as the build writes it (`/data/reach/<domain>.json`): the reach model's answers on the atlas's
 * day, each acting community's states over time where they differ from its silence's, what their past answers
 * rested on, and the evidence of every known state. One function for the build (src/atlas.ts) and the tests.
 */
import { domainHistories, type SilenceHistory } from './as-of-history.ts';
import { toReachShard, type ReachShard } from './reach-shard.ts';
import { communitiesKey, encodeAnswer, type EncodedShard } from './shard-codec.ts';
import { domainPasts } from './shard-past.ts';
import { actorsCovering, type ActorIndex } from '../reach/actors.ts';
import { domainReachPrepared } from '../reach/domain-reach.ts';
import type { PreparedCommunity } from '../reach/prepare.ts';
import type { DomainReach } from '../reach/domain-reach.ts';
import type { Community } from '../reach/state.ts';
import type { StateSegments } from '../reach/segment-lookup.ts';

/** What every shard of one build shares. */
export interface ShardContext {
  /** The prepared communities, sorted by domain (`prepareAll`). */
  prepared: readonly PreparedCommunity[];
  /** Which communities have a decision on which domain (`indexActors`). */
  index: ActorIndex;
  /** The site-wide silence segments (`silenceHistory`). */
  silence: SilenceHistory;
  /** The curated servers' domains. */
  curated: readonly string[];
  /** Each community's list URL (`listUrls`). */
  lists: ReadonlyMap<string, string>;
  /** The atlas's day. */
  day: string;
}

/** Each community's list URL (its block list's evidence), by domain, for those that have one. */
export function listUrls(communities: readonly Pick<Community, 'domain' | 'blocklist'>[]): Map<string, string> {
  return new Map(communities.flatMap((c) => (c.blocklist.evidence ? [[c.domain, c.blocklist.evidence.url] as const] : [])));
}

/**
 * The shard of `domain`. `now` is the reach model's answer for it on the context's day, when the caller has it
 * (the build's views compute it once per domain, `views.domainNow`); else it is computed here.
 */
export function buildShard(context: ShardContext, domain: string, now?: DomainReach): ReachShard {
  const { answer, histories, extras } = shardParts(context, domain, now);
  return toReachShard(answer, context.curated, histories, extras);
}

/** What a shard is made of: the answers on the context's day, the acting communities' histories, the lists and pasts. */
function shardParts(context: ShardContext, domain: string, now: DomainReach | undefined) {
  const { prepared, index, silence, lists, day } = context;
  const actors = actorsCovering(index, domain);
  return {
    answer: now ?? domainReachPrepared(prepared, domain, day),
    histories: domainHistories(actors, domain, silence),
    extras: { lists, pasts: domainPasts(actors, domain) },
  };
}

/** A shard as written, with the acting communities' histories it carries (for the replay section's model). */
export interface WrittenShard {
  /** The shard as written (`/data/reach/<domain>.json`). */
  encoded: EncodedShard;
  /** Each acting community's state segments towards the domain, where they differ from its silence's. */
  histories: ReadonlyMap<string, StateSegments>;
}

/**
 * The shard of `domain` as written, straight from the answers (`encodeAnswer`): what `encodeShard(buildShard(…))`
 * gives, without an object keyed by every community. `key` is `communitiesKey(context.curated)`, when the caller has it.
 */
export function writeShard(context: ShardContext, domain: string, now?: DomainReach, key: string = communitiesKey(context.curated)): WrittenShard {
  const { answer, histories, extras } = shardParts(context, domain, now);
  return { encoded: encodeAnswer(answer, context.curated, key, histories, extras), histories };
}
