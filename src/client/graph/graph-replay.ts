/**
 * The /graph/ page's as-of replay (src/components/GraphReplay.astro): once the canvas has drawn its graph
 * (full-graph.ts sends GRAPH_READY), wires the controls (replay-wire.ts) and, for the day chosen (`?date=`, the
 * controls) and the period a reader restricts answers to (`?confirmed=`: an edge no source confirmed within it does
 * not count, its community's answer being unknown, as on the domain page), draws the edges that hold that day,
 * sizes the nodes by who acts on them that day, and rewrites the counts, the announcement and the chosen node's
 * table. It looks days up in the edges' spans (the canvas's `data-spans-src`, a file beside the graph's, in its node
 * order: a quarter of a million spans, 1.2 MB gzip, at 30,000 servers), fetched and decoded only when first needed:
 * another day or a period (from the address or the controls), play (which stops on the days states change), or a
 * chosen node (its table lists every community with a span towards it). The graph's own day, every answer counted,
 * is what the page and the graph's file already show. It decides no state.
 */
import { nodeSize } from '../../lib/graph/node-size.ts';
import { addMonths } from '../../lib/map/replay.ts';
import { STATE_GLYPHS, stateWords } from '../../lib/map/reach-shard.ts';
import { confirmedSince, dayNumber, dayOfNumber, decodeSpans, drawActingOn, drawEdgesOn, drawSpanOn, type DrawSpan } from '../../lib/views/graph-spans.ts';
import { h, replaceChildren } from '../dom.ts';
import { dayWords, numberWords, t } from '../page-words.ts';
import { startReplay } from '../replay-wire.ts';
import { GRAPH_READY, GRAPH_SELECT, type GraphReady, type GraphSelect } from './graph-events.ts';

const root = document.querySelector<HTMLElement>('[data-graph-replay]');
const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-full-graph]');

function badge(state: 'suspends' | 'limits' | 'none' | 'stale'): HTMLElement {
  if (state === 'none') return h('span', { class: 'state state-unknown', 'data-state': 'none' }, t('asof.graph.node-none'));
  if (state === 'stale') return h('span', { class: 'state state-unknown', 'data-state': 'unknown' }, h('span', { class: 'state-glyph', 'aria-hidden': 'true' }, STATE_GLYPHS.unknown), t('asof.stale'));
  return h('span', { class: `state state-${state}`, 'data-state': state }, h('span', { class: 'state-glyph', 'aria-hidden': 'true' }, STATE_GLYPHS[state]), stateWords(t)[state].label);
}

/** The spans file's `spans`, or nothing when it cannot be read (the replay then shows no edge on another day). */
async function fetchSpans(src: string | undefined): Promise<unknown> {
  if (!src) return undefined;
  try {
    const response = await fetch(src);
    return response.ok ? ((await response.json()) as { spans?: unknown } | null)?.spans : undefined;
  } catch {
    return undefined;
  }
}

