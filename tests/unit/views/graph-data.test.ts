/** The full graph's JSON for the canvas. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullGraph } from '../../../src/lib/graph/full-graph.ts';
import { layoutGraph } from '../../../src/lib/graph/layout.ts';
import { decodeGraph, defaultMinActing, encodeGraph, minActingSteps, sizesByMinActing } from '../../../src/lib/views/graph-data.ts';
import { loadFixtures } from '../reach/helpers.ts';

const servers = [...loadFixtures().values()];

describe('encodeGraph and decodeGraph', () => {
  const graph = fullGraph(servers, '2025-06-01');
  const layout = layoutGraph(graph);

  it('round-trips every node (with its place) and edge', () => {
    const payload = JSON.parse(JSON.stringify(encodeGraph(graph, layout, 1)));
    const decoded = decodeGraph(payload);
    expect(decoded.day).toBe('2025-06-01');
    expect(decoded.nodes.map((n) => [n.id, n.community, n.r, n.acting])).toEqual(graph.nodes.map((n) => [n.id, n.kind === 'community', n.size, n.acting]));
    const at = new Map(layout.positions.map((p) => [p.id, p]));
    for (const n of decoded.nodes) expect([n.x, n.y]).toEqual([at.get(n.id)!.x, at.get(n.id)!.y]);
    expect(decoded.edges.map((e) => [decoded.nodes[e.source]!.id, decoded.nodes[e.target]!.id, e.state])).toEqual(graph.edges.map((e) => [e.source, e.target, e.state]));
  });
  it('round-trips display names, each edge\'s since and evidence, with each evidence URL listed once', () => {
    const payload = encodeGraph(graph, layout, 1);
    const decoded = decodeGraph(JSON.parse(JSON.stringify(payload)));
    expect(decoded.nodes.map((n) => n.name)).toEqual(graph.nodes.map((n) => (n.name !== undefined && n.name !== n.id ? n.name : undefined)));
    expect(decoded.nodes.find((n) => n.id === 'precision.example')?.name).toBe('Reach fixture precision.example');
    expect(decoded.edges.map((e) => [e.since, e.evidence])).toEqual(graph.edges.map((e) => [e.since, e.evidence]));
    expect(graph.edges.some((e) => typeof e.since === 'object')).toBe(true);
    expect(graph.edges.filter((e) => e.state !== 'reaches').every((e) => e.evidence?.startsWith('https://'))).toBe(true);
    expect(new Set(payload.evidence).size).toBe(payload.evidence.length);
    expect(payload.evidence.length).toBeLessThan(graph.edges.length);
  });
  it('a smaller variant takes its places from the larger layout', () => {
    const small = fullGraph(servers, '2025-06-01', { minActing: 2 });
    const decoded = decodeGraph(encodeGraph(small, layout, 2));
    expect(decoded.minActing).toBe(2);
    expect(decoded.nodes.length).toBe(small.nodes.length);
  });
  it('refuses a layout without the graph\'s nodes, and a payload that is not a graph', () => {
    expect(() => encodeGraph(graph, { positions: [], extent: { minX: 0, minY: 0, maxX: 0, maxY: 0 } }, 1)).toThrow(RangeError);
    expect(() => decodeGraph({ nodes: 'x' })).toThrow(TypeError);
    expect(decodeGraph({ day: 'd', minActing: 1, nodes: [['a', 'c', 0, 0, 3, 0]], edges: [[0, 5, 0], [0, 0, 9]] }).edges).toEqual([]);
  });
});

describe('variants', () => {
  it('steps 1, 2, 3, 5, 10, 20, 50, 100 … up to the most acting', () => {
    expect(minActingSteps(0)).toEqual([1]);
    expect(minActingSteps(1)).toEqual([1]);
    expect(minActingSteps(4)).toEqual([1, 2, 3]);
    expect(minActingSteps(120)).toEqual([1, 2, 3, 5, 10, 20, 50, 100]);
  });
  it('the default is the smallest light enough variant, else the largest minActing', () => {
    const sizes = [
      { minActing: 1, nodes: 4000, edges: 14000 },
      { minActing: 2, nodes: 900, edges: 3000 },
      { minActing: 3, nodes: 500, edges: 1800 },
      { minActing: 5, nodes: 300, edges: 900 },
    ];
    expect(defaultMinActing(sizes)).toBe(3);
    expect(defaultMinActing(sizes.slice(0, 2))).toBe(2);
    expect(defaultMinActing([{ minActing: 1, nodes: 4, edges: 1 }])).toBe(1);
  });
});

describe('sizesByMinActing', () => {
  it('counts what fullGraph keeps for each minActing', () => {
    const day = '2025-06-01';
    const largest = fullGraph(servers, day);
    const max = Math.max(...largest.nodes.map((n) => n.acting));
    const sizes = sizesByMinActing(largest, max + 1);
    expect(sizes).toHaveLength(max + 1);
    for (const s of sizes) {
      const g = fullGraph(servers, day, { minActing: s.minActing });
      expect([s.nodes, s.edges]).toEqual([g.nodes.length, g.edges.length]);
    }
  });
});

describe('sizesByMinActing on graphs fullGraph does not make', () => {
  /** The definition, asked of every n: the reference the linear count must agree with. */
  function bruteForce(graph: { nodes: { id: string; kind: 'community' | 'domain'; acting: number }[]; edges: { source: string; target: string }[] }, max: number) {
    const acting = new Map(graph.nodes.map((n) => [n.id, n.kind === 'community' ? Infinity : n.acting]));
    return Array.from({ length: Math.max(1, max) }, (_, i) => {
      const n = i + 1;
      return {
        minActing: n,
        nodes: [...acting.values()].filter((a) => a >= n).length,
        edges: graph.edges.filter((e) => (acting.get(e.source) ?? 0) >= n && (acting.get(e.target) ?? 0) >= n).length,
      };
    });
  }

  it('agrees with asking every n, for random graphs (edges between domains, to missing nodes, acting above max)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ kind: fc.constantFrom('community' as const, 'domain' as const), acting: fc.integer({ min: 0, max: 12 }) }), { maxLength: 15 }),
        fc.array(fc.tuple(fc.nat(17), fc.nat(17)), { maxLength: 40 }),
        fc.integer({ min: 0, max: 10 }),
        (specs, pairs, max) => {
          const nodes = specs.map((s, i) => ({ id: `n${i}`, ...s }));
          const edges = pairs.map(([s, t]) => ({ source: `n${s}`, target: `n${t}` }));
          const graph = { nodes, edges } as unknown as Parameters<typeof sizesByMinActing>[0];
          expect(sizesByMinActing(graph, max)).toEqual(bruteForce({ nodes, edges }, max));
        },
      ),
    );
  });
});
