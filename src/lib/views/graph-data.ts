/**
 * The full graph as the compact JSON the /graph/ page's canvas reads (`data/graph/min-<n>.json`): nodes with
 * their build-time positions, and edges column by column (runs of one source, targets as steps, states as one digit
 * each, and each edge's day and evidence as indices into lists of the distinct ones). Encoding happens at build
 * time, decoding in the browser (and in every other reader: the bench, the tests); both live here so the two never
 * disagree.
 */
import { edgeColumnWriter, readEdgeColumns } from './edge-columns.ts';
import type { Layout } from '../graph/layout.ts';
import type { Graph, GraphEdge } from '../graph/types.ts';
import type { Since } from '../schema/decision.ts';

/**
 * Above this many edges the full graph's canvas draws every edge as a solid hairline without arrowheads: dashing
 * and arrowheads cost more than the lines themselves (78,000 dashed edges took 22 s to draw in headless
 * Chromium). The states stay told apart by colour there, by dash on the selected node's edges, and in words in
 * the tables below the canvas; the page says so under the legend.
 */
export const DENSE_EDGES_ABOVE = 20_000;

/** The edge states in code order: an edge's code is its index here. */
export const EDGE_STATES = ['suspends', 'limits', 'reaches'] as const satisfies readonly GraphEdge['state'][];

/** One node: id, kind (`c` a curated community, `d` another domain), x, y, radius, how many act on it, and a curated server's display name. */
export type PayloadNode = [id: string, kind: 'c' | 'd', x: number, y: number, r: number, acting: number, name?: string];

/**
 * The edges, one column per field, in the payload's edge order (sorted by source, then target): less than half the size
 * of one array per edge, and quicker to parse.
 */
export interface PayloadEdges {
  /** Runs of edges from one source, in order: `[source index, how many edges, source index, how many, …]`. */
  sources: number[];
  /** Each edge's target index less the target index of the edge before it in its run (the first: less 0). */
  targets: number[];
  /** Each edge's state code (its index in EDGE_STATES), one digit per edge. */
  states: string;
  /** Each edge's index in the payload's `days` (when the deciding decision began), or -1 when unknown. */
  since: number[];
  /** Each edge's index in the payload's `evidence`, or -1 when it has none. */
  evidence: number[];
}

/** The file. */
export interface GraphPayload {
  /** The day the states hold. */
  day: string;
  /** The variant: domains that at least this many communities act on. */
  minActing: number;
  /** Nodes sorted by id. */
  nodes: PayloadNode[];
  /** Edges sorted by source, then target. */
  edges: PayloadEdges;
  /** The days the edges' decisions began, each once, sorted: `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`), or `<YYYY-MM-DD` for "on or before". */
  days: string[];
  /** The edges' evidence URLs, each once, sorted. */
  evidence: string[];
}

/** A decoded node, for drawing. */
export interface DrawNode {
  id: string;
  community: boolean;
  x: number;
  y: number;
  r: number;
  acting: number;
  /** A curated server's display name. */
  name?: string;
}

/** A decoded edge, for drawing: its ends as node indices, and what the deciding decision says when known. */
export interface DrawEdge {
  source: number;
  target: number;
  state: (typeof EDGE_STATES)[number];
  /** When the deciding decision began. */
  since?: Since;
  /** The URL of its evidence. */
  evidence?: string;
}

/**
 * Encodes a graph with positions from `layout` (which may be the layout of a larger graph holding every node of
 * this one: the variants of the full graph share one layout, so a node keeps its place across them).
 * Throws a RangeError when the layout lacks a node, or an edge names a missing node.
 */
export function encodeGraph(graph: Graph, layout: Layout, minActing: number): GraphPayload {
  const at = new Map(layout.positions.map((p) => [p.id, p]));
  const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const nodes = graph.nodes.map((n): PayloadNode => {
    const p = at.get(n.id);
    if (!p) throw new RangeError(`the layout has no position for ${JSON.stringify(n.id)}`);
    const node: PayloadNode = [n.id, n.kind === 'community' ? 'c' : 'd', p.x, p.y, n.size, n.acting];
    if (n.name !== undefined && n.name !== n.id) node.push(n.name);
    return node;
  });
  const sinceText = (e: GraphEdge) => (e.since === undefined ? '' : typeof e.since === 'string' ? e.since : `<${e.since.on_or_before}`);
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const evidence = sorted(graph.edges.flatMap((e) => (e.evidence === undefined ? [] : [e.evidence])));
  const days = sorted(graph.edges.map(sinceText).filter((d) => d !== ''));
  const evidenceIndex = new Map(evidence.map((url, i) => [url, i]));
  const dayIndex = new Map(days.map((d, i) => [d, i]));
  const edges: PayloadEdges = { sources: [], targets: [], states: '', since: [], evidence: [] };
  const states: number[] = [];
  const write = edgeColumnWriter(edges);
  for (const e of graph.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined) throw new RangeError(`an edge names a node that is not in the graph: ${e.source} → ${e.target}`);
    write(s, t);
    states.push(EDGE_STATES.indexOf(e.state));
    edges.since.push(dayIndex.get(sinceText(e)) ?? -1);
    edges.evidence.push(e.evidence === undefined ? -1 : evidenceIndex.get(e.evidence)!);
  }
  edges.states = states.join('');
  return { day: graph.day, minActing, nodes, edges, days, evidence };
}

