/**
 * The full graph's level of detail: when its canvas (src/client/graph/canvas-view.ts) may keep the edge layer it
 * has, and how much detail a new one gets. A still view always shows the edges in full detail (each state's dash
 * and an arrowhead at the domain's rim), so states stay told apart without colour; a view being zoomed or panned
 * draws the many edges in sight as plain hairlines (colour only), an order of magnitude faster, and draws them in
 * full again once it is still: at once when they are few, else a slice a frame behind the sketch. A dense graph,
 * whose edges look the same in either detail, shows the layer it has, moved, while a still view's own is drawn a
 * slice a frame behind it (`keepWhileRedrawn`). Pure, unit-tested.
 */

/** How a layer's edges are drawn: `full` (dashes, arrowheads) or `sketch` (solid hairlines, no arrowheads). */
export type EdgeDetail = 'full' | 'sketch';

/** Above this many edges in sight a moving view sketches its edges (600 dashed edges with arrowheads: ~20 ms). */
export const SKETCH_ABOVE = 600;

/** How far a cached layer may be scaled before it is drawn again: between half and twice the size it was drawn at. */
export const LAYER_SCALE_RANGE: readonly [number, number] = [0.5, 2];

/** The cached edge layer, as the canvas sees it against the view shown now. */
export interface LayerState {
  /** How it was drawn. */
  detail: EdgeDetail;
  /** Whether it was drawn for exactly the view shown now. */
  exact: boolean;
  /** The view's zoom over the layer's (1: the same zoom). */
  scale: number;
  /** Whether, moved to where the view puts it, it still covers the whole canvas. */
  covers: boolean;
}

/**
 * Whether the canvas may show its cached layer, moved and scaled, instead of drawing the edges again. A still view
 * keeps only a layer drawn in full detail for exactly that view; a moving one keeps any layer that still covers
 * the canvas at a scale within LAYER_SCALE_RANGE.
 */
export function keepLayer(moving: boolean, layer: LayerState | undefined): boolean {
  if (!layer) return false;
  if (!moving) return layer.exact && layer.detail === 'full';
  return layer.covers && layer.scale >= LAYER_SCALE_RANGE[0] && layer.scale <= LAYER_SCALE_RANGE[1];
}

/** Above this many edges in sight a full-detail layer is drawn a slice a frame, behind a sketch, never at once. */
export const AT_ONCE_AT_MOST = 2000;

/**
 * Whether a full-detail layer of `edgesInSight` edges is drawn a slice a frame (the page stays responsive; the
 * view shows the sketch meanwhile) rather than at once. A dense graph's (`dense`: its edges are drawn as plain
 * hairlines whatever the detail, DENSE_EDGES_ABOVE in src/lib/views/graph-data.ts) is its sketch: drawn at once.
 */
export function drawnInSlices(edgesInSight: number, dense = false): boolean {
  return !dense && edgesInSight > AT_ONCE_AT_MOST;
}

/**
 * The detail a new layer is drawn in: full when the view is still or few edges are in sight, else a sketch. A
 * dense graph's edges look the same either way (plain hairlines): full, so no second layer follows the first.
 */
export function edgeDetail(moving: boolean, edgesInSight: number, dense = false): EdgeDetail {
  return !dense && moving && edgesInSight > SKETCH_ABOVE ? 'sketch' : 'full';
}

/**
 * Whether a still view of a dense graph (`dense`: its edges are plain hairlines in any detail) shows the layer it
 * has, moved and scaled, while its own is drawn a slice a frame behind it, rather than drawing a quarter of a
 * million edges at once (about a second on a CPU, the page frozen the moment a reader lets go of a drag). Only a
 * full layer that still covers the canvas at a scale within LAYER_SCALE_RANGE, drawn for another view, is shown so.
 */
export function keepWhileRedrawn(layer: LayerState | undefined, dense: boolean): boolean {
  return dense && layer !== undefined && !layer.exact && layer.detail === 'full' && keepLayer(true, layer);
}
