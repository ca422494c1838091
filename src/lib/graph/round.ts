/** Rounding for coordinates and sizes: same input, same digits, never "-0". */

/** Rounds to one decimal place (0.1), turning -0 into 0. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10 || 0;
}
