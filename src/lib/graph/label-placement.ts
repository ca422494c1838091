/**
 * Where to put a graph's labels so that none overlaps another and none runs off the canvas: a greedy pass, in
 * the order given (most important first). Each label tries to the right of its node, then to the left, above and
 * below, then right and left slightly raised or lowered; it takes the first place that stays inside the bounds and clear of the labels already placed, and is
 * left out when none does. Pure arithmetic in screen pixels, for the full graph's canvas (src/client/graph/).
 */
import { BoxPlacer } from '../label-placement.ts';

/** A label to place: its node's centre and radius on screen, and the label's size. */
export interface LabelRequest {
  /** The node's index (handed back in the placement). */
  index: number;
  /** The node's centre, screen pixels. */
  x: number;
  y: number;
  /** The node's radius on screen. */
  r: number;
  /**
   * The label's width, screen pixels, or how to measure it: a function is called only when the placement reaches
   * the label and `minWidth` does not already rule it out.
   */
  width: number | (() => number);
  /** Its height, screen pixels. */
  height: number;
  /**
   * A width the label's is sure to be at least (a lower bound). Every place a label may take contains the place a
   * narrower label would take at its node, so a label with no free place at this width has none at its own: it is
   * left out without being measured.
   */
  minWidth?: number;
}

/** A placed label: its node, the box it takes (left, top, right, bottom) and how its text is anchored. */
export interface LabelPlacement {
  /** The node's index. */
  index: number;
  /** The label's box on screen. */
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  /** The box relative to the node's centre (what a view that only moved can reuse). */
  dx: number;
  dy: number;
  /** Which side of its node the label sits. */
  side: 'right' | 'left' | 'above' | 'below';
}

/** The area labels may use (screen pixels). */
export interface LabelBounds {
  width: number;
  height: number;
}

/** The gap between a node's rim and its label, pixels. */
export const LABEL_GAP = 3;

/** The least room between two labels side by side, pixels, so that two names never read as one. */
export const LABEL_SPACING = 4;

/**
 * The box a label would take around its node, in the order tried: right, left, above, below, then right and left
 * again half a line higher and lower (a crowded neighbourhood).
 */
function candidates(q: LabelRequest, width: number): { side: LabelPlacement['side']; minX: number; minY: number }[] {
  const gap = q.r + LABEL_GAP;
  const mid = q.y - q.height / 2;
  const right = q.x + gap;
  const left = q.x - gap - width;
  return [
    { side: 'right', minX: right, minY: mid },
    { side: 'left', minX: left, minY: mid },
    { side: 'above', minX: q.x - width / 2, minY: q.y - gap - q.height },
    { side: 'below', minX: q.x - width / 2, minY: q.y + gap },
    { side: 'right', minX: right, minY: mid - q.height * 0.6 },
    { side: 'right', minX: right, minY: mid + q.height * 0.6 },
    { side: 'left', minX: left, minY: mid - q.height * 0.6 },
    { side: 'left', minX: left, minY: mid + q.height * 0.6 },
  ];
}

/**
 * Places the labels greedily, in the order given, at most `max`: every placed label lies within `bounds` and
 * overlaps no other placed label, with at least `LABEL_SPACING` between two on one line. A label with no free place
 * is left out. The requests are read one at a time and no further than the `max`-th label placed, so a caller can
 * make each (measure its text) only when it is asked for. The pass is the one the downloaded figures use
 * (`BoxPlacer`, ../label-placement.ts).
 */
export function placeLabels(requests: Iterable<LabelRequest>, bounds: LabelBounds, max = Infinity): LabelPlacement[] {
  const placer = new BoxPlacer([], { x0: 0, y0: 0, x1: bounds.width, y1: bounds.height });
  const placed: LabelPlacement[] = [];
  if (max <= 0) return placed;
  // Each box is tried with the spacing after it, so that a label to its right starts at least that far off.
  const boxes = (q: LabelRequest, width: number) => candidates(q, width).map((c) => ({ side: c.side, x0: c.minX, y0: c.minY, x1: c.minX + width + LABEL_SPACING, y1: c.minY + q.height }));
  for (const q of requests) {
    if (typeof q.width === 'function' && q.minWidth !== undefined && placer.free(boxes(q, q.minWidth)) < 0) continue;
    const tried = boxes(q, typeof q.width === 'function' ? q.width() : q.width);
    const box = tried[placer.place(tried)];
    if (box) placed.push({ index: q.index, minX: box.x0, minY: box.y0, maxX: box.x1 - LABEL_SPACING, maxY: box.y1, dx: box.x0 - q.x, dy: box.y0 - q.y, side: box.side });
    if (placer.count >= max) break;
  }
  return placed;
}
