/**
 * The /graph/ page's canvas: loads the variant's JSON (same origin), draws it with GraphCanvas, and wires the
 * controls. Zoom and pan belong to d3-zoom: wheel, drag, double click, a pinch or a two-finger pan on a touch
 * screen, the + / − / Fit buttons and the + − 0 and arrow keys. On a touch screen a one-finger swipe still scrolls
 * the page (`touch-action: pan-x pan-y`) until the reader taps the graph, which engages it (one finger then pans
 * it) until they tap elsewhere or press Escape. Selecting a node (a click or tap, the search box, Enter on a found
 * node) focuses it: the canvas brings its edges and neighbours to the front, focus-panel.ts lists them, and the
 * address keeps it (`?domain=`) so a shared link reopens it. Escape or the Clear button unfocuses. Everything the
 * canvas shows is also in the tables below it.
 */
import { select } from 'd3-selection';
import { zoom as d3Zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { searchNodes } from '../../lib/graph/node-search.ts';
import { decodeGraph } from '../../lib/views/graph-data.ts';
import type { View } from '../../lib/views/viewport.ts';
import { translator } from '../../locales/index.ts';
import { domainFromUrl, writeDomainToUrl } from '../date-url.ts';
import { h, replaceChildren } from '../dom.ts';
import { GraphCanvas, ZOOM_LIMITS } from './canvas-view.ts';
import { startFocusPanel } from './focus-panel.ts';
import { GRAPH_MARKS, GRAPH_READY, GRAPH_SELECT, type GraphReady, type GraphSelect } from './graph-events.ts';

const t = translator(document.documentElement.lang);

/** How far one key press or button click zooms. */
const ZOOM_STEP = 1.5;
/** How far one arrow key pans, pixels. */
const PAN_STEP = 60;

async function start(canvas: HTMLCanvasElement): Promise<void> {
  performance.mark(GRAPH_MARKS.start);
  const status = document.querySelector<HTMLElement>('[data-graph-status]');
  const toolbar = document.querySelector<HTMLElement>('[data-graph-toolbar]');
  const say = (...parts: (Node | string)[]) => status && replaceChildren(status, ...parts);
  let data: ReturnType<typeof decodeGraph>;
  let raw: unknown;
  try {
    // The same request as the head's <link rel="preload" as="fetch" crossorigin>, so the file already on its way is used.
    const response = await fetch(canvas.dataset.src!);
    if (!response.ok) throw new Error(String(response.status));
    raw = await response.json();
    performance.mark(GRAPH_MARKS.parsed);
    data = decodeGraph(raw);
    performance.mark(GRAPH_MARKS.decoded);
  } catch {
    say(t('graph.client.failed'));
    return;
  }
  // The build day's edges, with their dates and evidence (the replay swaps the drawn edges in place).
  const builtEdges = data.edges.slice();
  const pageOf = (i: number) => {
    const n = data.nodes[i]!;
    return `${n.community ? canvas.dataset.serverBase : canvas.dataset.domainBase}${n.id}/`;
  };
  const describe = (i: number) => {
    if (i < 0) return say(t('graph.focus.hint'));
    const n = data.nodes[i]!;
    const degree = view.selectedEdges.length;
    say(
      h('strong', {}, n.id),
      `: ${t('graph.client.node', { kind: n.community ? t('graph.node.community') : t('graph.kind.domain'), acting: n.acting, degree: t('graph.client.degree', { count: degree }) })} `,
      h('a', { href: pageOf(i) }, t('graph.client.open', { id: n.id })),
    );
  };
  // The rest of the page (the as-of replay, the image download) hears of the graph once its first frame is drawn
  // and shown: what they set up (the replay reads every edge's spans) would otherwise delay that frame.
  let drawn = false;
  let wired = false;
  let sent = false;
  const announce = () => {
    if (!drawn || !wired || sent) return;
    sent = true;
    window.setTimeout(() => canvas.dispatchEvent(new CustomEvent<GraphReady>(GRAPH_READY, { detail: { view, payload: raw } })), 0);
  };
  const view: GraphCanvas = new GraphCanvas(canvas, data.nodes, data.edges, {
    onSelect: (i) => {
      describe(i);
      panel.refresh();
      writeDomainToUrl(i >= 0 ? data.nodes[i]!.id : undefined);
      canvas.dispatchEvent(new CustomEvent<GraphSelect>(GRAPH_SELECT, { detail: { index: i } }));
    },
    onFirstDraw: () => {
      performance.mark(GRAPH_MARKS.firstFrame);
      canvas.setAttribute('data-drawn', 'true');
      drawn = true;
      announce();
    },
    onEdges: () => panel.refresh(),
  });
  const panel = startFocusPanel(view, builtEdges, pageOf, () => unfocus());

  // Zoom and pan: d3-zoom holds the transform, the canvas draws it.
  let engaged = false;
  const engage = (on: boolean) => {
    engaged = on;
    canvas.classList.toggle('is-engaged', on);
  };
  const behaviour: ZoomBehavior<HTMLCanvasElement, unknown> = d3Zoom<HTMLCanvasElement, unknown>()
    .scaleExtent(ZOOM_LIMITS)
    .filter((event: Event) => {
      // A touch: two fingers always (pinch, two-finger pan); one finger only once the reader engaged the graph.
      if (typeof TouchEvent !== 'undefined' && event instanceof TouchEvent) return engaged || event.touches.length >= 2;
      const e = event as MouseEvent;
      return (!e.ctrlKey || event.type === 'wheel') && !e.button;
    })
    // A reader's gesture (drag, pinch, wheel) holds the view moving until it ends; a key or button settles by itself.
    .on('start', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
      if (event.sourceEvent) view.hold(true);
    })
    .on('zoom', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
      view.show(event.transform);
      canvas.dataset.zoom = event.transform.k.toFixed(4);
    })
    .on('end', () => view.hold(false));
  const stage = select(canvas);
  stage.call(behaviour);
  const goTo = (v: View) => stage.call(behaviour.transform, zoomIdentity.translate(v.x, v.y).scale(v.k));
  goTo(view.fitView());

  const focus = (i: number, frame = true) => {
    view.select(i);
    if (i >= 0 && frame) goTo(view.focusView(i));
  };
  const unfocus = () => {
    if (view.selection < 0) return;
    view.select(-1);
    canvas.focus();
  };

  // A click or tap on a node focuses it (empty space keeps the focus: Escape or Clear removes it); d3-zoom
  // swallows the click that ends a drag. A tap also engages the graph for one-finger panning.
  let lastPointer = 'mouse';
  canvas.addEventListener('pointerdown', (e) => (lastPointer = e.pointerType));
  canvas.addEventListener('click', (e) => {
    const box = canvas.getBoundingClientRect();
    const i = view.nodeAt(e.clientX - box.left, e.clientY - box.top);
    if (i >= 0) focus(i, false);
    if (lastPointer === 'touch') engage(true);
  });
  document.addEventListener('pointerdown', (e) => {
    if (engaged && e.target !== canvas) engage(false);
  });

  // Keyboard, when the canvas has focus.
  canvas.addEventListener('keydown', (e) => {
    const keys: Record<string, () => void> = {
      ArrowLeft: () => behaviour.translateBy(stage, PAN_STEP / view.current.k, 0),
      ArrowRight: () => behaviour.translateBy(stage, -PAN_STEP / view.current.k, 0),
      ArrowUp: () => behaviour.translateBy(stage, 0, PAN_STEP / view.current.k),
      ArrowDown: () => behaviour.translateBy(stage, 0, -PAN_STEP / view.current.k),
      '+': () => behaviour.scaleBy(stage, ZOOM_STEP),
      '=': () => behaviour.scaleBy(stage, ZOOM_STEP),
      '-': () => behaviour.scaleBy(stage, 1 / ZOOM_STEP),
      '0': () => goTo(view.fitView()),
      Escape: () => {
        engage(false);
        unfocus();
      },
      Enter: () => {
        if (view.selection >= 0) window.location.assign(pageOf(view.selection));
      },
    };
    const act = keys[e.key];
    if (!act) return;
    e.preventDefault();
    act();
  });
  // Escape anywhere in the focus panel clears the focus too.
  document.querySelector('[data-graph-focus]')?.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape') unfocus();
  });

  // Buttons and search.
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
    button.addEventListener('click', () => {
      const how = button.dataset.zoom;
      if (how === 'in') behaviour.scaleBy(stage, ZOOM_STEP);
      else if (how === 'out') behaviour.scaleBy(stage, 1 / ZOOM_STEP);
      else goTo(view.fitView());
    });
  }
  const search = document.querySelector<HTMLFormElement>('form[data-graph-search]');
  const list = document.getElementById('graph-search-list');
  // The search box's suggestions, made when the box is first used (thousands of options would delay the first frame).
  const suggest = () => {
    if (!list || list.childElementCount > 0) return;
    list.replaceChildren(
      ...data.nodes.flatMap((n) => [h('option', { value: n.id }, n.name ?? ''), ...(n.name ? [h('option', { value: n.name }, n.id)] : [])]),
    );
  };
  const input = search?.querySelector('input');
  input?.addEventListener('focus', suggest, { once: true });
  input?.addEventListener('input', suggest, { once: true });
  search?.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = (new FormData(search).get('q') ?? '').toString().trim();
    if (!q) return;
    const [i] = searchNodes(data.nodes, q);
    if (i === undefined) {
      say(t('graph.client.no-match', { q }));
      return;
    }
    focus(i);
    canvas.focus();
  });

  new ResizeObserver(() => {
    view.resize();
    view.show(view.current, true);
  }).observe(canvas);
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => view.refreshPalette());
  if (toolbar) toolbar.hidden = false;
  wired = true;
  announce();

  // A shared link's focus.
  const asked = domainFromUrl();
  const index = asked === undefined ? -1 : data.nodes.findIndex((n) => n.id === asked);
  if (index >= 0) focus(index);
  else if (asked !== undefined) say(t('graph.client.no-match', { q: asked }));
  else describe(-1);
}

const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-full-graph]');
if (canvas) void start(canvas);
