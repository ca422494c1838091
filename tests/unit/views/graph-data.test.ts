/** The full graph's JSON for the canvas. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullGraph } from '../../../src/lib/graph/full-graph.ts';
import { layoutGraph } from '../../../src/lib/graph/layout.ts';
import { decodeGraph, defaultMinActing, EDGE_STATES, encodeGraph, minActingSteps, sizesByMinActing } from '../../../src/lib/views/graph-data.ts';
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
    // An edge to a node out of range, and one of an unknown state, are dropped; a day or evidence index out of range is left out.
    const nodes = [['a', 'c', 0, 0, 3, 0], ['b', 'd', 1, 1, 3, 1]];
    const edges = { sources: [0, 4], targets: [5, -4, 0, 0], states: '0902', since: [0, -1, 7, 0], evidence: [0, 0, 3, -1] };
    expect(decodeGraph({ day: 'd', minActing: 1, nodes, edges, days: ['2024-05-01'], evidence: ['https://a.example/list'] }).edges).toEqual([
      { source: 0, target: 1, state: 'suspends' },
      { source: 0, target: 1, state: 'reaches', since: '2024-05-01' },
    ]);
    expect(decodeGraph({ day: 'd', minActing: 1, nodes, edges: [[0, 1, 0]] }).edges).toEqual([]);
  });
  it('reads each listed day and URL once for every edge naming it: a URL that is not http(s) and a day that is not one are left out wherever named', () => {
    const nodes = [['a', 'c', 0, 0, 3, 0], ['b', 'd', 1, 1, 3, 1], ['c', 'd', 2, 2, 3, 1]];
    const edges = { sources: [0, 2], targets: [1, 1], states: '00', since: [0, 1], evidence: [1, 0] };
    const decoded = decodeGraph({ day: 'd', minActing: 1, nodes, edges, days: ['<2023-02-01', 'soon'], evidence: ['https://a.example/list', 'javascript:alert(1)'] });
    expect(decoded.edges).toEqual([
      { source: 0, target: 1, state: 'suspends', since: { on_or_before: '2023-02-01' } },
      { source: 0, target: 2, state: 'suspends', evidence: 'https://a.example/list' },
    ]);
    // Edges naming one day "on or before" share it, frozen, so none can change another's.
    const twice = decodeGraph({ day: 'd', minActing: 1, nodes, edges: { sources: [0, 2], targets: [1, 1], states: '00', since: [0, 0], evidence: [0, 0] }, days: ['<2023-02-01'], evidence: ['https://a.example/list'] });
    expect(twice.edges[0]!.since).toBe(twice.edges[1]!.since);
    expect(Object.isFrozen(twice.edges[0]!.since)).toBe(true);
  });
  it('writes the edges column by column: one run per source, a state digit per edge, each day and evidence URL once', () => {
    const payload = encodeGraph(graph, layout, 1);
    expect(payload.edges.states).toMatch(/^[012]*$/);
    expect(payload.edges.states.length).toBe(graph.edges.length);
    expect(payload.edges.sources.filter((_, i) => i % 2 === 1).reduce((a, b) => a + b, 0)).toBe(graph.edges.length);
    // One run per source: the edges are sorted by source.
    expect(new Set(payload.edges.sources.filter((_, i) => i % 2 === 0)).size).toBe(payload.edges.sources.length / 2);
    expect(new Set(payload.days).size).toBe(payload.days.length);
    expect(payload.days.every((d) => /^<?\d{4}(-\d{2}){0,2}$/.test(d))).toBe(true);
    expect([...payload.edges.states].map((c) => EDGE_STATES[Number(c)])).toEqual(graph.edges.map((e) => e.state));
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
