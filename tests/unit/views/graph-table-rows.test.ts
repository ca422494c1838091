/** Which rows the full graph's tables list (synthetic nodes under .example). */
import { describe, expect, it } from 'vitest';
import { GRAPH_TABLES_INLINE_AT_MOST, graphTableRows, tablesInline } from '../../../src/lib/views/graph-table-rows.ts';

const node = (id: string, acting: number, kind: 'community' | 'domain' = 'domain') => ({ id, acting, kind });
const edge = (source: string, target: string) => ({ source, target });
type G = Parameters<typeof graphTableRows>[0];

describe('graphTableRows', () => {
  const graph = {
    nodes: [node('a.example', 1, 'community'), node('b.example', 0, 'community'), node('x.example', 2), node('y.example', 1), node('z.example', 3)],
    edges: [edge('a.example', 'x.example'), edge('a.example', 'z.example'), edge('b.example', 'y.example'), edge('b.example', 'z.example')],
  } as unknown as G;

  it('lists every row while the tables fit', () => {
    const rows = graphTableRows(graph, 5);
    expect(rows.nodes).toBe(graph.nodes);
    expect(rows.edges).toBe(graph.edges);
    expect([rows.nodesCut, rows.edgesCut]).toEqual([false, false]);
  });

  it('beyond, keeps the most acted-on nodes (a community first on a tie) and the edges into the most acted-on targets, in the graph order', () => {
    const rows = graphTableRows(graph, 3);
    expect(rows.nodes.map((n) => n.id)).toEqual(['a.example', 'x.example', 'z.example']);
    expect(rows.edges.map((e) => `${e.source}>${e.target}`)).toEqual(['a.example>x.example', 'a.example>z.example', 'b.example>z.example']);
    expect([rows.nodesCut, rows.edgesCut]).toEqual([true, true]);
  });

  it('never lists more than asked', () => {
    const big = { nodes: Array.from({ length: 50 }, (_, i) => node(`n${i}.example`, i % 7)), edges: Array.from({ length: 80 }, (_, i) => edge(`c${i % 9}.example`, `n${i % 50}.example`)) } as unknown as G;
    const rows = graphTableRows(big, 10);
    expect(rows.nodes).toHaveLength(10);
    expect(rows.edges).toHaveLength(10);
    expect(Math.min(...rows.nodes.map((n) => n.acting))).toBeGreaterThanOrEqual(Math.max(...big.nodes.filter((n) => !rows.nodes.includes(n)).map((n) => n.acting)));
  });
});

describe('tablesInline', () => {
  const rows = (nodes: number, edges: number) => ({ nodes: Array.from({ length: nodes }), edges: Array.from({ length: edges }) });
  it('keeps the tables below the canvas while their rows in all fit, and lists them apart beyond', () => {
    expect(tablesInline(rows(407, 1987))).toBe(true); // the curated default variant's size
    expect(tablesInline(rows(GRAPH_TABLES_INLINE_AT_MOST - 10, 10))).toBe(true);
    expect(tablesInline(rows(GRAPH_TABLES_INLINE_AT_MOST - 10, 11))).toBe(false);
    expect(tablesInline(rows(4443, 5000))).toBe(false); // the curated largest variant's rows
    expect(tablesInline(rows(3, 2), 5)).toBe(true);
    expect(tablesInline(rows(3, 3), 5)).toBe(false);
  });
});