function start(root: HTMLElement, canvas: HTMLCanvasElement, ready: GraphReady): void {
  const { view } = ready;
  /** The spans, once fetched and decoded; until then only the graph's own day can be shown. */
  let spans: DrawSpan[] | undefined;
  let loading: Promise<void> | undefined;
  let marks: string[] = [];
  const today = root.dataset.day!;
  const from = root.dataset.from!;
  const status = root.querySelector<HTMLElement>('[data-replay-status]')!;
  const hint = root.querySelector<HTMLElement>('[data-graph-node-hint]');
  const region = root.querySelector<HTMLElement>('[data-graph-node-region]');
  const caption = root.querySelector<HTMLElement>('[data-graph-node-caption]');
  const body = root.querySelector<HTMLTableSectionElement>('[data-graph-node-table] tbody');
  const nobody = root.querySelector<HTMLElement>('[data-graph-node-nobody]');
  let selected = -1;
  let shown = today;
  let shownMonths: number | undefined;
  /** The first day number a span's confirmation must reach to count (-Infinity: every answer counts). */
  let since = -Infinity;

  /** Fetches and decodes the spans, once; `then` runs once they are in. */
  const withSpans = (then: () => void) => {
    if (spans) return then();
    root.setAttribute('aria-busy', 'true');
    loading ??= fetchSpans(canvas.dataset.spansSrc).then((payload) => {
      spans = decodeSpans(payload, view.nodes.length);
      marks = [...new Set(spans.flatMap((s) => (Number.isFinite(s.until) ? [s.from, s.until] : [s.from])))].sort((a, b) => a - b).map(dayOfNumber);
      root.removeAttribute('aria-busy');
      root.dataset.spans = 'true';
    });
    void loading.then(then);
  };

  const renderNode = () => {
    const node = view.nodes[selected];
    if (!node || !region || !caption || !body || !nobody) {
      if (region) region.hidden = true;
      if (nobody) nobody.hidden = true;
      return;
    }
    if (!spans) return withSpans(renderNode);
    const n = dayNumber(shown);
    const bySource = new Map<number, 'suspends' | 'limits' | 'none' | 'stale'>();
    for (const s of spans) {
      if (s.target !== selected) continue;
      const on = drawSpanOn(s, n, since);
      if (on !== undefined) bySource.set(s.source, on);
      else if (!bySource.has(s.source)) bySource.set(s.source, 'none');
    }
    const rows = [...bySource].sort((a, b) => (view.nodes[a[0]]!.id < view.nodes[b[0]]!.id ? -1 : 1));
    region.hidden = rows.length === 0;
    nobody.hidden = rows.length > 0;
    nobody.textContent = rows.length === 0 ? t('asof.graph.node-nobody', { domain: node.id }) : '';
    caption.textContent = t('asof.graph.node-caption', { domain: node.id, date: dayWords(shown) });
    region.dataset.node = node.id;
    replaceChildren(
      body,
      ...rows.map(([source, state]) => {
        const id = view.nodes[source]!.id;
        return h(
          'tr',
          { 'data-graph-node-row': id },
          h('th', { scope: 'row', translate: 'no' }, h('a', { href: `${canvas.dataset.serverBase}${id}/` }, id)),
          h('td', {}, badge(state)),
        );
      }),
    );
  };

  /** Draws the day shown with the spans (they are in). */
  const draw = () => {
    const spansIn = spans!;
    const n = dayNumber(shown);
    const edges = drawEdgesOn(spansIn, n, since);
    const acting = drawActingOn(spansIn, view.nodes.length, n, since);
    view.nodes.forEach((node, i) => {
      node.acting = acting[i]!;
      node.r = nodeSize(node.acting);
    });
    view.replaceEdges(edges);
    const counts = { suspends: 0, limits: 0 };
    for (const e of edges) if (e.state === 'suspends' || e.state === 'limits') counts[e.state]++;
    for (const state of ['suspends', 'limits'] as const) {
      const el = root.querySelector<HTMLElement>(`[data-graph-as-of-count="${state}"]`);
      if (el) {
        el.textContent = numberWords(counts[state]);
        el.dataset.count = String(counts[state]);
      }
    }
    status.textContent = t('asof.graph.status', { date: dayWords(shown), suspends: counts.suspends, limits: counts.limits, edges: counts.suspends + counts.limits });
    canvas.dataset.shownDay = shown;
    renderNode();
  };

  const show = (day: string, months: number | undefined) => {
    shown = day;
    shownMonths = months;
    since = confirmedSince(day, months);
    if (spans) return draw();
    // The graph's own day with every answer counted is what the page and the canvas show already.
    if (day === today && months === undefined) {
      canvas.dataset.shownDay = day;
      return renderNode();
    }
    withSpans(() => {
      // The latest day and period asked for while the spans were on their way.
      if (shown === day && shownMonths === months) draw();
    });
  };

  canvas.addEventListener(GRAPH_SELECT, (e) => {
    selected = (e as CustomEvent<GraphSelect>).detail.index;
    renderNode();
  });
  // Play stops on the days states change, which the spans give: a first press fetches them, then plays.
  const play = root.querySelector<HTMLButtonElement>('[data-replay-play]');
  let playWhenIn = false;
  root.addEventListener(
    'click',
    (e) => {
      if (spans || !play || !(e.target instanceof Node) || !play.contains(e.target)) return;
      e.stopPropagation();
      // A second press while they are on their way takes the first back.
      playWhenIn = !playWhenIn;
      withSpans(() => {
        if (playWhenIn) play.click();
        playWhenIn = false;
      });
    },
    { capture: true },
  );
  if (hint) hint.hidden = false;
  startReplay(root, {
    from,
    today,
    playStart: () => addMonths(marks.find((d) => d >= from) ?? from, -1),
    marks: () => marks,
    show,
  });
}

if (root && canvas) {
  canvas.addEventListener(GRAPH_READY, (e) => start(root, canvas, (e as CustomEvent<GraphReady>).detail), { once: true });
}
