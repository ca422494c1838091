/** A seeded random source for layouts: the same seed gives the same numbers on every machine. */

/**
 * A linear congruential generator returning numbers in [0, 1), the same as d3-random's `randomLcg` for an
 * integer seed (multiplier 1664525, increment 1013904223, modulo 2³²). Only the integer part of `seed` is used.
 */
export function seededRandom(seed: number): () => number {
  let state = Math.trunc(Number.isFinite(seed) ? Math.abs(seed) : 0) | 0;
  return () => {
    state = (Math.imul(0x19660d, state) + 0x3c6ef35f) | 0;
    return (state >>> 0) / 0x100000000;
  };
}
