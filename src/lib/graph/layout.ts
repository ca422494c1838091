/**
 * A seeded force layout, run headless at build time: the same graph (in any order) always gets the same
 * coordinates, rounded to 0.1, so a precomputed layout can be drawn on a canvas and snapshot-tested.
 *
 * d3-force runs with `.stop()` (no timer) for a fixed number of `.tick()`s. Its randomness (the start positions,
 * and the jiggle that separates coincident nodes) comes from a seeded LCG, and its input is sorted first, so
 * floating-point sums run in one order.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { compareText } from '../compare-text.ts';
import { seededRandom } from './random.ts';
import { round1 } from './round.ts';

/** What the layout reads of a node: its id and, optionally, its radius (to keep nodes from overlapping). */
export interface LayoutNodeInput {
  /** Unique id. */
  id: string;
  /** Radius; default 4. */
  size?: number;
}

/** What the layout reads of an edge. */
export interface LayoutEdgeInput {
  /** A node id. */
  source: string;
  /** A node id. */
  target: string;
}

/** Options for the layout. */
export interface LayoutOptions {
  /** The seed of the random source. Default 1. */
  seed?: number;
  /** How many simulation steps. Default 300 (d3's default cooling reaches its minimum in about 300). */
  ticks?: number;
  /**
   * The most nodes laid out by the force simulation (default `SIMULATE_AT_MOST`). A larger graph is placed on
   * rings instead (`ringLayout`): a simulation step costs about n log n and a build lays out a graph per page,
   * so tens of thousands of nodes would stall it (measured: 15,000 nodes took 40 s), and such a graph is a
   * hairball whichever way it is drawn.
   */
  simulateAtMost?: number;
}

/** The most nodes the force simulation lays out by default. */
export const SIMULATE_AT_MOST = 5_000;

/** A node's place. */
export interface Position {
  /** The node's id. */
  id: string;
  /** x, rounded to 0.1. */
  x: number;
  /** y, rounded to 0.1. */
  y: number;
}

/** A computed layout. */
export interface Layout {
  /** Every node's place, sorted by id. */
  positions: Position[];
  /** The smallest box holding every node's centre (all 0 for an empty graph). */
  extent: { minX: number; minY: number; maxX: number; maxY: number };
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
}

/** The default seed. */
export const DEFAULT_SEED = 1;

/**
 * Lays out a graph. Nodes are sorted by id and edges by source then target before the simulation, so the input
 * order never matters; self-loops are ignored. Forces: links (length from the two radii), many-body repulsion
 * (bounded by `distanceMax`, so far-apart clusters do not push each other away forever), a weak pull to the
 * centre (keeps unlinked nodes in view, and every coordinate bounded), and collision by radius.
 * Throws a RangeError when an edge names a node that is not in the graph, or a node id repeats.
 */
