/**
 * Which communities have any decision covering a domain: the only ones that can suspend or limit it. Bulk
 * questions ("how many act on each domain", the full graph) ask the reach model only about these, instead of
 * every community about every domain.
 */
import { domainAndParents, type PreparedCommunity } from './prepare.ts';

/** The prepared communities indexed by the domains their decisions name (build it once with `indexActors`). */
export interface ActorIndex {
  /** The communities with a resolved decision naming each domain, in the order they were given. */
  byDomain: ReadonlyMap<string, readonly PreparedCommunity[]>;
  /** Each indexed community's position in the array given, to answer in that order. */
  position: ReadonlyMap<PreparedCommunity, number>;
}

/** Indexes prepared communities by the domains their decisions name. */
export function indexActors(prepared: readonly PreparedCommunity[]): ActorIndex {
  const byDomain = new Map<string, PreparedCommunity[]>();
  for (const p of prepared) {
    for (const domain of p.byDomain.keys()) {
      const list = byDomain.get(domain) ?? [];
      list.push(p);
      byDomain.set(domain, list);
    }
  }
  return { byDomain, position: new Map(prepared.map((p, i) => [p, i])) };
}

/**
 * The communities with a decision on `domain` or a parent of it, each once, in the order given to `indexActors`,
 * the domain's own server left out. Any other community can only reach the domain or be unknown towards it.
 */
export function actorsCovering(index: ActorIndex, domain: string): PreparedCommunity[] {
  const found = new Set<PreparedCommunity>();
  for (const target of domainAndParents(domain)) for (const p of index.byDomain.get(target) ?? []) found.add(p);
  found.forEach((p) => p.community.domain === domain && found.delete(p));
  // In the order given to `indexActors`, in time linear in the actors found (not in every community: this runs once
  // per acted-on domain, and a scan of every community each time made the bulk questions quadratic).
  const at = index.position;
  return [...found].sort((a, b) => at.get(a)! - at.get(b)!);
}
