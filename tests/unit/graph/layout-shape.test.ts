/** Layouts shared by graphs of one shape: the same coordinates `layoutGraph` gives, under each graph's own ids. */
import { describe, expect, it } from 'vitest';
import { layoutGraph, type LayoutEdgeInput, type LayoutNodeInput, type LayoutOptions } from '../../../src/lib/graph/layout.ts';
import { layoutShape, shapeMemo, type LayoutInput } from '../../../src/lib/graph/layout-shape.ts';

/** A star: a domain and `n` communities acting on it, with radii as a domain page's focused graph has them. */
function star(focus: string, communities: readonly string[], sizes: readonly number[] = []): LayoutInput {
  const nodes: LayoutNodeInput[] = [{ id: focus, size: 3 + 3 * Math.sqrt(communities.length) }, ...communities.map((id, i) => ({ id, size: sizes[i] ?? 6 }))];
  const edges: LayoutEdgeInput[] = communities.map((c) => ({ source: c, target: focus }));
  return { nodes, edges };
}

describe('layoutShape', () => {
  it('is the same for graphs alike but for their ids, when the ids sort alike', () => {
    const a = star('m.example', ['a.example', 'b.example', 'z.example']);
    const b = star('k.test', ['c.test', 'd.test', 'x.test']);
    expect(layoutShape(a)?.key).toBe(layoutShape(b)?.key);
  });
  it('differs when the focus sorts elsewhere among its nodes, a radius differs, an edge differs, or the options differ', () => {
    const base = layoutShape(star('m.example', ['a.example', 'b.example']))!.key;
    expect(layoutShape(star('0.example', ['a.example', 'b.example']))!.key).not.toBe(base);
    expect(layoutShape(star('m.example', ['a.example', 'b.example'], [6, 9]))!.key).not.toBe(base);
    const g = star('m.example', ['a.example', 'b.example']);
    expect(layoutShape({ nodes: g.nodes, edges: [...g.edges, { source: 'a.example', target: 'b.example' }] })!.key).not.toBe(base);
    expect(layoutShape(g, { simulateAtMost: 1 })!.key).not.toBe(base);
    expect(layoutShape(g, { seed: 2 })!.key).not.toBe(base);
  });
  it('is undefined for a graph layoutGraph refuses (a repeated id, an edge to nowhere)', () => {
    expect(layoutShape({ nodes: [{ id: 'a' }, { id: 'a' }], edges: [] })).toBeUndefined();
    expect(layoutShape({ nodes: [{ id: 'a' }], edges: [{ source: 'a', target: 'b' }] })).toBeUndefined();
  });
});

describe('shapeMemo', () => {
  const cases: [string, LayoutInput, LayoutOptions][] = [
    ['a star, simulated', star('m.example', ['a.example', 'b.example', 'z.example', 'q.example']), {}],
    ['a star on rings', star('m.example', ['a.example', 'b.example', 'z.example', 'q.example']), { simulateAtMost: 2 }],
    ['a lone node', { nodes: [{ id: 'solo.example' }], edges: [] }, {}],
  ];
  for (const [name, graph, options] of cases) {
    it(`gives ${name} exactly layoutGraph's coordinates, computed or remembered`, () => {
      let runs = 0;
      const memo = shapeMemo((g, o) => {
        runs++;
        return layoutGraph(g, o);
      });
      const rename = (id: string) => id.replace(/\.example$/, '.test');
      const twin: LayoutInput = { nodes: graph.nodes.map((n) => ({ ...n, id: rename(n.id) })), edges: graph.edges.map((e) => ({ source: rename(e.source), target: rename(e.target) })) };
      expect(memo(graph, options)).toEqual(layoutGraph(graph, options));
      expect(memo(twin, options)).toEqual(layoutGraph(twin, options));
      expect(runs).toBe(1);
    });
  }
  it('lays out a graph of another shape afresh', () => {
    let runs = 0;
    const memo = shapeMemo((g, o) => {
      runs++;
      return layoutGraph(g, o);
    });
    memo(star('m.example', ['a.example']));
    memo(star('m.example', ['a.example', 'b.example']));
    expect(runs).toBe(2);
  });
  it('passes a graph layoutGraph refuses on, so it throws as layoutGraph does', () => {
    expect(() => shapeMemo()({ nodes: [{ id: 'a' }, { id: 'a' }], edges: [] })).toThrow(RangeError);
  });
});