export function layoutGraph(graph: { nodes: readonly LayoutNodeInput[]; edges: readonly LayoutEdgeInput[] }, options: LayoutOptions = {}): Layout {
  if (graph.nodes.length > (options.simulateAtMost ?? SIMULATE_AT_MOST)) return ringLayout(graph);
  const nodes: SimNode[] = [...graph.nodes]
    .sort((a, b) => compareText(a.id, b.id))
    .map((n) => ({ id: n.id, r: n.size !== undefined && Number.isFinite(n.size) && n.size > 0 ? n.size : 4 }));
  const ids = new Set<string>();
  for (const n of nodes) {
    if (ids.has(n.id)) throw new RangeError(`node ${JSON.stringify(n.id)} appears twice`);
    ids.add(n.id);
  }
  const links: SimulationLinkDatum<SimNode>[] = [];
  for (const e of [...graph.edges].sort((a, b) => compareText(a.source, b.source) || compareText(a.target, b.target))) {
    for (const end of [e.source, e.target]) if (!ids.has(end)) throw new RangeError(`an edge names ${JSON.stringify(end)}, which is not a node`);
    if (e.source !== e.target) links.push({ source: e.source, target: e.target });
  }
  // Start positions from the seeded source, in a square about as wide as d3's own start spiral (which needs
  // sin and cos, whose last bits are not promised alike everywhere; +, ×, ÷ and √ are).
  const random = seededRandom(options.seed ?? DEFAULT_SEED);
  const half = 10 * Math.sqrt(nodes.length);
  for (const n of nodes) {
    n.x = (random() * 2 - 1) * half;
    n.y = (random() * 2 - 1) * half;
  }
  const simulation = forceSimulation<SimNode>(nodes)
    .randomSource(random)
    .force('link', forceLink<SimNode, SimulationLinkDatum<SimNode>>(links).id((n) => n.id).distance((l) => 20 + (l.source as SimNode).r + (l.target as SimNode).r))
    .force('charge', forceManyBody<SimNode>().strength(-40).distanceMax(600))
    .force('x', forceX<SimNode>(0).strength(0.04))
    .force('y', forceY<SimNode>(0).strength(0.04))
    .force('collide', forceCollide<SimNode>((n) => n.r + 1.5))
    .stop();
  simulation.tick(Math.max(0, Math.floor(options.ticks ?? 300)));
  return withExtent(nodes.map((n) => ({ id: n.id, x: round1(n.x ?? 0), y: round1(n.y ?? 0) })));
}

/**
 * A layout in time linear in the graph, for graphs too large to simulate: nodes by degree (most linked first),
 * then id, on the cells of a square grid taken in order of distance from the centre, so hubs sit in the middle
 * and the rest ring them. Arithmetic only (no trigonometry): the same on every machine. Sorted by id, like
 * `layoutGraph`; throws the same RangeErrors.
 */
export function ringLayout(graph: { nodes: readonly LayoutNodeInput[]; edges: readonly LayoutEdgeInput[] }): Layout {
  const degree = new Map<string, number>();
  let largest = 4;
  for (const n of graph.nodes) {
    if (degree.has(n.id)) throw new RangeError(`node ${JSON.stringify(n.id)} appears twice`);
    degree.set(n.id, 0);
    if (n.size !== undefined && Number.isFinite(n.size) && n.size > largest) largest = n.size;
  }
  for (const e of graph.edges) {
    for (const end of [e.source, e.target]) if (!degree.has(end)) throw new RangeError(`an edge names ${JSON.stringify(end)}, which is not a node`);
    if (e.source === e.target) continue;
    degree.set(e.source, degree.get(e.source)! + 1);
    degree.set(e.target, degree.get(e.target)! + 1);
  }
  const order = [...degree.keys()].sort((a, b) => degree.get(b)! - degree.get(a)! || compareText(a, b));
  const side = Math.ceil(Math.sqrt(order.length)) | 1;
  const half = (side - 1) / 2;
  const cells: [number, number][] = [];
  for (let y = -half; y <= half; y++) for (let x = -half; x <= half; x++) cells.push([x, y]);
  cells.sort((a, b) => a[0] * a[0] + a[1] * a[1] - (b[0] * b[0] + b[1] * b[1]) || a[1] - b[1] || a[0] - b[0]);
  // Spacing from the largest node, capped so a few huge hubs do not spread everything out.
  const spacing = 2 * Math.min(largest, 12) + 6;
  const positions = order.map((id, i) => ({ id, x: round1(cells[i]![0] * spacing) + 0, y: round1(cells[i]![1] * spacing) + 0 }));
  return withExtent(positions.sort((a, b) => compareText(a.id, b.id)));
}

/** The layout of `positions` with its extent. */
function withExtent(positions: Position[]): Layout {
  const extent = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const p of positions) {
    extent.minX = Math.min(extent.minX, p.x);
    extent.minY = Math.min(extent.minY, p.y);
    extent.maxX = Math.max(extent.maxX, p.x);
    extent.maxY = Math.max(extent.maxY, p.y);
  }
  return { positions, extent: positions.length === 0 ? { minX: 0, minY: 0, maxX: 0, maxY: 0 } : extent };
}
