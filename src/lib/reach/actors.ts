/**
 * Which communities have any decision covering a domain: the only ones that can suspend or limit it. Bulk
 * questions ("how many act on each domain", the full graph) ask the reach model only about these, instead of
 * every community about every domain.
 */
import { domainAndParents, type PreparedCommunity } from './prepare.ts';

/** The communities with a resolved decision naming each domain, in the order they were given. */
export type ActorIndex = ReadonlyMap<string, readonly PreparedCommunity[]>;

/** Indexes prepared communities by the domains their decisions name. */
export function indexActors(prepared: readonly PreparedCommunity[]): ActorIndex {
  const index = new Map<string, PreparedCommunity[]>();
  for (const p of prepared) {
    for (const domain of p.byDomain.keys()) {
      const list = index.get(domain) ?? [];
      list.push(p);
      index.set(domain, list);
    }
  }
  return index;
}

/**
 * The communities with a decision on `domain` or a parent of it, each once, in the order given to `indexActors`,
 * the domain's own server left out. Any other community can only reach the domain or be unknown towards it.
 */
export function actorsCovering(index: ActorIndex, prepared: readonly PreparedCommunity[], domain: string): PreparedCommunity[] {
  const found = new Set<PreparedCommunity>();
  for (const target of domainAndParents(domain)) for (const p of index.get(target) ?? []) found.add(p);
  found.forEach((p) => p.community.domain === domain && found.delete(p));
  // In the order of `prepared`, in time linear in the actors found (not in every community: this runs once per
  // acted-on domain, and a scan of `prepared` each time made the bulk questions quadratic).
  const at = positions(prepared);
  return [...found].filter((p) => at.has(p)).sort((a, b) => at.get(a)! - at.get(b)!);
}

/** Each prepared community's position in its array, computed once per array. */
const positionCache = new WeakMap<readonly PreparedCommunity[], Map<PreparedCommunity, number>>();
function positions(prepared: readonly PreparedCommunity[]): Map<PreparedCommunity, number> {
  let at = positionCache.get(prepared);
  if (!at) {
    at = new Map(prepared.map((p, i) => [p, i]));
    positionCache.set(prepared, at);
  }
  return at;
}
