/**
 * Draws the full graph on a canvas from its build-time layout, on demand only: nothing runs while the view is
 * still (no render loop). Edges are drawn once into an offscreen layer for the current view, with a margin; while
 * panning and zooming that layer is only transformed, and it is redrawn once the view settles (or runs out of
 * margin). Edges and nodes outside the view are skipped. The level of detail is src/lib/graph/edge-detail.ts's: a
 * moving view with many edges in sight draws them as plain hairlines (no dash, no arrowhead), and the still view
 * draws them in full (a dense graph's still view: the layer it has, moved, until its own, drawn a slice a frame
 * behind it, is complete). The canvas says which in `data-edge-detail` (`sketch` or `full`), and counts its layers in
 * `data-edge-layers` (full detail) and `data-edge-sketches`. A moving view with many nodes in the layer's box shows
 * them from a bitmap drawn once for the edge layer's view, moved as it is (src/lib/graph/node-detail.ts); a still
 * view draws them as shapes. The view itself (zoom and pan) is owned by d3-zoom in full-graph.ts, which hands
 * every change to `show`; a gesture (drag, pinch, wheel) settles when it ends, never while it lasts.
 *
 * A selected node is focused: the cached layer and every other node are drawn faded, and the node's own edges and
 * neighbours drawn in front. Labels are placed by `placeLabels` (src/lib/graph/label-placement.ts) when the view
 * is still: the focused node first, then its neighbours, then the most acted-on; none overlaps another and none
 * runs off the canvas. A moving view shows them where the last still view placed them, moved with their nodes.
 */
import { toUnicode } from '../../lib/domain.ts';
import { edgesInBox } from '../../lib/graph/edge-cull.ts';
import { drawnInSlices, edgeDetail, keepLayer, keepWhileRedrawn, type EdgeDetail, type LayerState } from '../../lib/graph/edge-detail.ts';
import { placeLabels, type LabelPlacement, type LabelRequest } from '../../lib/graph/label-placement.ts';
import { nodesFromLayer } from '../../lib/graph/node-detail.ts';
import { DENSE_EDGES_ABOVE, EDGE_STATES, type DrawEdge, type DrawNode } from '../../lib/views/graph-data.ts';
import { sameEdgeSet } from '../../lib/views/graph-spans.ts';
import { centreOn, fitView, hitTest, relativeTransform, toScreen, visibleWorld, type Box, type View } from '../../lib/views/viewport.ts';

/** Colours read from the page's CSS custom properties (so dark mode applies). */
interface Palette {
  suspends: string;
  limits: string;
  reaches: string;
  community: string;
  domain: string;
  text: string;
  halo: string;
  focus: string;
}

const DASH: Record<(typeof EDGE_STATES)[number], number[]> = { suspends: [], limits: [7, 4], reaches: [2, 3] };
const WIDTH: Record<(typeof EDGE_STATES)[number], number> = { suspends: 1.6, limits: 1.4, reaches: 1 };
/** The zoom limits (d3-zoom's scale extent). */
export const ZOOM_LIMITS: [number, number] = [0.02, 12];
const SETTLE_MS = 140;
/** How strongly what is outside the focus shows while a node is focused. */
const FADED = 0.14;
/** At most this many labels in the unfocused view, and one per this many square pixels of canvas (fewer on a phone). */
const MAX_LABELS = 250;
const LABEL_AREA = 9000;
/** How strongly edges show in the unfocused view: lighter the more there are, so the nodes stay readable. */
const edgeAlpha = (count: number) => (count > 2000 ? 0.3 : count > 300 ? 0.45 : 0.8);
/** Label height (12 px text with its halo), pixels. */
const LABEL_HEIGHT = 15;
/** Above this many edges the cached layer draws them one device pixel wide. */
const HAIRLINE_ABOVE = 2000;
/** A full-detail layer drawn in slices draws for at most this long a frame, in paths of this many edges. */
const SLICE_MS = 10;
const SLICE_EDGES = 400;

/** A layer being painted: its view and detail, its edges by state, and where the painting stands. */
interface LayerJob {
  view: View;
  detail: EdgeDetail;
  /** The edges in sight, by state (EDGE_STATES order). */
  byState: number[][];
  /** The state being drawn (index into EDGE_STATES), the pass (0: lines, 1: arrowheads) and the next edge. */
  state: number;
  pass: 0 | 1;
  next: number;
}

