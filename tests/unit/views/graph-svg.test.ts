/** Placing a small graph in an SVG box. */
import { describe, expect, it } from 'vitest';
import { domainSubgraph } from '../../../src/lib/graph/domain-subgraph.ts';
import { layoutGraph } from '../../../src/lib/graph/layout.ts';
import { edgePath, MAX_SCALE, neighbours, placeGraph } from '../../../src/lib/views/graph-svg.ts';
import { loadFixtures } from '../reach/helpers.ts';

const servers = [...loadFixtures().values()];

describe('placeGraph', () => {
  const graph = domainSubgraph(servers, 'threads.net', '2025-06-01');
  const layout = layoutGraph(graph);
  const placed = placeGraph(graph, layout, { width: 640 });

  it('keeps every node inside the box, leaving room for labels', () => {
    expect(placed.nodes.map((n) => n.node.id)).toEqual(graph.nodes.map((n) => n.id));
    for (const n of placed.nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(placed.width);
      expect(n.y - n.r).toBeGreaterThanOrEqual(0);
      expect(n.y + n.r).toBeLessThanOrEqual(placed.height);
      expect(n.label.anchor === 'start' ? n.label.x > n.x : n.label.x < n.x).toBe(true);
    }
  });
  it('one path per edge, same order, and the same output every time', () => {
    expect(placed.edges.map((e) => [e.edge.source, e.edge.target])).toEqual(graph.edges.map((e) => [e.source, e.target]));
    expect(placeGraph(graph, layoutGraph(graph), { width: 640 })).toEqual(placed);
  });
  it('never enlarges a layout more than MAX_SCALE', () => {
    const two = { day: '2025-06-01', nodes: graph.nodes.slice(0, 2), edges: [] };
    const p = placeGraph(two, { positions: [{ id: two.nodes[0]!.id, x: 0, y: 0 }, { id: two.nodes[1]!.id, x: 10, y: 0 }], extent: { minX: 0, minY: 0, maxX: 10, maxY: 0 } });
    expect(p.nodes[1]!.x - p.nodes[0]!.x).toBe(10 * MAX_SCALE);
    expect(p.height).toBe(160);
  });
  it('a layout without a node of the graph is an error', () => {
    expect(() => placeGraph(graph, { positions: [], extent: { minX: 0, minY: 0, maxX: 0, maxY: 0 } })).toThrow(RangeError);
  });
});

describe('edgePath', () => {
  it('a straight edge runs from rim to rim, short of the target by the arrow', () => {
    expect(edgePath({ x: 0, y: 0, r: 5 }, { x: 100, y: 0, r: 10 }, false, 6)).toBe('M5,0L84,0');
  });
  it('curved edges in opposite directions bend to opposite sides', () => {
    const a = { x: 0, y: 0, r: 5 };
    const b = { x: 100, y: 0, r: 5 };
    const there = edgePath(a, b, true, 6);
    const back = edgePath(b, a, true, 6);
    const qy = (d: string) => Number(/Q[-\d.]+,([-\d.]+)/.exec(d)![1]);
    expect(Math.sign(qy(there))).toBe(-Math.sign(qy(back)));
  });
});

describe('neighbours', () => {
  it('both directions, sorted, isolated nodes included', () => {
    const g = { nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }], edges: [{ source: 'b', target: 'a' }, { source: 'c', target: 'a' }] };
    expect(neighbours(g as never)).toEqual(new Map([['a', ['b', 'c']], ['b', ['a']], ['c', ['a']], ['d', []]]));
  });
});
