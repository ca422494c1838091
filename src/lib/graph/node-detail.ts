/**
 * The full graph's nodes while its view moves: when its canvas (src/client/graph/canvas-view.ts) shows them from a
 * bitmap drawn once for the edge layer's view, moved and scaled as that layer is, instead of drawing every node in
 * sight again each frame. Tens of thousands of discs filled each frame cost more than a frame (30,000: ~90 ms on a
 * 2-core machine's CPU rasteriser); one bitmap costs next to nothing. A still view always draws its nodes as
 * shapes, sharp. Pure, unit-tested.
 */

/** Above this many nodes in the edge layer's box a moving view shows them from a bitmap (5,000 discs: ~15 ms a frame). */
export const NODE_LAYER_ABOVE = 5000;

/** Whether a view shows its nodes from a bitmap: only while it moves, and only when many are in the layer's box. */
export function nodesFromLayer(moving: boolean, nodesInBox: number): boolean {
  return moving && nodesInBox > NODE_LAYER_ABOVE;
}

