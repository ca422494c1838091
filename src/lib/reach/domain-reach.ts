/** Every curated community's state towards one domain on one day, with counts by state. */
import { compareText } from '../order.ts';
import { uncoveredDomain } from './absence.ts';
import { actorsCovering, type ActorIndex } from './actors.ts';
import { coversDomain, domainAndParents, prepareCommunity, type PreparedCommunity } from './prepare.ts';
import { reachPrepared } from './reach.ts';
import { emptyCounts, type Community, type Reach, type StateCounts } from './state.ts';

/** One community's state towards the domain, both ways. */
export interface CommunityReach {
  /** The community's domain. */
  community: string;
  /** What the community does to the domain. */
  reach: Reach;
  /** What the domain does to the community, when the domain is itself a curated server. */
  back?: Reach;
}

/** The answer for one domain on one day. */
export interface DomainReach {
  /** The domain asked about. */
  domain: string;
  /** The day. */
  day: string;
  /** One entry per curated community (the domain's own server excepted), sorted by community domain. */
  communities: CommunityReach[];
  /** How many communities are in each state; they add up to `communities.length`. */
  counts: StateCounts;
}

/** Prepares every community once, sorted by domain: the shared first step of the bulk functions. */
export function prepareAll(servers: readonly Community[]): PreparedCommunity[] {
  return [...servers].sort((a, b) => compareText(a.domain, b.domain)).map(prepareCommunity);
}

/**
 * Every community's answer on `day` towards a domain no decision covers (`uncoveredDomain`): what its list's
 * silence means. A community's answer depends on the domain only through the decisions covering it, so this is its
 * answer towards every domain it has no covering decision on. Computed once, it spares `domainReachPrepared` asking
 * the model again for every such community and domain (most of them: a domain is acted on by a few communities).
 */
export function silentReaches(prepared: readonly PreparedCommunity[], day: string): ReadonlyMap<PreparedCommunity, Reach> {
  const silent = uncoveredDomain(prepared);
  return new Map(prepared.map((p) => [p, reachPrepared(p, silent, day)]));
}

/**
 * `domainReach` over communities already prepared (by `prepareAll`, so sorted by domain). With `silent`
 * (`silentReaches(prepared, day)`, for the same `day`), a community with no decision covering the domain is given
 * its silent answer (the same object for every such domain: read it, never change it) instead of being asked.
 */
export function domainReachPrepared(prepared: readonly PreparedCommunity[], domain: string, day: string, silent?: ReadonlyMap<PreparedCommunity, Reach>): DomainReach {
  const curated = prepared.find((p) => p.community.domain === domain);
  // The names a decision covering the domain may be on (`coveringDecisions`'), split once for every community.
  const targets = domainAndParents(domain);
  const covered = (p: PreparedCommunity): boolean => {
    for (const target of targets) if (p.byDomain.has(target)) return true;
    return false;
  };
  // What the domain, when curated, does back to a community its decisions do not cover: its silent answer.
  const silentBack = curated && silent?.get(curated);
  // One pass, no intermediate lists: a domain is asked of every community, and a large atlas asks it of tens of
  // thousands of communities for each of hundreds of domains.
  const communities: CommunityReach[] = [];
  const counts = emptyCounts();
  for (const p of prepared) {
    if (p === curated) continue;
    const reach = silent !== undefined && !covered(p) ? silent.get(p)! : reachPrepared(p, domain, day);
    const entry: CommunityReach = { community: p.community.domain, reach };
    if (curated) entry.back = silentBack !== undefined && !coversDomain(curated, p.community.domain) ? silentBack : reachPrepared(curated, p.community.domain, day);
    communities.push(entry);
    counts[reach.state]++;
  }
  return { domain, day, communities, counts };
}

/**
 * Every curated community's state towards `domain` on `day`, sorted by community domain, with counts by state.
 * The server whose domain is `domain` itself is left out (a server does not federate with itself); when there is
 * one, each entry also gives its state towards that community (`back`).
 */
export function domainReach(servers: readonly Community[], domain: string, day: string): DomainReach {
  return domainReachPrepared(prepareAll(servers), domain, day);
}

/**
 * Only the communities that suspend or limit `domain` on `day`, with what the domain does back when it is curated:
 * the same entries as `domainReachPrepared(…).communities` in those two states, in the same order, but asking only
 * the communities with a decision covering the domain (`index` is `indexActors(prepared)`), so the cost follows the
 * actors, not every community. A server page asks this for every curated server.
 */
export function actingPrepared(
  index: ActorIndex,
  prepared: readonly PreparedCommunity[],
  domain: string,
  day: string,
  /** The domain's own prepared server when the caller has it at hand (else it is searched for). */
  self: PreparedCommunity | undefined = prepared.find((p) => p.community.domain === domain),
): CommunityReach[] {
  const out: CommunityReach[] = [];
  for (const p of actorsCovering(index, domain)) {
    if (p.community.domain === domain) continue;
    const reach = reachPrepared(p, domain, day);
    if (reach.state !== 'suspends' && reach.state !== 'limits') continue;
    const entry: CommunityReach = { community: p.community.domain, reach };
    if (self) entry.back = reachPrepared(self, p.community.domain, day);
    out.push(entry);
  }
  return out.sort((a, b) => compareText(a.community, b.community));
}
