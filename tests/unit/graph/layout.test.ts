/** The seeded force layout: same input in any order → same coordinates; no NaN; bounded; scales. */
import { randomLcg } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullGraph } from '../../../src/lib/graph/full-graph.ts';
import { layoutGraph, ringLayout, type LayoutEdgeInput, type LayoutNodeInput } from '../../../src/lib/graph/layout.ts';
import { seededRandom } from '../../../src/lib/graph/random.ts';
import { loadFixtures } from '../reach/helpers.ts';

/** A shuffle driven by a seed, so the test itself is reproducible. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A synthetic graph: n nodes, about 2n edges, some coincident-prone isolated nodes. */
function synthetic(n: number, seed: number): { nodes: LayoutNodeInput[]; edges: LayoutEdgeInput[] } {
  const random = seededRandom(seed);
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}.example`, size: 3 + (i % 5) }));
  const edges: LayoutEdgeInput[] = [];
  for (let i = 0; i < 2 * n; i++) edges.push({ source: nodes[Math.floor(random() * n)]!.id, target: nodes[Math.floor(random() * Math.max(1, n / 10))]!.id });
  return { nodes, edges };
}

function expectSane(layout: ReturnType<typeof layoutGraph>, n: number, bound: number) {
  expect(layout.positions).toHaveLength(n);
  for (const p of layout.positions) {
    expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(Math.abs(p.x)).toBeLessThanOrEqual(bound);
    expect(Math.abs(p.y)).toBeLessThanOrEqual(bound);
    expect(Math.abs(p.x * 10 - Math.round(p.x * 10))).toBeLessThan(1e-9);
    expect(Math.abs(p.y * 10 - Math.round(p.y * 10))).toBeLessThan(1e-9);
    expect(Object.is(p.x, -0) || Object.is(p.y, -0)).toBe(false);
  }
}

describe('seededRandom', () => {
  it('gives d3\'s randomLcg sequence for an integer seed, in [0, 1)', () => {
    for (const seed of [1, 42, 123456789]) {
      const ours = seededRandom(seed);
      const d3s = randomLcg(seed);
      for (let i = 0; i < 100; i++) {
        const v = ours();
        expect(v).toBe(d3s());
        expect(v >= 0 && v < 1).toBe(true);
      }
    }
  });
});

describe('layoutGraph', () => {
  it('the fixtures\' full graph: same layout however the nodes and edges are ordered', () => {
    const g = fullGraph([...loadFixtures().values()], '2025-06-01');
    const a = layoutGraph(g);
    for (const seed of [1, 2, 3]) expect(layoutGraph({ nodes: shuffled(g.nodes, seed), edges: shuffled(g.edges, seed + 10) })).toEqual(a);
    expect(a.positions.map((p) => p.id)).toEqual(g.nodes.map((n) => n.id));
    expectSane(a, g.nodes.length, 1000);
  });

  it('property: any graph, any order, gives the same, finite, bounded, rounded layout', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.nat(), fc.nat(), (n, seed, order) => {
        const g = synthetic(n, seed);
        const a = layoutGraph(g, { ticks: 60 });
        expect(layoutGraph({ nodes: shuffled(g.nodes, order), edges: shuffled(g.edges, order + 1) }, { ticks: 60 })).toEqual(a);
        expectSane(a, n, 2000);
        if (n === 0) expect(a.extent).toEqual({ minX: 0, minY: 0, maxX: 0, maxY: 0 });
      }),
      { numRuns: 40 },
    );
  });

  it('a small triangle: three distinct spots, the same with the same seed', () => {
    const g = { nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], edges: [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }, { source: 'a', target: 'c' }] };
    const a = layoutGraph(g, { seed: 7 });
    expect(layoutGraph(g, { seed: 7 })).toEqual(a);
    expectSane(a, 3, 500);
    const spots = new Set(a.positions.map((p) => `${p.x},${p.y}`));
    expect(spots.size).toBe(3);
    expect(layoutGraph(g, { seed: 8 })).not.toEqual(a);
  });

  it('linked nodes end up nearer each other than unlinked ones: two cliques stay apart', () => {
    const ids = (p: string) => Array.from({ length: 8 }, (_, i) => `${p}${i}`);
    const clique = (members: string[]) => members.flatMap((a, i) => members.slice(i + 1).map((b) => ({ source: a, target: b })));
    const [left, right] = [ids('l'), ids('r')];
    const layout = layoutGraph({ nodes: [...left, ...right].map((id) => ({ id })), edges: [...clique(left), ...clique(right)] });
    const at = new Map(layout.positions.map((p) => [p.id, p]));
    const dist = (a: string, b: string) => Math.hypot(at.get(a)!.x - at.get(b)!.x, at.get(a)!.y - at.get(b)!.y);
    const mean = (pairs: [string, string][]) => pairs.reduce((s, [a, b]) => s + dist(a, b), 0) / pairs.length;
    const within = mean([...clique(left), ...clique(right)].map((e) => [e.source, e.target]));
    const across = mean(left.flatMap((a) => right.map((b): [string, string] => [a, b])));
    expect(within * 2).toBeLessThan(across);
  });

  it('edges to unknown nodes and repeated ids are errors; self-loops are ignored', () => {
    expect(() => layoutGraph({ nodes: [{ id: 'a' }], edges: [{ source: 'a', target: 'b' }] })).toThrow(RangeError);
    expect(() => layoutGraph({ nodes: [{ id: 'a' }, { id: 'a' }], edges: [] })).toThrow(/twice/);
    expect(layoutGraph({ nodes: [{ id: 'a' }], edges: [{ source: 'a', target: 'a' }] }).positions).toHaveLength(1);
  });

  it('scales: 2,000 nodes and 4,000 edges finish with every node placed (count only, no timing)', () => {
    const g = synthetic(2000, 5);
    const layout = layoutGraph(g);
    expectSane(layout, 2000, 20_000);
    expect(new Set(layout.positions.map((p) => p.id)).size).toBe(2000);
  }, 120_000);
});

describe('ringLayout, for graphs too large to simulate', () => {
  const nodes = Array.from({ length: 60 }, (_, i) => ({ id: `n${String(i).padStart(2, '0')}` }));
  const edges = nodes.slice(2).map((n, i) => ({ source: i % 3 === 0 ? 'n01' : 'n00', target: n.id }));

  it('past simulateAtMost, layoutGraph places nodes on rings: the same in any input order, one node a cell', () => {
    const a = layoutGraph({ nodes, edges }, { simulateAtMost: 50 });
    expect(a).toEqual(ringLayout({ nodes, edges }));
    expect(layoutGraph({ nodes: [...nodes].reverse(), edges: [...edges].reverse() }, { simulateAtMost: 50 })).toEqual(a);
    expect(a.positions.map((p) => p.id)).toEqual(nodes.map((n) => n.id));
    expect(new Set(a.positions.map((p) => `${p.x},${p.y}`)).size).toBe(60);
    expect(a).not.toEqual(layoutGraph({ nodes, edges }));
  });
  it('the most linked node at the centre, the next one beside it', () => {
    const at = new Map(ringLayout({ nodes, edges }).positions.map((p) => [p.id, p]));
    expect(at.get('n00')).toEqual({ id: 'n00', x: 0, y: 0 });
    const second = at.get('n01')!;
    expect(Math.hypot(second.x, second.y)).toBeLessThanOrEqual(Math.hypot(at.get('n59')!.x, at.get('n59')!.y));
  });
  it('rejects the same broken graphs as the simulation', () => {
    expect(() => ringLayout({ nodes: [{ id: 'a' }, { id: 'a' }], edges: [] })).toThrow(RangeError);
    expect(() => ringLayout({ nodes: [{ id: 'a' }], edges: [{ source: 'a', target: 'b' }] })).toThrow(RangeError);
    expect(ringLayout({ nodes: [], edges: [] }).extent).toEqual({ minX: 0, minY: 0, maxX: 0, maxY: 0 });
  });
});
