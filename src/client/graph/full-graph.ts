/**
 * The /graph/ page's canvas: loads the variant's JSON (same origin), draws it with GraphCanvas, and wires the
 * controls: drag or arrow keys to pan, wheel, buttons or +/− to zoom, 0 or "Fit" to show everything, a search box
 * to find a node, a click (or Enter on a found node) to select it and offer a link to its page. Everything the
 * canvas shows is also in the tables below it.
 */
import { decodeGraph } from '../../lib/views/graph-data.ts';
import { translator } from '../../locales/index.ts';
import { h, replaceChildren } from '../dom.ts';
import { GraphCanvas } from './canvas-view.ts';
import { GRAPH_READY, GRAPH_SELECT, type GraphReady, type GraphSelect } from './graph-events.ts';

const t = translator(document.documentElement.lang);

async function start(canvas: HTMLCanvasElement): Promise<void> {
  const status = document.querySelector<HTMLElement>('[data-graph-status]');
  const toolbar = document.querySelector<HTMLElement>('[data-graph-toolbar]');
  const say = (...parts: (Node | string)[]) => status && replaceChildren(status, ...parts);
  let data: ReturnType<typeof decodeGraph>;
  let raw: unknown;
  try {
    const response = await fetch(canvas.dataset.src!, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(String(response.status));
    raw = await response.json();
    data = decodeGraph(raw);
  } catch {
    say(t('graph.client.failed'));
    return;
  }
  const pageOf = (i: number) => {
    const n = data.nodes[i]!;
    return `${n.community ? canvas.dataset.serverBase : canvas.dataset.domainBase}${n.id}/`;
  };
  const describe = (i: number) => {
    if (i < 0) return say('');
    const n = data.nodes[i]!;
    const degree = data.edges.filter((e) => e.source === i || e.target === i).length;
    say(
      h('strong', {}, n.id),
      `: ${t('graph.client.node', { kind: n.community ? t('graph.node.community') : t('graph.kind.domain'), acting: n.acting, degree: t('graph.client.degree', { count: degree }) })} `,
      h('a', { href: pageOf(i) }, t('graph.client.open', { id: n.id })),
    );
  };
  const view = new GraphCanvas(canvas, data.nodes, data.edges, {
    onSelect: (i) => {
      describe(i);
      canvas.dispatchEvent(new CustomEvent<GraphSelect>(GRAPH_SELECT, { detail: { index: i } }));
    },
    onFirstDraw: () => canvas.setAttribute('data-drawn', 'true'),
  });

  // Pointer: drag to pan, click to select.
  let drag: { x: number; y: number; moved: boolean; id: number } | undefined;
  canvas.addEventListener('pointerdown', (e) => {
    drag = { x: e.clientX, y: e.clientY, moved: false, id: e.pointerId };
    canvas.setPointerCapture(e.pointerId);
  });
  canvas.addEventListener('pointermove', (e) => {
    if (!drag || drag.id !== e.pointerId) return;
    const dx = e.clientX - drag.x;
    const dy = e.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 3) return;
    drag.moved = true;
    drag.x = e.clientX;
    drag.y = e.clientY;
    view.pan(dx, dy);
  });
  canvas.addEventListener('pointerup', (e) => {
    if (!drag || drag.id !== e.pointerId) return;
    const wasClick = !drag.moved;
    drag = undefined;
    if (wasClick) {
      const box = canvas.getBoundingClientRect();
      view.select(view.nodeAt(e.clientX - box.left, e.clientY - box.top));
    }
  });
  canvas.addEventListener('pointercancel', () => (drag = undefined));
  canvas.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      const box = canvas.getBoundingClientRect();
      view.zoom(Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.0015)), e.clientX - box.left, e.clientY - box.top);
    },
    { passive: false },
  );
  canvas.addEventListener('dblclick', (e) => {
    const box = canvas.getBoundingClientRect();
    view.zoom(2, e.clientX - box.left, e.clientY - box.top);
  });

  // Keyboard, when the canvas has focus.
  canvas.addEventListener('keydown', (e) => {
    const step = 60;
    const keys: Record<string, () => void> = {
      ArrowLeft: () => view.pan(step, 0),
      ArrowRight: () => view.pan(-step, 0),
      ArrowUp: () => view.pan(0, step),
      ArrowDown: () => view.pan(0, -step),
      '+': () => view.zoom(1.4),
      '=': () => view.zoom(1.4),
      '-': () => view.zoom(1 / 1.4),
      '0': () => view.fit(),
      Escape: () => view.select(-1),
      Enter: () => {
        if (view.selection >= 0) window.location.assign(pageOf(view.selection));
      },
    };
    const act = keys[e.key];
    if (!act) return;
    e.preventDefault();
    act();
  });

  // Buttons and search.
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
    button.addEventListener('click', () => {
      const how = button.dataset.zoom;
      if (how === 'in') view.zoom(1.5);
      else if (how === 'out') view.zoom(1 / 1.5);
      else view.fit();
    });
  }
  const search = document.querySelector<HTMLFormElement>('form[data-graph-search]');
  const list = document.getElementById('graph-search-list');
  if (list) list.replaceChildren(...data.nodes.map((n) => h('option', { value: n.id })));
  search?.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = (new FormData(search).get('q') ?? '').toString().trim().toLowerCase();
    if (!q) return;
    let i = data.nodes.findIndex((n) => n.id === q);
    if (i < 0) i = data.nodes.findIndex((n) => n.id.includes(q));
    if (i < 0) {
      say(t('graph.client.no-match', { q }));
      return;
    }
    view.select(i, true);
    canvas.focus();
  });

  new ResizeObserver(() => view.resize()).observe(canvas);
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => view.refreshPalette());
  if (toolbar) toolbar.hidden = false;
  canvas.dispatchEvent(new CustomEvent<GraphReady>(GRAPH_READY, { detail: { view, payload: raw } }));
}

const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-full-graph]');
if (canvas) void start(canvas);
