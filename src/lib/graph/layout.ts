/**
 * A seeded force layout, run headless at build time: the same graph (in any order) always gets the same
 * coordinates, rounded to 0.1, so a precomputed layout can be drawn on a canvas and snapshot-tested.
 *
 * d3-force runs with `.stop()` (no timer) for a fixed number of `.tick()`s. Its randomness (the start positions,
 * and the jiggle that separates coincident nodes) comes from a seeded LCG, and its input is sorted first, so
 * floating-point sums run in one order.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { compareText } from '../order.ts';
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
  /**
   * How many simulation steps. Default `layoutTicks(nodes)`: 300 (d3's default cooling reaches its minimum in
   * about 300), fewer for very large graphs. The cooling is set to reach its minimum in this many steps.
   */
  ticks?: number;
  /** The node-steps budget for the default `ticks` (see `layoutTicks`). Default `LAYOUT_BUDGET`. */
  budget?: number;
}

/** d3's default number of steps: its default cooling reaches its minimum in about 300. */
export const DEFAULT_TICKS = 300;

/** Node-steps a layout may take by default: 300 steps up to 5,000 nodes, fewer steps beyond. */
export const LAYOUT_BUDGET = 5_000 * DEFAULT_TICKS;

/** The fewest steps a large graph gets. */
export const MIN_TICKS = 30;

/**
 * Steps for a graph of `nodes` nodes: 300 while `nodes × 300` fits `budget`, else `budget ÷ nodes` but never
 * fewer than 30, so the cost of a layout grows no faster than its node count (a many-body step is n log n).
 */
export function layoutTicks(nodes: number, budget: number = LAYOUT_BUDGET): number {
  if (nodes * DEFAULT_TICKS <= budget) return DEFAULT_TICKS;
  return Math.max(MIN_TICKS, Math.floor(budget / Math.max(1, nodes)));
}

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
  const ticks = Math.max(0, Math.floor(options.ticks ?? layoutTicks(nodes.length, options.budget)));
  // Cool to d3's minimum in `ticks` steps (d3's own decay does it in 300: unchanged then).
  if (ticks !== DEFAULT_TICKS && ticks > 0) simulation.alphaDecay(1 - Math.pow(simulation.alphaMin(), 1 / ticks));
  simulation.tick(ticks);
  const positions = nodes.map((n) => ({ id: n.id, x: round1(n.x ?? 0), y: round1(n.y ?? 0) }));
  const extent = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const p of positions) {
    extent.minX = Math.min(extent.minX, p.x);
    extent.minY = Math.min(extent.minY, p.y);
    extent.maxX = Math.max(extent.maxX, p.x);
    extent.maxY = Math.max(extent.maxY, p.y);
  }
  return { positions, extent: positions.length === 0 ? { minX: 0, minY: 0, maxX: 0, maxY: 0 } : extent };
}
