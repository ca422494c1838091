/**
 * Moderation alignment: every pair of communities with known lists, scored by how alike their borders are on a
 * day (similarity.ts), and for one community, the others ranked by that score.
 */
import { compareText } from '../order.ts';
import type { PreparedCommunity } from '../reach/prepare.ts';
import { actorsCovering, indexActors } from '../reach/actors.ts';
import { members, weightOn, type LeftOut, type MemberOptions } from './borders.ts';

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

/**
 * Scores every pair of communities with known lists (published; partial too when asked) on `day`.
 *
 * The same scores as `overlap(...pairBorders(a, b, day))` for each pair (a unit test compares them), in time
 * linear in the pairs times their lists: every member's weight on each domain is asked of the reach model once,
 * and each pair is then a merge of two arrays sorted by domain number. Asking per pair took minutes with a few
 * hundred published lists.
 */
export function alignment(prepared: readonly PreparedCommunity[], day: string, options: MemberOptions = {}): Alignment {
  const split = members(prepared, options);
  const inside = [...split.members].sort((x, y) => compareText(x.community.domain, y.community.domain));
  const borders = memberBorders(inside, day);
  const pairs: AlignedPair[] = [];
  for (let i = 0; i < inside.length; i++) {
    for (let j = i + 1; j < inside.length; j++) {
      const o = mergeOverlap(borders[i]!, borders[j]!);
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

/**
 * One member's border as sorted columns: the domain numbers it names or covers, its weight on each (twice the
 * severity weight, so 0, 1 or 2: exact sums), whether it names the domain itself, and its own domain's number.
 */
interface MemberBorder {
  ids: Int32Array;
  weights: Uint8Array;
  named: Uint8Array;
  self: number;
}

/**
 * Every member's border. A pair's borders (pairBorders) span the domains either names; on a domain the other does
 * not name, the other's weight comes from a decision on a parent domain. So each member holds the domains it names
 * (weight possibly 0, a lifted decision) and those any member names that it covers through a parent (weight > 0).
 */
function memberBorders(inside: readonly PreparedCommunity[], day: string): MemberBorder[] {
  const number = new Map<string, number>();
  for (const d of [...new Set(inside.flatMap((m) => [...m.byDomain.keys()]))].sort(compareText)) number.set(d, number.size);
  const position = new Map(inside.map((p, i) => [p, i]));
  const columns = inside.map(() => ({ ids: [] as number[], weights: [] as number[], named: [] as number[] }));
  const index = indexActors(inside);
  for (const [domain, id] of number) {
    for (const p of actorsCovering(index, domain)) {
      const i = position.get(p)!;
      const names = p.byDomain.has(domain);
      const w = Math.round(weightOn(p, domain, day) * 2);
      if (!names && w === 0) continue;
      columns[i]!.ids.push(id);
      columns[i]!.weights.push(w);
      columns[i]!.named.push(names ? 1 : 0);
    }
  }
  // (A member naming its own domain is not among actorsCovering's answer for it: that domain never counts in its
  // own pairs, and in other pairs it is not the member's to weigh.)
  // Domains are visited in number order, so each member's columns are already sorted by domain number.
  return inside.map((p, i) => ({
    ids: Int32Array.from(columns[i]!.ids),
    weights: Uint8Array.from(columns[i]!.weights),
    named: Uint8Array.from(columns[i]!.named),
    self: number.get(p.community.domain) ?? -1,
  }));
}

/** Above every domain number (an Int32Array's largest value). */
const PAST_END = 0x7fffffff;

/**
 * overlap() of two members' borders over the domains either names, leaving out both members' own domains. A domain
 * counts when either member names it and either weighs it: it adds to the union, to the shared domains when both
 * weigh it, and min and max of the two weights to the agreement and the total. Written as one tight merge of the two
 * sorted columns (no closure, no object per domain): a thousand published lists are half a million pairs.
 */
function mergeOverlap(a: MemberBorder, b: MemberBorder): { agree: number; total: number; shared: number; union: number } {
  const aIds = a.ids;
  const bIds = b.ids;
  const aWeights = a.weights;
  const bWeights = b.weights;
  const aNamed = a.named;
  const bNamed = b.named;
  const aLength = aIds.length;
  const bLength = bIds.length;
  const aSelf = a.self;
  const bSelf = b.self;
  let agree = 0;
  let total = 0;
  let shared = 0;
  let union = 0;
  let i = 0;
  let j = 0;
  // A column read past its end gives PAST_END, above every domain number: the other column's rest is then one-sided.
  while (i < aLength || j < bLength) {
    const ia = i < aLength ? aIds[i]! : PAST_END;
    const ib = j < bLength ? bIds[j]! : PAST_END;
    if (ia === ib) {
      const x = aWeights[i]!;
      const y = bWeights[j]!;
      if ((aNamed[i]! === 1 || bNamed[j]! === 1) && ia !== aSelf && ia !== bSelf && (x > 0 || y > 0)) {
        union++;
        if (x > 0 && y > 0) shared++;
        agree += x < y ? x : y;
        total += x > y ? x : y;
      }
      i++;
      j++;
    } else if (ia < ib) {
      const x = aWeights[i]!;
      if (aNamed[i]! === 1 && ia !== aSelf && ia !== bSelf && x > 0) {
        union++;
        total += x;
      }
      i++;
    } else {
      const y = bWeights[j]!;
      if (bNamed[j]! === 1 && ib !== aSelf && ib !== bSelf && y > 0) {
        union++;
        total += y;
      }
      j++;
    }
  }
  return { agree: agree / 2, total: total / 2, shared, union };
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

/** Every member's scored neighbours, best first (ties by domain): build it once per result with `neighbourIndex`. */
export type NeighbourIndex = ReadonlyMap<string, readonly Neighbour[]>;

/** The communities whose borders are most like `community`'s, best first (ties by domain), at most `limit`. */
export function mostAligned(neighbours: NeighbourIndex, community: string, limit = 5): Neighbour[] {
  return (neighbours.get(community) ?? []).slice(0, Math.max(0, limit));
}

/** How many of its most aligned communities a server page lists (src/components/rows/server-page-markup.ts), and so the most the atlas keeps. */
export const ALIGNED_SHOWN = 5;

/** Orders neighbours: highest score first, then by domain in code-point order. */
function compareNeighbours(x: Neighbour, y: Neighbour): number {
  return y.score - x.score || compareText(x.community, y.community);
}

/**
 * Every member's scored neighbours, best first, indexed once per result (the atlas keeps it): every server page
 * asks for its own, and scanning every pair for each made the build quadratic in the members. With `keep`, each
 * member keeps only its `keep` best (the same as the first `keep` of the whole list): a thousand published lists are
 * a million neighbours, held for the whole build, where a server page shows five.
 */
export function neighbourIndex(result: Alignment, keep = Infinity): NeighbourIndex {
  const index = new Map<string, Neighbour[]>();
  const add = (of: string, n: Neighbour) => {
    const list = index.get(of);
    if (list) list.push(n);
    else index.set(of, [n]);
  };
  for (const p of result.pairs) {
    if (p.score === undefined) continue;
    add(p.a, { community: p.b, score: p.score, shared: p.shared, union: p.union });
    add(p.b, { community: p.a, score: p.score, shared: p.shared, union: p.union });
  }
  for (const list of index.values()) {
    list.sort(compareNeighbours);
    if (list.length > keep) list.length = Math.max(0, keep);
  }
  return index;
}

/** A community's part in an alignment: a member, or left out (and why), or neither (not curated). */
export interface AlignmentPart {
  /** Whether its borders are compared (its list is published). */
  member: boolean;
  /** Why it is left out, when it is. */
  leftOut?: LeftOut;
}

/**
 * Each community's part in `result`, looked up by domain from maps made once per result (the atlas keeps it):
 * every server page asks for its own, and scanning the members and the left-out list for each page made the
 * build quadratic in the servers (72 s of a 30,000-server build).
 */
export function alignmentParts(result: Pick<Alignment, 'members' | 'leftOut'>): (community: string) => AlignmentPart {
  const members = new Set(result.members);
  const left = new Map(result.leftOut.map((l) => [l.community, l]));
  return (community) => {
    const leftOut = left.get(community);
    return { member: members.has(community), ...(leftOut ? { leftOut } : {}) };
  };
}
