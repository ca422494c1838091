/** A node's radius from how many communities act on its domain. */
import { round1 } from './round.ts';

/** The radius of a node no community acts on. */
export const BASE_SIZE = 3;

/**
 * The radius for a domain `acting` communities act on: `3 + 3·√acting`, rounded to 0.1, so that a node's area
 * grows about in proportion to the count (1 → 6, 4 → 9, 25 → 18). Negative or non-finite counts count as 0.
 */
export function nodeSize(acting: number): number {
  const n = Number.isFinite(acting) && acting > 0 ? acting : 0;
  return round1(BASE_SIZE + 3 * Math.sqrt(n));
}
