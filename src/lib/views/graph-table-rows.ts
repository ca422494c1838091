/**
 * Which of the full graph's nodes and edges its HTML tables list. Every one while the graph is small enough to
 * read as a table; beyond `GRAPH_TABLE_ROWS_AT_MOST`, the most acted-on nodes and the edges into them, so a
 * variant of tens of thousands of edges does not make a page of tens of megabytes (the graph's JSON file, linked
 * under the table, holds every one). The rows keep the graph's own order.
 */
import { compareText } from '../order.ts';
import type { Graph } from '../graph/types.ts';

/** The most rows each of the full graph's tables (nodes, edges) lists. */
export const GRAPH_TABLE_ROWS_AT_MOST = 5000;

/**
 * Above this many rows in all (nodes and edges), the full graph's tables are listed on a page of their own, linked
 * from the graph's page: thousands of rows make a page of megabytes that the canvas waits for (its script runs once
 * the whole page is read).
 */
export const GRAPH_TABLES_INLINE_AT_MOST = 3000;

/** Whether the full graph's tables (their `rows`) are listed on the graph's own page, below the canvas. */
export function tablesInline(rows: { nodes: readonly unknown[]; edges: readonly unknown[] }, atMost: number = GRAPH_TABLES_INLINE_AT_MOST): boolean {
  return rows.nodes.length + rows.edges.length <= atMost;
}

/** The rows listed: the nodes and edges kept, in the graph's order, and whether any were left out. */
export interface GraphTableRows<G extends Pick<Graph, 'nodes' | 'edges'>> {
  nodes: G['nodes'];
  edges: G['edges'];
  /** True when fewer nodes than the graph's are listed. */
  nodesCut: boolean;
  /** True when fewer edges than the graph's are listed. */
  edgesCut: boolean;
}

/**
 * The table rows of `graph`: all of them when each table fits in `atMost` rows; else the `atMost` nodes the most
 * communities act on (ties: curated communities first, then by id) and the `atMost` edges into the most acted-on
 * targets (ties by source, then target).
 */
export function graphTableRows<G extends Pick<Graph, 'nodes' | 'edges'>>(graph: G, atMost: number = GRAPH_TABLE_ROWS_AT_MOST): GraphTableRows<G> {
  const acting = new Map(graph.nodes.map((n) => [n.id, n.acting]));
  let nodes = graph.nodes;
  if (nodes.length > atMost) {
    const kind = (n: G['nodes'][number]) => (n.kind === 'community' ? 0 : 1);
    const kept = new Set(
      [...nodes]
        .sort((a, b) => b.acting - a.acting || kind(a) - kind(b) || compareText(a.id, b.id))
        .slice(0, atMost)
        .map((n) => n.id),
    );
    nodes = nodes.filter((n) => kept.has(n.id)) as G['nodes'];
  }
  let edges = graph.edges;
  if (edges.length > atMost) {
    const kept = new Set(
      [...edges]
        .sort((a, b) => (acting.get(b.target) ?? 0) - (acting.get(a.target) ?? 0) || compareText(a.source, b.source) || compareText(a.target, b.target))
        .slice(0, atMost),
    );
    edges = edges.filter((e) => kept.has(e)) as G['edges'];
  }
  return { nodes, edges, nodesCut: nodes.length < graph.nodes.length, edgesCut: edges.length < graph.edges.length };
}
