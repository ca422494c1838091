/**
 * Moderation alignment: every pair of communities with known lists, scored by how alike their borders are on a
 * day (similarity.ts), and for one community, the others ranked by that score.
 */
import { compareText } from '../order.ts';
import type { PreparedCommunity } from '../reach/prepare.ts';
import { members, pairBorders, type LeftOut, type MemberOptions } from './borders.ts';
import { overlap } from './similarity.ts';

/** Two communities' score. */
export interface AlignedPair {
  /** One community's domain (the smaller in code-point order). */
  a: string;
  /** The other's. */
  b: string;
  /** The severity-aware Jaccard index, 0 to 1; undefined when neither acts on any domain. */
  score: number | undefined;
  /** How many domains both act on. */
  shared: number;
  /** How many domains either acts on. */
  union: number;
}

/** The alignment of every pair of known lists on a day. */
export interface Alignment {
  /** The day the borders are read on ("YYYY-MM-DD"). */
  day: string;
  /** The communities that take part, by domain. */
  members: string[];
  /** The communities left out, and why, by domain. */
  leftOut: LeftOut[];
  /** Every pair of members, highest score first (pairs without a score last), then by domains. */
  pairs: AlignedPair[];
}

/** Orders pairs: highest score first, undefined scores last, then by `a`, then `b`. */
export function comparePairs(x: AlignedPair, y: AlignedPair): number {
  const sx = x.score ?? -1;
  const sy = y.score ?? -1;
  return sy - sx || compareText(x.a, y.a) || compareText(x.b, y.b);
}

/** Scores every pair of communities with known lists (published; partial too when asked) on `day`. */
export function alignment(prepared: readonly PreparedCommunity[], day: string, options: MemberOptions = {}): Alignment {
  const split = members(prepared, options);
  const inside = [...split.members].sort((x, y) => compareText(x.community.domain, y.community.domain));
  const memo = new Map<PreparedCommunity, Map<string, number>>();
  const pairs: AlignedPair[] = [];
  for (let i = 0; i < inside.length; i++) {
    for (let j = i + 1; j < inside.length; j++) {
      const [ba, bb] = pairBorders(inside[i]!, inside[j]!, day, memo);
      const o = overlap(ba, bb);
      pairs.push({ a: inside[i]!.community.domain, b: inside[j]!.community.domain, score: o.total === 0 ? undefined : o.agree / o.total, shared: o.shared, union: o.union });
    }
  }
  return {
    day,
    members: inside.map((p) => p.community.domain),
    leftOut: [...split.leftOut].sort((x, y) => compareText(x.community, y.community)),
    pairs: pairs.sort(comparePairs),
  };
}

/** One community's partner and their score, for the server page. */
export interface Neighbour {
  /** The other community's domain. */
  community: string;
  /** Their score (defined). */
  score: number;
  /** How many domains both act on. */
  shared: number;
  /** How many domains either acts on. */
  union: number;
}

/** The communities whose borders are most like `community`'s, best first (ties by domain), at most `limit`. */
export function mostAligned(result: Alignment, community: string, limit = 5): Neighbour[] {
  const out: Neighbour[] = [];
  for (const p of result.pairs) {
    if (p.score === undefined || (p.a !== community && p.b !== community)) continue;
    out.push({ community: p.a === community ? p.b : p.a, score: p.score, shared: p.shared, union: p.union });
  }
  return out.sort((x, y) => y.score - x.score || compareText(x.community, y.community)).slice(0, Math.max(0, limit));
}
