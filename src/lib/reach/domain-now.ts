/**
 * Every curated community's state towards one domain "now": `reachNow` for each of them, the answer a domain
 * page shows (a published list read before the day reaches the domain as of that reading; see now.ts).
 */
import { compareText } from '../order.ts';
import { actorsCovering, type ActorIndex } from './actors.ts';
import { prepareAll } from './domain-reach.ts';
import { reachNowPrepared, type ReachNow } from './now.ts';
import type { PreparedCommunity } from './prepare.ts';
import { countStates, type Community, type StateCounts } from './state.ts';

/** One community's current state towards the domain, both ways. */
export interface CommunityReachNow {
  /** The community's domain. */
  community: string;
  /** What the community does to the domain, as of `today` (or, for `reaches`, its latest list reading). */
  reach: ReachNow;
  /** What the domain, when it is itself a curated server, does to this community, answered the same way. */
  back?: ReachNow;
}

/** The current answer for one domain. */
export interface DomainReachNow {
  /** The domain asked about. */
  domain: string;
  /** The day asked about ("today"). */
  day: string;
  /** One entry per curated community (the domain's own server excepted), sorted by community domain. */
  communities: CommunityReachNow[];
  /** How many communities are in each state; they add up to `communities.length`. */
  counts: StateCounts;
}

/** `domainReachNow` over communities already prepared (by `prepareAll`, so sorted by domain). */
export function domainReachNowPrepared(prepared: readonly PreparedCommunity[], domain: string, today: string): DomainReachNow {
  const curated = prepared.find((p) => p.community.domain === domain);
  const communities = prepared
    .filter((p) => p.community.domain !== domain)
    .map((p): CommunityReachNow => {
      const entry: CommunityReachNow = { community: p.community.domain, reach: reachNowPrepared(p, domain, today) };
      if (curated) entry.back = reachNowPrepared(curated, p.community.domain, today);
      return entry;
    })
    .sort((a, b) => compareText(a.community, b.community));
  return { domain, day: today, communities, counts: countStates(communities.map((c) => c.reach.state)) };
}

/**
 * Only the communities that suspend or limit `domain` as of `today`, with what the domain does back when it is
 * curated: the same entries as `domainReachNowPrepared(…).communities` in those two states, in the same order,
 * but asking only the communities with a decision covering the domain (`index` is `indexActors(prepared)`), so
 * the cost follows the actors, not every community. A server page asks this for every curated server.
 */
export function actingNowPrepared(
  index: ActorIndex,
  prepared: readonly PreparedCommunity[],
  domain: string,
  today: string,
  /** The domain's own prepared server when the caller has it at hand (else it is searched for). */
  self: PreparedCommunity | undefined = prepared.find((p) => p.community.domain === domain),
): CommunityReachNow[] {
  const curated = self;
  const out: CommunityReachNow[] = [];
  for (const p of actorsCovering(index, prepared, domain)) {
    const reach = reachNowPrepared(p, domain, today);
    if (reach.state !== 'suspends' && reach.state !== 'limits') continue;
    const entry: CommunityReachNow = { community: p.community.domain, reach };
    if (curated) entry.back = reachNowPrepared(curated, p.community.domain, today);
    out.push(entry);
  }
  return out.sort((a, b) => compareText(a.community, b.community));
}

/**
 * Every curated community's state towards `domain` as of `today`, answered by `reachNow`: like `domainReach`,
 * except that a published list read before `today` with nothing covering the domain says `reaches` as of its
 * latest reading (`reach.asOf`), where the strict model says `unknown`. The domain's own server is left out.
 */
export function domainReachNow(servers: readonly Community[], domain: string, today: string): DomainReachNow {
  return domainReachNowPrepared(prepareAll(servers), domain, today);
}