/** What the view tells the page. */
export interface CanvasHooks {
  /** A node was selected (or -1 for none). */
  onSelect?: (index: number) => void;
  /** The first frame was drawn. */
  onFirstDraw?: () => void;
  /** The edges changed (the as-of replay drew another day). */
  onEdges?: () => void;
}

/** The canvas view of one graph. */
export class GraphCanvas {
  readonly nodes: DrawNode[];
  readonly edges: DrawEdge[];
  /** The edges the graph's file holds, with their dates and evidence, for a replayed day that draws the same. */
  private readonly fileEdges: readonly DrawEdge[];
  private readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private readonly hooks: CanvasHooks;
  private readonly extent: Box;
  private palette: Palette;
  private width = 0;
  private height = 0;
  private dpr = 1;
  private view: View = { k: 1, x: 0, y: 0 };
  private layer: HTMLCanvasElement;
  /** Where a full-detail layer is drawn a slice at a time, to be swapped with `layer` once complete. */
  private back: HTMLCanvasElement;
  /** Where a slice-drawn layer's pass is drawn opaque before it is laid on `back` (see `paint`). */
  private scratch: HTMLCanvasElement;
  private job: LayerJob | undefined;
  private jobFrame = 0;
  private layerView: View | undefined;
  /** How the cached layer's edges are drawn. */
  private layerDetail: EdgeDetail = 'full';
  private layerMargin = 0;
  /** The nodes as a bitmap over the edge layer's box, for a moving view (see `nodesFromBitmap`). */
  private nodeLayer: HTMLCanvasElement;
  /** The view `nodeLayer` was drawn for, whether it was worth drawing there, or undefined when it must be drawn again. */
  private nodeLayerState: { view: View; used: boolean } | undefined;
  private labels: LabelPlacement[] | undefined;
  /** Each node's label width in pixels, measured the first time it is placed (the labels' font never changes). */
  private labelWidths: number[] = [];
  /** The width of each ASCII character in the labels' font, by code, measured the first time one is needed. */
  private charWidths: number[] = [];
  private selected = -1;
  /** The focused node and its neighbours (empty when nothing is focused). */
  private focusNodes = new Set<number>();
  /** The focused node's edges, by index. */
  private focusEdges: number[] = [];
  private frame = 0;
  private settleTimer = 0;
  /** A gesture (drag, pinch, wheel) is in progress: the view settles when it ends, not when it pauses. */
  private held = false;
  private drawnOnce = false;
  /** The nodes' bitmap is to be drawn when the page is idle. */
  private idle = false;
  private readonly neighbours: number[][];
  /** Each node's label, its domain in Unicode, made the first time it is asked for (see `text`). */
  private readonly texts: string[] = [];

