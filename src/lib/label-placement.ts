/**
 * Labels that never overlap, for the downloaded figures (src/client/figure-image.ts) and, through `placeBoxes`, the
 * full graph's canvas (graph/label-placement.ts): a greedy pass that places
 * the most important label first, at the first of its candidate positions that overlaps neither a label already
 * placed nor an obstacle (a mark, a node) and stays inside the figure; a label with no such position is left out
 * (its row stays in the CSV). Pure and deterministic: ties in importance go by id, in code-point order.
 */

/** An axis-aligned box: left, top, right, bottom. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where a label's text is anchored, as SVG's `text-anchor`. */
export type Anchor = 'start' | 'middle' | 'end';

/** One place a label may go: its baseline point and anchor, as an SVG `<text>` is written. */
export interface LabelSpot {
  x: number;
  y: number;
  anchor: Anchor;
}

/** A label to place. */
export interface LabelCandidate {
  /** Unique among the labels. */
  id: string;
  /** Higher goes first. */
  priority: number;
  /** The text's width and font size, in the figure's units. */
  width: number;
  size: number;
  /** The places it may go, the preferred first. */
  spots: readonly LabelSpot[];
}

/** The placed labels by id, each with the spot chosen; the ids left out, in the order they were tried. */
export interface Placement {
  placed: Map<string, LabelSpot>;
  dropped: string[];
}

/** The box a text takes at `spot`: from a little above its cap height to below its descenders. */
export function labelBox(spot: LabelSpot, width: number, size: number): Box {
  const x0 = spot.anchor === 'start' ? spot.x : spot.anchor === 'middle' ? spot.x - width / 2 : spot.x - width;
  return { x0, y0: spot.y - size * 0.85, x1: x0 + width, y1: spot.y + size * 0.25 };
}

/** Whether two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * A rough width of `text` in a sans-serif font of `size` (0.6 em a character, as the Open Graph cards assume),
 * for labels whose width cannot be measured.
 */
export function textWidth(text: string, size: number): number {
  return [...text].length * size * 0.6;
}

/** Boxes filed by the grid cells they cover, so a box is compared only with its neighbours (many labels stay fast). */
class BoxGrid {
  private readonly cells = new Map<string, Box[]>();
  private readonly size: number;
  constructor(size: number) {
    this.size = size;
  }
  private keys(b: Box): string[] {
    const out: string[] = [];
    for (let i = Math.floor(b.x0 / this.size); i <= Math.floor(b.x1 / this.size); i++) for (let j = Math.floor(b.y0 / this.size); j <= Math.floor(b.y1 / this.size); j++) out.push(`${i},${j}`);
    return out;
  }
  add(b: Box): void {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }
  hits(b: Box): boolean {
    return this.keys(b).some((k) => this.cells.get(k)?.some((o) => overlaps(o, b)) ?? false);
  }
}

/**
 * The greedy pass, one item at a time: `place` gives an item the first of its candidate boxes that lies inside
 * `bounds` (when given) and overlaps no obstacle and no box already taken, and returns its index (-1 when none
 * does). Items can so be made as they are asked for, and the pass stopped once enough are placed.
 */
export class BoxPlacer {
  private readonly taken = new BoxGrid(64);
  private readonly bounds: Box | undefined;
  /** How many items have been placed. */
  count = 0;

  constructor(obstacles: readonly Box[] = [], bounds?: Box) {
    for (const o of obstacles) this.taken.add(o);
    this.bounds = bounds;
  }

  /** The index of the first of `boxes` that is free (inside the bounds, clear of every box taken), or -1; takes none. */
  free(boxes: readonly Box[]): number {
    const bounds = this.bounds;
    return boxes.findIndex((box) => !(bounds && (box.x0 < bounds.x0 || box.y0 < bounds.y0 || box.x1 > bounds.x1 || box.y1 > bounds.y1)) && !this.taken.hits(box));
  }

  /** Places one item: the index of the box it takes (the first free), or -1 when none is free. */
  place(boxes: readonly Box[]): number {
    const at = this.free(boxes);
    if (at >= 0) {
      this.taken.add(boxes[at]!);
      this.count++;
    }
    return at;
  }
}

/**
 * The greedy pass itself, for any kind of label: each item, in the order given, takes the first of its candidate
 * boxes that lies inside `bounds` (when given) and overlaps no obstacle and no box already taken; an item with no
 * such box is left out. Stops after `max` items are placed. Returns, item by item, the index of the box taken, or
 * -1 when it was left out (or came after `max`).
 */
export function placeBoxes(items: readonly (readonly Box[])[], obstacles: readonly Box[] = [], bounds?: Box, max = Infinity): number[] {
  const placer = new BoxPlacer(obstacles, bounds);
  return items.map((boxes) => (placer.count >= max ? -1 : placer.place(boxes)));
}

/**
 * Places `labels` greedily (highest priority first, then by id), each at its first spot whose box overlaps no
 * placed label and no obstacle and lies inside `bounds` when given; the others are dropped.
 */
export function placeLabels(labels: readonly LabelCandidate[], obstacles: readonly Box[] = [], bounds?: Box): Placement {
  const order = [...labels].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const chosen = placeBoxes(order.map((label) => label.spots.map((s) => labelBox(s, label.width, label.size))), obstacles, bounds);
  const placed = new Map<string, LabelSpot>();
  const dropped: string[] = [];
  order.forEach((label, i) => {
    const spot = label.spots[chosen[i]!];
    if (spot) placed.set(label.id, spot);
    else dropped.push(label.id);
  });
  return { placed, dropped };
}

/**
 * The usual spots around a round mark of radius `r` at (cx, cy), for a label of font `size`: right, left, above,
 * below; `first`, when given (where the label was drawn), is tried before them.
 */
export function spotsAround(cx: number, cy: number, r: number, size: number, first?: LabelSpot): LabelSpot[] {
  const gap = 3;
  const mid = cy + size * 0.32;
  const around: LabelSpot[] = [
    { x: cx + r + gap, y: mid, anchor: 'start' },
    { x: cx - r - gap, y: mid, anchor: 'end' },
    { x: cx, y: cy - r - gap - size * 0.25, anchor: 'middle' },
    { x: cx, y: cy + r + gap + size * 0.85, anchor: 'middle' },
  ];
  return first ? [first, ...around] : around;
}
