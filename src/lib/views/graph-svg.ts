/**
 * A small graph (a domain's or a community's subgraph) placed in an SVG box: its build-time layout scaled to fit,
 * each edge as path data that stops at the nodes' rims (so its arrowhead shows), curved apart when two nodes act
 * on each other, and each label placed beside its node. Pure numbers and strings, rounded to 0.1: the page turns
 * them into elements, a unit test checks them.
 */
import type { Layout } from '../graph/layout.ts';
import { round1 } from '../graph/round.ts';
import type { Graph, GraphEdge, GraphNode } from '../graph/types.ts';

/** A node in the box. */
export interface PlacedNode {
  /** The node as built. */
  node: GraphNode;
  /** Its centre and radius in the box. */
  x: number;
  y: number;
  r: number;
  /** Where its label goes, and which way it runs from there. */
  label: { x: number; y: number; anchor: 'start' | 'end' };
}

/** An edge in the box. */
export interface PlacedEdge {
  /** The edge as built. */
  edge: GraphEdge;
  /** SVG path data from the source's rim to the target's rim. */
  d: string;
}

/** A graph placed in a box. */
export interface PlacedGraph {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/** How to place a graph. */
export interface PlaceOptions {
  /** The box's width; its height follows the layout's shape, within `minHeight` and `maxHeight`. */
  width?: number;
  minHeight?: number;
  maxHeight?: number;
  /** Room kept free on the left and right for labels, and above and below. */
  padX?: number;
  padY?: number;
  /** How much room an arrowhead needs at the target's rim. */
  arrow?: number;
}

/** The most a layout is enlarged: enough to spread a few nodes apart, not so much that two nodes sprawl. */
export const MAX_SCALE = 5;

const DEFAULTS: Required<PlaceOptions> = { width: 640, minHeight: 160, maxHeight: 520, padX: 120, padY: 28, arrow: 6 };

/**
 * Places `graph` with its `layout` in a box `width` wide: the layout's extent is scaled uniformly (never above `MAX_SCALE`,
 * so a two-node graph does not sprawl) and centred. Node radii are the graph's sizes. Labels go to the right of a
 * node in the left half and to the left of one in the right half, so they run into the box, not out of it.
 * Throws a RangeError when the layout lacks a node of the graph.
 */
export function placeGraph(graph: Graph, layout: Layout, options: PlaceOptions = {}): PlacedGraph {
  const o = { ...DEFAULTS, ...options };
  const at = new Map(layout.positions.map((p) => [p.id, p]));
  const { minX, minY, maxX, maxY } = layout.extent;
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const innerW = o.width - 2 * o.padX;
  const scale = Math.min(MAX_SCALE, spanX > 0 ? innerW / spanX : MAX_SCALE, spanY > 0 ? (o.maxHeight - 2 * o.padY) / spanY : MAX_SCALE);
  const height = round1(Math.min(o.maxHeight, Math.max(o.minHeight, spanY * scale + 2 * o.padY)));
  const cx = o.width / 2;
  const cy = height / 2;
  const midX = (minX + maxX) / 2;
  const midY = (minY + maxY) / 2;
  const nodes = graph.nodes.map((node): PlacedNode => {
    const p = at.get(node.id);
    if (!p) throw new RangeError(`the layout has no position for ${JSON.stringify(node.id)}`);
    const x = round1(cx + (p.x - midX) * scale);
    const y = round1(cy + (p.y - midY) * scale);
    const r = node.size;
    const right = x <= cx;
    return { node, x, y, r, label: { x: round1(right ? x + r + 4 : x - r - 4), y: round1(y + 4), anchor: right ? 'start' : 'end' } };
  });
  const byId = new Map(nodes.map((n) => [n.node.id, n]));
  const pairs = new Set(graph.edges.map((e) => `${e.source}\u0000${e.target}`));
  const edges = graph.edges.flatMap((edge): PlacedEdge[] => {
    const s = byId.get(edge.source);
    const t = byId.get(edge.target);
    if (!s || !t || s === t) return [];
    const curved = pairs.has(`${edge.target}\u0000${edge.source}`);
    return [{ edge, d: edgePath(s, t, curved, o.arrow) }];
  });
  return { width: o.width, height, nodes, edges };
}

/**
 * Path data from the rim of `s` to `arrow` units short of the rim of `t`: a straight line, or, when `curved`, a
 * quadratic curve bent to the left of the direction of travel (so A→B and B→A bend apart).
 */
export function edgePath(s: { x: number; y: number; r: number }, t: { x: number; y: number; r: number }, curved: boolean, arrow: number): string {
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  // The normal to the left of travel; a curve leaves and meets each node a little to that side.
  const nx = uy;
  const ny = -ux;
  const bend = curved ? Math.min(40, len * 0.2) : 0;
  const tilt = curved ? 0.35 : 0;
  const sx = s.x + s.r * (ux * Math.cos(tilt) + nx * Math.sin(tilt));
  const sy = s.y + s.r * (uy * Math.cos(tilt) + ny * Math.sin(tilt));
  const stop = t.r + arrow;
  const ex = t.x - stop * (ux * Math.cos(tilt) - nx * Math.sin(tilt));
  const ey = t.y - stop * (uy * Math.cos(tilt) - ny * Math.sin(tilt));
  if (!curved) return `M${round1(sx)},${round1(sy)}L${round1(ex)},${round1(ey)}`;
  const qx = (s.x + t.x) / 2 + nx * bend;
  const qy = (s.y + t.y) / 2 + ny * bend;
  return `M${round1(sx)},${round1(sy)}Q${round1(qx)},${round1(qy)} ${round1(ex)},${round1(ey)}`;
}

/** Each node's neighbours in a graph (both directions), for highlighting: id → ids, sorted. */
export function neighbours(graph: Pick<Graph, 'nodes' | 'edges'>): Map<string, string[]> {
  const out = new Map<string, Set<string>>(graph.nodes.map((n) => [n.id, new Set<string>()]));
  for (const e of graph.edges) {
    out.get(e.source)?.add(e.target);
    out.get(e.target)?.add(e.source);
  }
  return new Map([...out].map(([id, set]) => [id, [...set].sort()]));
}
