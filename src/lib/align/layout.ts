/**
 * A seeded, reproducible map of alignment: communities placed so that the distance between two is about
 * 1 − their score (alike borders close, unlike far apart), by stress majorization (SMACOF) from seeded start
 * positions. No clock, no unseeded randomness: the same pairs give the same coordinates, rounded to 0.1.
 */
import { compareText } from '../order.ts';
import { seededRandom } from '../graph/random.ts';
import { round1 } from '../graph/round.ts';
import type { AlignedPair } from './alignment.ts';

/** A community's place on the alignment map, in units where distance 1 means "nothing in common" (before scaling). */
export interface AlignPoint {
  /** The community's domain. */
  id: string;
  /** x, scaled to `size`, rounded to 0.1. */
  x: number;
  /** y, scaled to `size`, rounded to 0.1. */
  y: number;
}

/** Options of the alignment layout. */
export interface AlignLayoutOptions {
  /** The seed of the start positions. Default 1. */
  seed?: number;
  /** How many majorization steps. Default 300. */
  iterations?: number;
  /** The width and height of the square the points are scaled into. Default 100. */
  size?: number;
}

/**
 * Places `ids` so that each pair's distance approaches 1 − score (a pair without a score, or not given, is
 * placed at distance 1). Ids are sorted first, so their order never matters; the result is sorted by id and scaled
 * into a `size` × `size` square.
 */
export function alignmentLayout(ids: readonly string[], pairs: readonly AlignedPair[], options: AlignLayoutOptions = {}): AlignPoint[] {
  const nodes = [...new Set(ids)].sort(compareText);
  const n = nodes.length;
  if (n === 0) return [];
  const index = new Map(nodes.map((id, i) => [id, i]));
  // The target distances as one n × n row-major array (1 where no pair says otherwise, 0 on the diagonal), and the
  // points as two columns: a thousand published lists are a million distances, read 300 times.
  const target = new Float64Array(n * n).fill(1);
  for (let i = 0; i < n; i++) target[i * n + i] = 0;
  for (const p of pairs) {
    const i = index.get(p.a);
    const j = index.get(p.b);
    if (i === undefined || j === undefined || i === j) continue;
    const d = 1 - (p.score ?? 0);
    target[i * n + j] = d;
    target[j * n + i] = d;
  }
  const random = seededRandom(options.seed ?? 1);
  let xs = new Float64Array(n);
  let ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = random() - 0.5;
    ys[i] = random() - 0.5;
  }
  let nextXs = new Float64Array(n);
  let nextYs = new Float64Array(n);
  const steps = Math.max(0, Math.floor(options.iterations ?? 300));
  for (let step = 0; step < steps; step++) {
    // Guttman transform: X' = B(X) X / n (unit weights). Each sum is taken in the same order as ever (j ascending,
    // then the diagonal term), so the coordinates are the same to the last bit.
    for (let i = 0; i < n; i++) {
      const xi = xs[i]!;
      const yi = ys[i]!;
      const row = i * n;
      let bii = 0;
      let sumX = 0;
      let sumY = 0;
      for (let j = 0; j < n; j++) {
        if (i === j) continue;
        const xj = xs[j]!;
        const yj = ys[j]!;
        const dx = xi - xj;
        const dy = yi - yj;
        const dist = Math.sqrt(dx * dx + dy * dy);
        const bij = dist > 1e-12 ? -target[row + j]! / dist : 0;
        sumX += bij * xj;
        sumY += bij * yj;
        bii -= bij;
      }
      nextXs[i] = (sumX + bii * xi) / n;
      nextYs[i] = (sumY + bii * yi) / n;
    }
    [xs, nextXs] = [nextXs, xs];
    [ys, nextYs] = [nextYs, ys];
  }
  const size = options.size ?? 100;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, xs[i]!);
    maxX = Math.max(maxX, xs[i]!);
    minY = Math.min(minY, ys[i]!);
    maxY = Math.max(maxY, ys[i]!);
  }
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  return nodes.map((id, i) => ({ id, x: round1(((xs[i]! - minX) / span) * size), y: round1(((ys[i]! - minY) / span) * size) }));
}
