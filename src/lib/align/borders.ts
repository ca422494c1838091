/**
 * Which communities take part in the alignment, and their borders on a day, from the reach model: a domain is in a
 * community's border when the model says it suspends or limits it that day (a decision surely in force; an
 * uncertain one counts for nothing). A decision on a parent domain covers its subdomains, so each community is
 * also asked about every domain the other names: if A suspends example.com and B suspends a.example.com, both act
 * on a.example.com.
 */
import { decidePrepared } from '../reach/decide.ts';
import type { PreparedCommunity } from '../reach/prepare.ts';
import { SEVERITY_WEIGHT, type Border } from './similarity.ts';

/** Why a community takes no part: its list is unknown, or (unless asked for) only partly known. */
export type LeftOutReason = 'list-unknown' | 'list-partial';

/** A community left out of the alignment. */
export interface LeftOut {
  /** Its domain. */
  community: string;
  /** Why. */
  reason: LeftOutReason;
}

/** Options: whether partial lists take part (by default they do not: their silence says nothing). */
export interface MemberOptions {
  /** Let communities whose list is `partial` take part. Default false. */
  includePartial?: boolean;
}

/** Splits prepared communities into members (known lists) and those left out, in the order given. */
export function members(prepared: readonly PreparedCommunity[], options: MemberOptions = {}): { members: PreparedCommunity[]; leftOut: LeftOut[] } {
  const inside: PreparedCommunity[] = [];
  const leftOut: LeftOut[] = [];
  for (const p of prepared) {
    const status = p.community.blocklist.status;
    if (status === 'published' || (status === 'partial' && options.includePartial)) inside.push(p);
    else leftOut.push({ community: p.community.domain, reason: status === 'partial' ? 'list-partial' : 'list-unknown' });
  }
  return { members: inside, leftOut };
}

/** The weight of a community's answer about `domain` on `day` (1 suspends, ½ limits, else 0). */
export function weightOn(prepared: PreparedCommunity, domain: string, day: string): number {
  const state = decidePrepared(prepared, domain, day).state;
  return state === 'suspends' || state === 'limits' ? SEVERITY_WEIGHT[state] : 0;
}

/**
 * The borders of two communities on `day` over the domains either one's decisions name (their own domains left
 * out: a community does not act on itself), each asked with the reach model. Weights of 0 are left out of the maps.
 */
export function pairBorders(a: PreparedCommunity, b: PreparedCommunity, day: string, memo?: Map<PreparedCommunity, Map<string, number>>): [Border, Border] {
  const named = [...new Set([...a.byDomain.keys(), ...b.byDomain.keys()])].sort();
  const ask = (p: PreparedCommunity, domain: string) => {
    let cache = memo?.get(p);
    if (memo && !cache) memo.set(p, (cache = new Map()));
    const known = cache?.get(domain);
    if (known !== undefined) return known;
    const w = weightOn(p, domain, day);
    cache?.set(domain, w);
    return w;
  };
  const ba = new Map<string, number>();
  const bb = new Map<string, number>();
  for (const d of named) {
    if (d === a.community.domain || d === b.community.domain) continue;
    const wa = ask(a, d);
    const wb = ask(b, d);
    if (wa > 0) ba.set(d, wa);
    if (wb > 0) bb.set(d, wb);
  }
  return [ba, bb];
}
