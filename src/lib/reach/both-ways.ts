/** Reach in both directions: what C does to D, and, when D is itself curated, what D does to C. */
import { reach } from './reach.ts';
import type { Community, Reach } from './state.ts';

/** Reach between a community and a domain, both ways. */
export interface ReachBothWays {
  /** What the community does to the domain. */
  toward: Reach;
  /**
   * What the domain, as a curated server, does to the community. Absent when the domain is not curated
   * (then nothing is known of its list, and the site says so rather than guessing).
   */
  back?: Reach;
}

/**
 * What `community` does to `domain` on `day`, and what `domain` does back when a curated server in `servers`
 * has exactly that domain. The curated server's own list status decides what its silence means, as for any
 * community: `back` is `unknown` when its list is unknown.
 */
export function reachBothWays(community: Community, domain: string, day: string, servers: readonly Community[]): ReachBothWays {
  const toward = reach(community, domain, day);
  const curated = servers.find((s) => s.domain === domain);
  return curated ? { toward, back: reach(curated, community.domain, day) } : { toward };
}