  constructor(canvas: HTMLCanvasElement, nodes: DrawNode[], edges: DrawEdge[], hooks: CanvasHooks = {}) {
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d')!;
    this.nodes = nodes;
    this.edges = edges;
    this.fileEdges = [...edges];
    this.hooks = hooks;
    this.layer = document.createElement('canvas');
    this.back = document.createElement('canvas');
    this.scratch = document.createElement('canvas');
    this.nodeLayer = document.createElement('canvas');
    this.palette = this.readPalette();
    this.neighbours = nodes.map(() => []);
    edges.forEach((e, i) => {
      this.neighbours[e.source]!.push(i);
      this.neighbours[e.target]!.push(i);
    });
    const xs = nodes.map((n) => n.x);
    const ys = nodes.map((n) => n.y);
    this.extent = nodes.length
      ? { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) }
      : { minX: -1, minY: -1, maxX: 1, maxY: 1 };
    this.resize();
    this.view = this.fitView();
  }

  /** Re-reads the colours (after a colour-scheme change) and redraws. */
  refreshPalette(): void {
    this.palette = this.readPalette();
    this.dropLayer();
    this.request();
  }

  /**
   * Draws another set of edges between the same nodes (the as-of replay: the layout stays, the edges are those of
   * the day shown). The `edges` array is updated in place, so whoever holds it sees the day's edges too.
   */
  replaceEdges(edges: readonly DrawEdge[]): void {
    // The replay sizes the nodes for the day before it hands its edges: the nodes' bitmap is drawn again.
    this.nodeLayerState = undefined;
    // A day whose edges are those drawn (the replay's first day is the file's) keeps the drawing, and the edges'
    // dates and evidence, as they are.
    if (sameEdgeSet(this.edges, edges)) return;
    if (sameEdgeSet(this.fileEdges, edges)) edges = this.fileEdges;
    this.edges.length = 0;
    for (const e of edges) this.edges.push(e);
    for (const list of this.neighbours) list.length = 0;
    this.edges.forEach((e, i) => {
      this.neighbours[e.source]?.push(i);
      this.neighbours[e.target]?.push(i);
    });
    this.refocus();
    this.dropLayer();
    this.labels = undefined;
    this.request();
    this.hooks.onEdges?.();
  }

  /** Matches the canvas to its box on the page and redraws (nothing when its size has not changed since the last drawing). */
  resize(): void {
    const box = this.canvas.getBoundingClientRect();
    const width = Math.max(1, Math.round(box.width));
    const height = Math.max(1, Math.round(box.height));
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    // The observer's first report, and any that changes nothing, keep what is drawn.
    if (this.layerView && width === this.width && height === this.height && dpr === this.dpr) return;
    this.width = width;
    this.height = height;
    this.dpr = dpr;
    this.canvas.width = Math.round(this.width * this.dpr);
    this.canvas.height = Math.round(this.height * this.dpr);
    this.layerMargin = Math.round(Math.max(this.width, this.height) * 0.25);
    this.layer.width = Math.round((this.width + 2 * this.layerMargin) * this.dpr);
    this.layer.height = Math.round((this.height + 2 * this.layerMargin) * this.dpr);
    this.back.width = this.layer.width;
    this.back.height = this.layer.height;
    this.scratch.width = this.layer.width;
    this.scratch.height = this.layer.height;
    this.nodeLayer.width = this.layer.width;
    this.nodeLayer.height = this.layer.height;
    this.dropLayer();
    this.labels = undefined;
    this.request();
  }

  /** The view shown now. */
  get current(): View {
    return this.view;
  }

  /** The view showing the whole graph. */
  fitView(): View {
    return fitView(this.extent, this.width, this.height);
  }

  /**
   * The view showing a node and all its neighbours with room for their labels (a node without neighbours: centred,
   * at zoom `minK` or more), or the current view for no node.
   */
  focusView(index: number, minK = 1.5): View {
    const n = this.nodes[index];
    if (!n) return this.view;
    const near = [...this.focusSetOf(index)].map((i) => this.nodes[i]!);
    if (near.length < 2) return centreOn(n.x, n.y, this.width, this.height, Math.min(ZOOM_LIMITS[1], Math.max(this.view.k, minK)));
    const box = {
      minX: Math.min(...near.map((m) => m.x)),
      minY: Math.min(...near.map((m) => m.y)),
      maxX: Math.max(...near.map((m) => m.x)),
      maxY: Math.max(...near.map((m) => m.y)),
    };
    // A wide margin, so the neighbours' labels fit inside the canvas too.
    const pad = Math.min(120, this.width / 6, this.height / 4);
    return fitView(box, this.width, this.height, pad, 4);
  }

  /** Shows a view (d3-zoom's transform: screen = world × k + (x, y)); redraws, and settles once it stops changing. */
  show(view: View, settled = false): void {
    this.setView({ k: view.k, x: view.x, y: view.y }, settled);
  }

  /**
   * Says a reader's gesture (a drag, a pinch, the wheel) began or ended: while it lasts the view stays moving even
   * when it pauses, so the edges are drawn in full once, when it ends.
   */
  hold(on: boolean): void {
    if (this.held === on) return;
    this.held = on;
    if (!on) this.settle();
  }

  /** Selects (focuses) a node, or -1 for none. */
  select(index: number): void {
    this.selected = this.nodes[index] ? index : -1;
    this.refocus();
    this.labels = undefined;
    this.request();
    this.hooks.onSelect?.(this.selected);
  }

  /** The selected node's index, or -1. */
  get selection(): number {
    return this.selected;
  }

  /** The focused node's edges now (those of the day shown), by index into `edges`. */
  get selectedEdges(): readonly number[] {
    return this.focusEdges;
  }

  private focusSetOf(index: number): Set<number> {
    const set = new Set<number>([index]);
    for (const i of this.neighbours[index] ?? []) {
      const e = this.edges[i]!;
      set.add(e.source).add(e.target);
    }
    return set;
  }

  private refocus(): void {
    if (this.selected < 0) {
      this.focusNodes = new Set();
      this.focusEdges = [];
      return;
    }
    this.focusEdges = [...(this.neighbours[this.selected] ?? [])];
    this.focusNodes = this.focusSetOf(this.selected);
  }

  /** The node under a point of the canvas (CSS pixels from its top left), or -1. */
  nodeAt(sx: number, sy: number): number {
    return hitTest(this.nodes, this.view, sx, sy, 4);
  }

  private setView(view: View, settled = false): void {
    // A full-detail layer being drawn for another view is of no use now, but for a dense graph's: it is drawn for the
    // view the reader last left still, behind an older layer, and covers more around where they move next.
    const job = this.job;
    if (job && !(job.view.k === view.k && job.view.x === view.x && job.view.y === view.y) && this.edges.length <= DENSE_EDGES_ABOVE) this.stopJob();
    this.view = view;
    window.clearTimeout(this.settleTimer);
    this.settleTimer = 0;
    if (settled) this.settle();
    // A gesture settles when it ends (`hold`), however long it pauses.
    else if (!this.held) this.settleTimer = window.setTimeout(() => this.settle(), SETTLE_MS);
    this.request();
  }

  /**
   * The view stopped moving: the next frame draws the edge layer again in full detail for it (a layer drawn in full
   * for this very view, as the first frame's before d3-zoom's first transform, is kept), and places labels.
   */
  private settle(): void {
    window.clearTimeout(this.settleTimer);
    this.settleTimer = 0;
    if (this.held) return;
    this.labels = undefined;
    this.request();
  }

  private request(): void {
    if (this.frame) return;
    this.frame = window.requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private readPalette(): Palette {
    const css = getComputedStyle(this.canvas);
    const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
    return {
      suspends: v('--st-suspends', '#b91c1c'),
      limits: v('--st-limits', '#b45309'),
      reaches: v('--st-reaches', '#15803d'),
      community: v('--graph-node', '#0b5cad'),
      domain: v('--graph-node-domain', '#6b7280'),
      text: v('--text', '#1b1f24'),
      halo: v('--surface', '#ffffff'),
      focus: v('--focus', '#c2410c'),
    };
  }

  /** Whether the edge layer still covers the view (with its margin) at a scale close enough to look sharp. */
  private layerState(): LayerState | undefined {
    const lv = this.layerView;
    if (!lv) return undefined;
    const t = relativeTransform(lv, this.view);
    // The layer's box in current screen space must still cover the canvas.
    const left = -this.layerMargin * t.s + t.dx;
    const top = -this.layerMargin * t.s + t.dy;
    const right = (this.width + this.layerMargin) * t.s + t.dx;
    const bottom = (this.height + this.layerMargin) * t.s + t.dy;
    return {
      detail: this.layerDetail,
      exact: lv.k === this.view.k && lv.x === this.view.x && lv.y === this.view.y,
      scale: t.s,
      covers: left <= 0 && top <= 0 && right >= this.width && bottom >= this.height,
    };
  }

  /** Whether the view is moving: it changed and has not settled since, or a gesture is in progress. */
  private get moving(): boolean {
    return this.settleTimer !== 0 || this.held;
  }

  /** Forgets the cached layer and any layer being drawn, so the next frame draws the edges again. */
  private dropLayer(): void {
    this.layerView = undefined;
    this.nodeLayerState = undefined;
    this.stopJob();
  }

  private stopJob(): void {
    this.job = undefined;
    if (this.jobFrame) window.cancelAnimationFrame(this.jobFrame);
    this.jobFrame = 0;
  }

  /** A new edge layer for the current view: the detail edge-detail.ts gives, a slice at a time when it is long. */
  private drawLayer(layer: LayerState | undefined): void {
    const view = this.view;
    const dense = this.edges.length > DENSE_EDGES_ABOVE;
    const job = this.job;
    // A dense graph's still view: the layer it has, moved, while its own is drawn in slices (one job per view).
    const behind = !this.moving && keepWhileRedrawn(layer, dense);
    if (behind && job && job.view.k === view.k && job.view.x === view.x && job.view.y === view.y) return;
    const inSight = edgesInBox(this.nodes, this.edges, visibleWorld(view, this.width, this.height, this.layerMargin));
    if (behind) {
      this.stopJob();
      this.job = this.newJob(view, inSight, 'full');
      this.stepJob();
      return;
    }
    const detail = edgeDetail(this.moving, inSight.length, dense);
    if (detail === 'sketch' || !drawnInSlices(inSight.length, dense)) {
      this.stopJob();
      this.paint(this.layer, this.newJob(view, inSight, detail), Infinity);
      this.layerDone(view, detail);
      return;
    }
    // A still view of many edges: hairlines now (unless they are there already), the full detail in slices behind them.
    if (!(layer?.exact && layer.detail === 'sketch')) {
      this.paint(this.layer, this.newJob(view, inSight, 'sketch'), Infinity);
      this.layerDone(view, 'sketch');
    }
    if (job && job.view.k === view.k && job.view.x === view.x && job.view.y === view.y) return;
    this.stopJob();
    this.job = this.newJob(view, inSight, 'full');
    this.stepJob();
  }

  /** Draws the next slice of the full-detail layer; swaps it in once it is complete. */
  private stepJob(): void {
    const job = this.job;
    if (!job) return;
    if (!this.paint(this.back, job, performance.now() + SLICE_MS)) {
      this.jobFrame = window.requestAnimationFrame(() => {
        this.jobFrame = 0;
        this.stepJob();
      });
      return;
    }
    this.job = undefined;
    [this.layer, this.back] = [this.back, this.layer];
    this.layerDone(job.view, 'full');
    this.request();
  }

  private layerDone(view: View, detail: EdgeDetail): void {
    this.layerView = { ...view };
    this.layerDetail = detail;
    this.canvas.dataset.edgeDetail = detail;
    // How many times every edge was drawn in full, for the tests: a replay that changes nothing must not add one.
    const counter = detail === 'full' ? 'edgeLayers' : 'edgeSketches';
    this.canvas.dataset[counter] = String(Number(this.canvas.dataset[counter] ?? 0) + 1);
  }

  private newJob(view: View, inSight: readonly number[], detail: EdgeDetail): LayerJob {
    return { view: { ...view }, detail, byState: EDGE_STATES.map((state) => inSight.filter((i) => this.edges[i]!.state === state)), state: 0, pass: 0, next: 0 };
  }

  /**
   * Paints a layer's edges onto `canvas` from where `job` stands (a new job clears it first) until `deadline`
   * (performance.now()); true once every edge is drawn. Without a deadline each state is one path, as a layer drawn
   * at once; with one, paths of SLICE_EDGES edges.
   */
  private paint(canvas: HTMLCanvasElement, job: LayerJob, deadline: number): boolean {
    const ctx = canvas.getContext('2d')!;
    const m = this.layerMargin;
    const view = job.view;
    if (job.state === 0 && job.pass === 0 && job.next === 0) {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
    }
    // In slices, each pass of a state is drawn opaque on a scratch canvas and laid on the layer at the state's
    // alpha once complete: where edges cross, the layer then looks as one path per state drawn at once looks.
    const sliced = Number.isFinite(deadline);
    const out = sliced ? this.scratch.getContext('2d')! : ctx;
    const alpha = edgeAlpha(this.edges.length);
    // Dense: solid hairlines and no arrowheads (see DENSE_EDGES_ABOVE); the selected node's edges keep their dash.
    // A sketch: the same, until the view is still.
    const plain = this.edges.length > DENSE_EDGES_ABOVE || job.detail === 'sketch';
    // Many edges: one-device-pixel lines, which the rasteriser draws an order of magnitude faster than wider ones
    // (13,000 edges: ~20 ms instead of ~300 ms on a CPU); colour and dash still tell the states apart.
    const hairline = this.edges.length > HAIRLINE_ABOVE || job.detail === 'sketch';
    const slice = sliced ? SLICE_EDGES : Infinity;
    const head = 7 / view.k;
    let painted = false;
    while (job.state < EDGE_STATES.length) {
      const state = EDGE_STATES[job.state]!;
      const list = job.byState[job.state]!;
      if (job.next >= list.length || (job.pass === 1 && plain)) {
        if (sliced && job.next > 0) {
          ctx.setTransform(1, 0, 0, 1, 0, 0);
          ctx.globalAlpha = alpha;
          ctx.drawImage(this.scratch, 0, 0);
        }
        if (job.pass === 0 && !plain) job.pass = 1;
        else {
          job.state++;
          job.pass = 0;
        }
        job.next = 0;
        continue;
      }
      if (painted && performance.now() > deadline) return false;
      const end = Math.min(list.length, job.next + slice);
      if (sliced && job.next === 0) {
        out.setTransform(1, 0, 0, 1, 0, 0);
        out.clearRect(0, 0, this.scratch.width, this.scratch.height);
      }
      out.setTransform(this.dpr * view.k, 0, 0, this.dpr * view.k, this.dpr * (view.x + m), this.dpr * (view.y + m));
      out.globalAlpha = sliced ? 1 : alpha;
      out.beginPath();
      if (job.pass === 0) {
        for (let j = job.next; j < end; j++) {
          const e = this.edges[list[j]!]!;
          const a = this.nodes[e.source]!;
          const b = this.nodes[e.target]!;
          out.moveTo(a.x, a.y);
          out.lineTo(b.x, b.y);
        }
        out.strokeStyle = this.palette[state];
        out.lineWidth = hairline ? 1 / (this.dpr * view.k) : WIDTH[state] / view.k;
        out.setLineDash(plain ? [] : DASH[state].map((d) => d / view.k));
        out.stroke();
      } else {
        // Arrowheads at the domain's rim, where an edge is long enough on screen to show one.
        for (let j = job.next; j < end; j++) {
          const e = this.edges[list[j]!]!;
          const a = this.nodes[e.source]!;
          const b = this.nodes[e.target]!;
          const len = Math.hypot(b.x - a.x, b.y - a.y);
          if (len * view.k < 30) continue;
          const ux = (b.x - a.x) / len;
          const uy = (b.y - a.y) / len;
          const tipX = b.x - ux * Math.max(b.r, 1.5 / view.k);
          const tipY = b.y - uy * Math.max(b.r, 1.5 / view.k);
          out.moveTo(tipX, tipY);
          out.lineTo(tipX - ux * head + uy * head * 0.5, tipY - uy * head - ux * head * 0.5);
          out.lineTo(tipX - ux * head - uy * head * 0.5, tipY - uy * head + ux * head * 0.5);
          out.closePath();
        }
        out.fillStyle = this.palette[state];
        out.fill();
      }
      job.next = end;
      painted = true;
    }
    for (const c of [ctx, out]) {
      c.globalAlpha = 1;
      c.setLineDash([]);
    }
    return true;
  }

  private draw(): void {
    const ctx = this.ctx;
    const view = this.view;
    const focused = this.selected >= 0;
    const layer = this.layerState();
    if (!keepLayer(this.moving, layer)) this.drawLayer(layer);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    // Edges: the cached layer, moved to where the current view puts it (faded behind a focus).
    const t = relativeTransform(this.layerView!, view);
    ctx.setTransform(this.dpr * t.s, 0, 0, this.dpr * t.s, this.dpr * t.dx, this.dpr * t.dy);
    ctx.globalAlpha = focused ? FADED : 1;
    ctx.drawImage(this.layer, -this.layerMargin, -this.layerMargin, this.width + 2 * this.layerMargin, this.height + 2 * this.layerMargin);
    ctx.globalAlpha = 1;
    // Nodes in view (faded behind a focus): while a view of many moves, their bitmap, moved as the edge layer is.
    const minR = 1.5 / view.k;
    if (this.nodesFromBitmap()) {
      ctx.globalAlpha = focused ? FADED * 2 : 1;
      ctx.drawImage(this.nodeLayer, -this.layerMargin, -this.layerMargin, this.width + 2 * this.layerMargin, this.height + 2 * this.layerMargin);
      ctx.globalAlpha = 1;
      ctx.setTransform(this.dpr * view.k, 0, 0, this.dpr * view.k, this.dpr * view.x, this.dpr * view.y);
    } else {
      ctx.setTransform(this.dpr * view.k, 0, 0, this.dpr * view.k, this.dpr * view.x, this.dpr * view.y);
      this.pathNodes(ctx, visibleWorld(view, this.width, this.height, 20), minR, focused ? (i) => !this.focusNodes.has(i) : undefined, focused ? FADED * 2 : 1);
    }
    if (focused) {
      // The focused node's edges, in front, with their dash and an arrowhead at the domain's rim.
      for (const i of this.focusEdges) {
        const e = this.edges[i]!;
        const a = this.nodes[e.source]!;
        const b = this.nodes[e.target]!;
        ctx.beginPath();
        ctx.moveTo(a.x, a.y);
        ctx.lineTo(b.x, b.y);
        ctx.strokeStyle = this.palette[e.state];
        ctx.lineWidth = 2.5 / view.k;
        ctx.setLineDash(DASH[e.state].map((d) => (d * 1.3) / view.k));
        ctx.stroke();
        const len = Math.hypot(b.x - a.x, b.y - a.y);
        if (len * view.k < 24) continue;
        const ux = (b.x - a.x) / len;
        const uy = (b.y - a.y) / len;
        const head = 9 / view.k;
        const tipX = b.x - ux * Math.max(b.r, minR);
        const tipY = b.y - uy * Math.max(b.r, minR);
        ctx.beginPath();
        ctx.moveTo(tipX, tipY);
        ctx.lineTo(tipX - ux * head + uy * head * 0.5, tipY - uy * head - ux * head * 0.5);
        ctx.lineTo(tipX - ux * head - uy * head * 0.5, tipY - uy * head + ux * head * 0.5);
        ctx.closePath();
        ctx.fillStyle = this.palette[e.state];
        ctx.fill();
      }
      ctx.setLineDash([]);
      this.pathNodes(ctx, visibleWorld(view, this.width, this.height, 20), minR, (i) => this.focusNodes.has(i), 1);
      const sel = this.nodes[this.selected]!;
      ctx.beginPath();
      ctx.arc(sel.x, sel.y, Math.max(minR, sel.r) + 3 / view.k, 0, Math.PI * 2);
      ctx.strokeStyle = this.palette.focus;
      ctx.lineWidth = 3 / view.k;
      ctx.stroke();
    }
    // Labels, in screen space, where the last still view placed them (relative to their node). A view that has not
    // been still since they were dropped (the first frame, a gesture begun before the view settled) has none: they
    // are placed when it is still.
    ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    ctx.font = '12px system-ui, sans-serif';
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    if (!this.labels && !this.moving) this.labels = this.placeLabelsNow();
    for (const p of this.labels ?? []) {
      const n = this.nodes[p.index]!;
      const s = toScreen(view, n.x, n.y);
      const x = s.x + p.dx;
      const y = s.y + p.dy + LABEL_HEIGHT / 2;
      if (x > this.width + 10 || x + (p.maxX - p.minX) < -10 || y < -10 || y > this.height + 10) continue;
      ctx.lineWidth = 3;
      ctx.strokeStyle = this.palette.halo;
      ctx.strokeText(this.text(p.index), x, y);
      ctx.fillStyle = p.index === this.selected ? this.palette.focus : this.palette.text;
      ctx.fillText(this.text(p.index), x, y);
    }
    if (!this.drawnOnce) {
      this.drawnOnce = true;
      this.hooks.onFirstDraw?.();
    }
    // The nodes' bitmap for the edge layer's view, drawn when the page is idle, so the next gesture's first frame
    // need not draw it.
    if (!this.idle && !this.nodeLayerDrawnFor(this.layerView)) {
      const later = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 50));
      this.idle = true;
      later(() => {
        this.idle = false;
        // A layer being drawn in slices replaces the edge layer soon: its own view's bitmap follows it.
        if (!this.job) this.nodesFromBitmap(true);
      });
    }
  }

  /**
   * Adds the nodes inside `box` (world units; those `only` keeps) to one path per kind and fills them at `alpha`,
   * under the context's current transform (world to device pixels); a node is at least `minR` wide.
   */
  private pathNodes(ctx: CanvasRenderingContext2D, box: Box, minR: number, only: ((i: number) => boolean) | undefined, alpha: number): void {
    const nodes = this.nodes;
    ctx.globalAlpha = alpha;
    for (const kind of [false, true]) {
      ctx.beginPath();
      for (let i = 0; i < nodes.length; i++) {
        const n = nodes[i]!;
        if (n.community !== kind || n.x < box.minX || n.x > box.maxX || n.y < box.minY || n.y > box.maxY) continue;
        if (only && !only(i)) continue;
        const r = n.r > minR ? n.r : minR;
        ctx.moveTo(n.x + r, n.y);
        ctx.arc(n.x, n.y, r, 0, Math.PI * 2);
      }
      ctx.fillStyle = kind ? this.palette.community : this.palette.domain;
      ctx.fill();
    }
    ctx.globalAlpha = 1;
  }

  /** Whether the nodes' bitmap was drawn (or found not worth drawing) for `view`. */
  private nodeLayerDrawnFor(view: View | undefined): boolean {
    const state = this.nodeLayerState;
    return !!view && !!state && state.view.k === view.k && state.view.x === view.x && state.view.y === view.y;
  }

  /**
   * Whether this frame shows the nodes from their bitmap (node-detail.ts: a moving view, many nodes in the edge
   * layer's box), drawing it first for the edge layer's view when it was drawn for another; `prepare` draws it for
   * a still view too (ahead of the next gesture). Leaves the context transformed as the edge layer is drawn.
   */
  private nodesFromBitmap(prepare = false): boolean {
    const lv = this.layerView;
    // The first frame draws its nodes as shapes, as fast: their bitmap follows when the page is idle.
    if (!lv || !((this.moving && this.drawnOnce) || prepare)) return false;
    if (!this.nodeLayerDrawnFor(lv)) {
      const m = this.layerMargin;
      const box = visibleWorld(lv, this.width, this.height, m + 20);
      let inBox = 0;
      for (const n of this.nodes) if (n.x >= box.minX && n.x <= box.maxX && n.y >= box.minY && n.y <= box.maxY) inBox++;
      const used = nodesFromLayer(true, inBox);
      if (used) {
        const ctx = this.nodeLayer.getContext('2d')!;
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.clearRect(0, 0, this.nodeLayer.width, this.nodeLayer.height);
        ctx.setTransform(this.dpr * lv.k, 0, 0, this.dpr * lv.k, this.dpr * (lv.x + m), this.dpr * (lv.y + m));
        this.pathNodes(ctx, box, 1.5 / lv.k, undefined, 1);
      }
      this.nodeLayerState = { view: { ...lv }, used };
    }
    if (prepare || !this.nodeLayerState!.used) return this.nodeLayerState!.used;
    const t = relativeTransform(lv, this.view);
    this.ctx.setTransform(this.dpr * t.s, 0, 0, this.dpr * t.s, this.dpr * t.dx, this.dpr * t.dy);
    return true;
  }

  /** A node's label: its domain in Unicode. */
  private text(i: number): string {
    return (this.texts[i] ??= toUnicode(this.nodes[i]!.id));
  }

  /**
   * A width a node's label is sure to be at least: its ASCII characters' widths measured one by one (each character
   * once), less a sixth for kerning; other characters count nothing. Lets the placement leave out a label with no
   * room without measuring it (see LabelRequest's `minWidth`).
   */
  private labelMinWidth(i: number): number {
    const text = this.text(i);
    let sum = 0;
    for (let c = 0; c < text.length; c++) {
      const code = text.charCodeAt(c);
      if (code >= 128) continue;
      sum += this.charWidths[code] ??= this.ctx.measureText(text[c]!).width;
    }
    return (sum * 5) / 6;
  }

  /**
   * The labels for the current view: with a focus, the focused node and its neighbours; without, the most acted-on
   * nodes in view. A label's text is measured only when the placement reaches it and a lower bound of its width
   * leaves it room (once per node), and the placement stops at the most labels the canvas takes: measuring the
   * thousands of labels of a large graph cost more than drawing its frame.
   */
  private placeLabelsNow(): LabelPlacement[] {
    const ctx = this.ctx;
    const view = this.view;
    const width = (i: number) => () => (this.labelWidths[i] ??= ctx.measureText(this.text(i)).width);
    const request = (i: number): LabelRequest => {
      const n = this.nodes[i]!;
      const s = toScreen(view, n.x, n.y);
      // The selected node wears a ring: its label starts past it.
      const ring = i === this.selected ? 6 : 0;
      const measured = this.labelWidths[i];
      return { index: i, x: s.x, y: s.y, r: Math.max(1.5, n.r * view.k) + ring, height: LABEL_HEIGHT, ...(measured === undefined ? { width: width(i), minWidth: this.labelMinWidth(i) } : { width: measured }) };
    };
    const bounds = { width: this.width, height: this.height };
    const requests = function* (order: readonly number[]): Generator<LabelRequest> {
      for (const i of order) yield request(i);
    };
    if (this.selected >= 0) {
      const rest = [...this.focusNodes].filter((i) => i !== this.selected).sort((a, b) => this.nodes[b]!.acting - this.nodes[a]!.acting || a - b);
      return placeLabels(requests([this.selected, ...rest]), bounds);
    }
    const box = visibleWorld(view, this.width, this.height);
    const inside: number[] = [];
    this.nodes.forEach((n, i) => {
      if (n.x >= box.minX && n.x <= box.maxX && n.y >= box.minY && n.y <= box.maxY) inside.push(i);
    });
    inside.sort((a, b) => this.nodes[b]!.acting - this.nodes[a]!.acting || a - b);
    return placeLabels(requests(inside), bounds, Math.min(MAX_LABELS, Math.round((this.width * this.height) / LABEL_AREA)));
  }
}
