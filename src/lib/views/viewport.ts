/**
 * The full graph's viewport: where the world (layout coordinates) sits on the canvas, and what is worth drawing.
 * Pure arithmetic for src/client/graph/, unit-tested: screen = world × k + (x, y), in CSS pixels.
 */

/** A view: zoom `k` and offset (`x`, `y`). */
export interface View {
  k: number;
  x: number;
  y: number;
}

/** A box in world or screen units. */
export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The view showing all of `extent` in a `width` × `height` canvas with `pad` pixels around it, centred, zoomed in no more than `maxK`. */
export function fitView(extent: Box, width: number, height: number, pad = 24, maxK = 2): View {
  const w = Math.max(1, extent.maxX - extent.minX);
  const h = Math.max(1, extent.maxY - extent.minY);
  const k = Math.max(1e-3, Math.min((width - 2 * pad) / w, (height - 2 * pad) / h, maxK));
  return { k, x: width / 2 - ((extent.minX + extent.maxX) / 2) * k, y: height / 2 - ((extent.minY + extent.maxY) / 2) * k };
}

/** Zooms by `factor` about the screen point (`sx`, `sy`), which stays put; k is kept within [minK, maxK]. */
export function zoomAt(view: View, factor: number, sx: number, sy: number, minK: number, maxK: number): View {
  const k = Math.min(maxK, Math.max(minK, view.k * factor));
  const f = k / view.k;
  return { k, x: sx - (sx - view.x) * f, y: sy - (sy - view.y) * f };
}

/** Moves the view by (`dx`, `dy`) screen pixels. */
export function panBy(view: View, dx: number, dy: number): View {
  return { k: view.k, x: view.x + dx, y: view.y + dy };
}

/** The world point under a screen point. */
export function toWorld(view: View, sx: number, sy: number): { x: number; y: number } {
  return { x: (sx - view.x) / view.k, y: (sy - view.y) / view.k };
}

/** The screen point of a world point. */
export function toScreen(view: View, wx: number, wy: number): { x: number; y: number } {
  return { x: wx * view.k + view.x, y: wy * view.k + view.y };
}

/** The world box a `width` × `height` canvas shows, grown by `margin` screen pixels on every side. */
export function visibleWorld(view: View, width: number, height: number, margin = 0): Box {
  const a = toWorld(view, -margin, -margin);
  const b = toWorld(view, width + margin, height + margin);
  return { minX: a.x, minY: a.y, maxX: b.x, maxY: b.y };
}

/** The view with world point (`wx`, `wy`) at the centre of the canvas, at zoom `k`. */
export function centreOn(wx: number, wy: number, width: number, height: number, k: number): View {
  return { k, x: width / 2 - wx * k, y: height / 2 - wy * k };
}

/**
 * The transform taking a bitmap drawn with view `from` to where view `to` puts it: scale `s` and offset
 * (`dx`, `dy`), so screen_to = screen_from × s + d. What the canvas applies to its cached edge layer while panning.
 */
export function relativeTransform(from: View, to: View): { s: number; dx: number; dy: number } {
  const s = to.k / from.k;
  return { s, dx: to.x - from.x * s, dy: to.y - from.y * s };
}

/** A circle to test against: centre and radius, in world units. */
export interface Circle {
  x: number;
  y: number;
  r: number;
}

/**
 * The index of the topmost circle under a screen point (the last drawn wins), within `slop` extra screen pixels
 * for small nodes; -1 when none.
 */
export function hitTest(circles: readonly Circle[], view: View, sx: number, sy: number, slop = 3): number {
  const p = toWorld(view, sx, sy);
  for (let i = circles.length - 1; i >= 0; i--) {
    const c = circles[i]!;
    const reach = c.r + slop / view.k;
    const dx = c.x - p.x;
    const dy = c.y - p.y;
    if (dx * dx + dy * dy <= reach * reach) return i;
  }
  return -1;
}