/** A payload edge's `since` text read back (undefined when empty or not a date). */
function readSince(text: unknown): Since | undefined {
  if (typeof text !== 'string') return undefined;
  const bound = text.startsWith('<');
  const day = bound ? text.slice(1) : text;
  if (!/^\d{4}(?:-\d{2}){0,2}$/.test(day)) return undefined;
  return bound ? { on_or_before: day } : day;
}

/**
 * Decodes a payload (parsed JSON, untrusted in shape) for drawing. Throws a TypeError when it is not a graph
 * payload; drops edges whose indices or state are out of range, and days and evidence that are not one.
 */
export function decodeGraph(value: unknown): { day: string; minActing: number; nodes: DrawNode[]; edges: DrawEdge[] } {
  const v = value as Partial<GraphPayload> | null;
  if (!v || typeof v !== 'object' || !Array.isArray(v.nodes) || !v.edges || typeof v.edges !== 'object' || typeof v.day !== 'string') {
    throw new TypeError('not a graph payload');
  }
  const urls = Array.isArray(v.evidence) ? v.evidence : [];
  const nodes = v.nodes.map(([id, kind, x, y, r, acting, name]): DrawNode => {
    const node: DrawNode = { id: String(id), community: kind === 'c', x: Number(x), y: Number(y), r: Number(r), acting: Number(acting) };
    if (typeof name === 'string' && name !== '') node.name = name;
    return node;
  });
  const columns = v.edges as Partial<PayloadEdges>;
  const runs = Array.isArray(columns.sources) ? columns.sources : [];
  const targets = Array.isArray(columns.targets) ? columns.targets : [];
  const states = typeof columns.states === 'string' ? columns.states : '';
  const since = Array.isArray(columns.since) ? columns.since : [];
  const evidence = Array.isArray(columns.evidence) ? columns.evidence : [];
  const days = Array.isArray(v.days) ? v.days : [];
  // Each day and each URL is read once, not once per edge that names it (thousands of edges share a few hundred):
  // the first decode runs before the canvas's first frame. A day "on or before" is one frozen object, shared.
  const dayOf = days.map((text) => {
    const day = readSince(text);
    return typeof day === 'object' ? Object.freeze(day) : day;
  });
  const urlOf = urls.map((url) => (typeof url === 'string' && /^https?:\/\//.test(url) ? url : undefined));
  const edges: DrawEdge[] = [];
  readEdgeColumns(runs, targets, (k, s, t) => {
    const state = EDGE_STATES[Number(states[k])];
    if (state === undefined || nodes[s] === undefined || nodes[t] === undefined) return;
    const edge: DrawEdge = { source: s, target: t, state };
    const d = since[k];
    const day = Number.isInteger(d) ? dayOf[d as number] : undefined;
    if (day !== undefined) edge.since = day;
    const e = evidence[k];
    const url = Number.isInteger(e) ? urlOf[e as number] : undefined;
    if (url !== undefined) edge.evidence = url;
    edges.push(edge);
  });
  return { day: v.day, minActing: Number(v.minActing ?? 1), nodes, edges };
}

/**
 * How large each variant of the full graph would be, from the largest one (`minActing` 1), for 1 … `max`: the
 * curated communities and the domains at least n act on, and the edges between them. Counts only, to choose the
 * default variant without building every one.
 */
export function sizesByMinActing(graph: Pick<Graph, 'nodes' | 'edges'>, max: number): { minActing: number; nodes: number; edges: number }[] {
  const top = Math.max(1, max);
  // A node is kept for every n up to its `acting` (a community for every n); an edge for every n up to the
  // smaller of its ends'. Count each at that level, capped at top, then sum from the top down: linear in the
  // graph plus `max`, where asking every n of every edge was their product (minutes at 30,000 servers).
  const level = (a: number) => Math.min(top, Math.max(0, a));
  const nodesAt = new Array<number>(top + 1).fill(0);
  const edgesAt = new Array<number>(top + 1).fill(0);
  const acting = new Map<string, number>();
  for (const n of graph.nodes) {
    const a = level(n.kind === 'community' ? Infinity : n.acting);
    acting.set(n.id, a);
    nodesAt[a]!++;
  }
  for (const e of graph.edges) edgesAt[Math.min(acting.get(e.source) ?? 0, acting.get(e.target) ?? 0)]!++;
  const sizes: { minActing: number; nodes: number; edges: number }[] = [];
  let nodes = 0;
  let edges = 0;
  for (let n = top; n >= 1; n--) {
    nodes += nodesAt[n]!;
    edges += edgesAt[n]!;
    sizes.push({ minActing: n, nodes, edges });
  }
  return sizes.reverse();
}

/**
 * The variants of the full graph to offer: 1, 2, 3, 5, 10, 20, 50, 100, … up to the most communities acting on
 * one domain (1 is always offered).
 */
export function minActingSteps(maxActing: number): number[] {
  const steps = [1];
  for (let k = 0; ; k++) {
    const value = k < 3 ? [2, 3, 5][k]! : [10, 20, 50][(k - 3) % 3]! * 10 ** Math.floor((k - 3) / 3);
    if (value > maxActing) break;
    steps.push(value);
  }
  return steps;
}

/**
 * The variant shown by default: the smallest `minActing` whose graph stays readable and light (at most
 * `maxNodes` nodes and `maxEdges` edges), else the largest offered.
 */
export function defaultMinActing(sizes: readonly { minActing: number; nodes: number; edges: number }[], maxNodes = 600, maxEdges = 2000): number {
  const sorted = [...sizes].sort((a, b) => a.minActing - b.minActing);
  const fit = sorted.find((s) => s.nodes <= maxNodes && s.edges <= maxEdges);
  return (fit ?? sorted.at(-1))?.minActing ?? 1;
}
