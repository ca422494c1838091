/**
 * Layouts shared by graphs of one shape. `layoutGraph` reads a graph only through its nodes in id order, their radii
 * and which of them the edges join (its forces, its seeded start and its jiggle go by a node's place in that order,
 * never by its id), and `ringLayout` likewise. So two graphs whose nodes, sorted by id, have the same radii place by
 * place, and whose edges join the same places, get the same coordinates place by place: the shape (`layoutShape`)
 * decides the layout. A build lays out a focused graph for every domain page, thousands, most of them a domain and
 * the few communities that act on it: a few hundred shapes. `shapeMemo` lays out each shape once.
 */
import { compareText } from '../compare-text.ts';
import { layoutGraph, type Layout, type LayoutEdgeInput, type LayoutNodeInput, type LayoutOptions } from './layout.ts';

/** What a layout function reads of a graph. */
export interface LayoutInput {
  nodes: readonly LayoutNodeInput[];
  edges: readonly LayoutEdgeInput[];
}

/** A layout function: `layoutGraph` or one that gives the same answers. */
export type LayoutFn = (graph: LayoutInput, options?: LayoutOptions) => Layout;

/** The radius `layoutGraph` gives a node (its size, else 4). */
function radius(n: LayoutNodeInput): number {
  return n.size !== undefined && Number.isFinite(n.size) && n.size > 0 ? n.size : 4;
}

/** A graph's shape: its node ids in layout order, and the text that decides its layout with `options`. */
export interface LayoutShape {
  /** The node ids sorted as `layoutGraph` sorts them (code-point order). */
  ids: string[];
  /** The options, every radius in id order, and every edge as the places of its ends, in `layoutGraph`'s order. */
  key: string;
}

/**
 * The shape of `graph` laid out with `options`, or undefined when the graph is not one `layoutGraph` accepts (a
 * repeated node id, an edge naming a missing node): let it say why.
 */
export function layoutShape(graph: LayoutInput, options: LayoutOptions = {}): LayoutShape | undefined {
  const nodes = [...graph.nodes].sort((a, b) => compareText(a.id, b.id));
  const place = new Map<string, number>();
  nodes.forEach((n, i) => place.set(n.id, i));
  if (place.size !== nodes.length) return undefined;
  const edges: [number, number][] = [];
  for (const e of graph.edges) {
    const s = place.get(e.source);
    const t = place.get(e.target);
    if (s === undefined || t === undefined) return undefined;
    edges.push([s, t]);
  }
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const head = [options.seed ?? '', options.ticks ?? '', options.simulateAtMost ?? ''].join(',');
  return { ids: nodes.map((n) => n.id), key: `${head}|${nodes.map(radius).join(',')}|${edges.map(([s, t]) => `${s}-${t}`).join(',')}` };
}

/** The layout of a graph whose node ids, in layout order, are `ids`, from its shape's coordinates `coords` (x, y) place by place. */
export function layoutOfShape(ids: readonly string[], coords: readonly (readonly [number, number])[], extent: Layout['extent']): Layout {
  return { positions: ids.map((id, i) => ({ id, x: coords[i]![0], y: coords[i]![1] })), extent: { ...extent } };
}

/** A layout's coordinates by place (its positions are in id order). */
export function coordsOf(layout: Layout): [number, number][] {
  return layout.positions.map((p) => [p.x, p.y]);
}

/**
 * `layout` (default `layoutGraph`) remembering its answer per shape: a graph of a shape already laid out gets that
 * layout under its own ids, without a simulation. Keep one per build (src/lib/views/derive.ts); it holds every shape.
 */
export function shapeMemo(layout: LayoutFn = layoutGraph): LayoutFn {
  const known = new Map<string, { coords: [number, number][]; extent: Layout['extent'] }>();
  return (graph, options = {}) => {
    const shape = layoutShape(graph, options);
    if (!shape) return layout(graph, options);
    const hit = known.get(shape.key);
    if (hit) return layoutOfShape(shape.ids, hit.coords, hit.extent);
    const laid = layout(graph, options);
    known.set(shape.key, { coords: coordsOf(laid), extent: { ...laid.extent } });
    return laid;
  };
}
