/**
 * Which of the full graph's edges can show in a box of the world (the canvas's view with a margin): those whose
 * bounding box meets it. An edge whose ends both lie outside may still cross the box, so the test is on the
 * segment's bounding box, never on its ends. Pure, unit-tested; the canvas draws only these.
 */

/** A point of the layout. */
export interface CullPoint {
  x: number;
  y: number;
}

/** An edge as indices into the nodes. */
export interface CullEdge {
  source: number;
  target: number;
}

/** A box of the world. */
export interface CullBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The indices of the edges whose bounding box meets `box`, in their order. */
export function edgesInBox(nodes: readonly CullPoint[], edges: readonly CullEdge[], box: CullBox): number[] {
  const out: number[] = [];
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i]!;
    const a = nodes[e.source];
    const b = nodes[e.target];
    if (!a || !b) continue;
    if (Math.max(a.x, b.x) < box.minX || Math.min(a.x, b.x) > box.maxX || Math.max(a.y, b.y) < box.minY || Math.min(a.y, b.y) > box.maxY) continue;
    out.push(i);
  }
  return out;
}
