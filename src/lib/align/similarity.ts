/**
 * How alike two communities' borders are: a severity-aware Jaccard index (the weighted Jaccard, or Ruzicka,
 * similarity) over the domains either of them acts on.
 *
 * Each community gives every domain a weight: 1 when it suspends it, ½ when it limits it, 0 otherwise. The score of
 * two communities is Σ min(a, b) ÷ Σ max(a, b) over the domains either acts on. So identical borders score 1,
 * borders with no domain in common score 0, and a domain one suspends and the other only limits counts half as
 * agreement (½ ÷ 1), where both suspending counts whole. Two communities that act on nothing have no score (the
 * ratio is 0 ÷ 0): the atlas says so rather than inventing one.
 */

/** The weight a state gives a domain: suspends 1, limits ½, anything else 0. */
export const SEVERITY_WEIGHT = { suspends: 1, limits: 0.5 } as const;

/** A border: the weight of each domain a community acts on (1 suspends, ½ limits). Domains absent weigh 0. */
export type Border = ReadonlyMap<string, number>;

/** The parts of a score: the sums it is the ratio of, and how many domains both or either act on. */
export interface Overlap {
  /** Σ min(a, b): the agreement. */
  agree: number;
  /** Σ max(a, b): the agreement possible. */
  total: number;
  /** How many domains both act on (whatever the severity). */
  shared: number;
  /** How many domains either acts on. */
  union: number;
}

/** The sums behind the score of two borders. Domains are visited in code-point order, so sums are reproducible. */
export function overlap(a: Border, b: Border): Overlap {
  const domains = [...new Set([...a.keys(), ...b.keys()])].sort();
  let agree = 0;
  let total = 0;
  let shared = 0;
  let union = 0;
  for (const d of domains) {
    const x = a.get(d) ?? 0;
    const y = b.get(d) ?? 0;
    if (x === 0 && y === 0) continue;
    union++;
    if (x > 0 && y > 0) shared++;
    agree += Math.min(x, y);
    total += Math.max(x, y);
  }
  return { agree, total, shared, union };
}

/**
 * The severity-aware Jaccard index of two borders, from 0 (nothing in common) to 1 (the same domains at the same
 * severities); undefined when neither acts on any domain.
 */
export function similarity(a: Border, b: Border): number | undefined {
  const o = overlap(a, b);
  return o.total === 0 ? undefined : o.agree / o.total;
}
