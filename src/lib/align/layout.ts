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
  const target: number[][] = nodes.map(() => nodes.map(() => 1));
  for (let i = 0; i < n; i++) target[i]![i] = 0;
  for (const p of pairs) {
    const i = index.get(p.a);
    const j = index.get(p.b);
    if (i === undefined || j === undefined || i === j) continue;
    const d = 1 - (p.score ?? 0);
    target[i]![j] = d;
    target[j]![i] = d;
  }
  const random = seededRandom(options.seed ?? 1);
  let x = nodes.map(() => [random() - 0.5, random() - 0.5] as [number, number]);
  const steps = Math.max(0, Math.floor(options.iterations ?? 300));
  for (let step = 0; step < steps; step++) {
    // Guttman transform: X' = B(X) X / n (unit weights).
    const next = nodes.map(() => [0, 0] as [number, number]);
    for (let i = 0; i < n; i++) {
      let bii = 0;
      for (let j = 0; j < n; j++) {
        if (i === j) continue;
        const dx = x[i]![0] - x[j]![0];
        const dy = x[i]![1] - x[j]![1];
        const dist = Math.sqrt(dx * dx + dy * dy);
        const bij = dist > 1e-12 ? -target[i]![j]! / dist : 0;
        next[i]![0] += bij * x[j]![0];
        next[i]![1] += bij * x[j]![1];
        bii -= bij;
      }
      next[i]![0] += bii * x[i]![0];
      next[i]![1] += bii * x[i]![1];
    }
    x = next.map(([a, b]) => [a / n, b / n]);
  }
  const size = options.size ?? 100;
  const xs = x.map((p) => p[0]);
  const ys = x.map((p) => p[1]);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const span = Math.max(Math.max(...xs) - minX, Math.max(...ys) - minY) || 1;
  return nodes.map((id, i) => ({ id, x: round1(((x[i]![0] - minX) / span) * size), y: round1(((x[i]![1] - minY) / span) * size) }));
}
