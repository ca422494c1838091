/**
 * The full graph's focus panel (the `[data-graph-focus]` section of FullGraphView.astro): for the focused node,
 * every neighbour on the day drawn, what it does to the node or the node to it in words and glyph (not colour
 * alone), when the deciding decision began and its evidence (from the build day's edges, when the state drawn is
 * that day's), and links to their pages. A Clear button unfocuses. It reads the canvas's edges; it decides no state.
 */
import { domainDisplay } from '../../lib/domain.ts';
import { evidenceSource } from '../../lib/views/evidence-source.ts';
import type { DrawEdge } from '../../lib/views/graph-data.ts';
import { STATE_GLYPHS } from '../../lib/map/reach-shard.ts';
import { h, replaceChildren } from '../dom.ts';
import { dayWords, t } from '../page-words.ts';
import type { GraphCanvas } from './canvas-view.ts';

/** The panel's handle: redraw it (after the edges changed). */
export interface FocusPanel {
  refresh(): void;
}

const STATE_ORDER = { suspends: 0, limits: 1, reaches: 2 } as const;

/** When a decision began, in words (as lib/views/words.ts's `sinceText`, which the browser cannot import without the schema). */
function sinceWords(since: NonNullable<DrawEdge['since']>): string {
  return typeof since === 'string' ? dayWords(since) : t('labels.since.on-or-before', { date: dayWords(since.on_or_before) });
}

/** A link's words for an evidence URL: its source's name. */
function evidenceName(url: string): string {
  const source = evidenceSource(url);
  if (source.kind === 'oliphant') return t('graph.focus.evidence.oliphant');
  if (source.kind === 'near-me') return t('reach.evidence.source.near-me');
  return source.host;
}

/**
 * Wires the panel to the canvas: it follows the selection (GraphCanvas's hooks call `refresh`), lists the focused
 * node's neighbours, and calls `clear` from its Clear button. `builtEdges` are the build day's edges, with their
 * dates and evidence; `pageOf` gives a node's page.
 */
export function startFocusPanel(view: GraphCanvas, builtEdges: readonly DrawEdge[], pageOf: (i: number) => string, clear: () => void): FocusPanel {
  const root = document.querySelector<HTMLElement>('[data-graph-focus]');
  if (!root) return { refresh: () => undefined };
  const heading = root.querySelector<HTMLElement>('[data-graph-focus-heading]')!;
  const summary = root.querySelector<HTMLElement>('[data-graph-focus-summary]')!;
  const open = root.querySelector<HTMLAnchorElement>('[data-graph-focus-open]')!;
  const caption = root.querySelector<HTMLElement>('[data-graph-focus-caption]')!;
  const region = root.querySelector<HTMLElement>('[data-graph-focus-region]')!;
  const body = root.querySelector<HTMLTableSectionElement>('[data-graph-focus-table] tbody')!;
  root.querySelector('[data-graph-focus-clear]')?.addEventListener('click', clear);
  // The build day's edges by their ends, made when a node is first focused (not before the graph's first frame).
  let built: Map<string, DrawEdge> | undefined;
  const builtEdge = (e: DrawEdge) => (built ??= new Map(builtEdges.map((b) => [`${b.source}>${b.target}`, b]))).get(`${e.source}>${e.target}`);

  const refresh = () => {
    const i = view.selection;
    const node = view.nodes[i];
    root.hidden = !node;
    if (!node) {
      delete root.dataset.node;
      replaceChildren(body);
      return;
    }
    root.dataset.node = node.id;
    const shown = domainDisplay(node.id);
    replaceChildren(heading, h('span', { translate: 'no', title: shown.title }, shown.text), node.name ? h('span', { class: 'secondary', translate: 'no' }, ` ${node.name}`) : null);
    open.href = pageOf(i);
    open.textContent = t('graph.client.open', { id: node.id });
    const rows = view.selectedEdges
      .map((k) => view.edges[k]!)
      .filter((e) => e.source !== e.target)
      .map((e) => {
        const incoming = e.target === i;
        const other = incoming ? e.source : e.target;
        const made = builtEdge(e);
        return { e, incoming, other, detail: made && made.state === e.state ? made : undefined };
      })
      .sort((a, b) => STATE_ORDER[a.e.state] - STATE_ORDER[b.e.state] || Number(b.incoming) - Number(a.incoming) || (view.nodes[a.other]!.id < view.nodes[b.other]!.id ? -1 : 1));
    const neighbours = new Set(rows.map((r) => r.other)).size;
    summary.textContent = t('graph.focus.summary', {
      acting: rows.filter((r) => r.incoming).length,
      acted: rows.filter((r) => !r.incoming).length,
      neighbours: t('graph.focus.neighbours', { count: neighbours }),
    });
    caption.textContent = t('graph.focus.caption', { id: node.id });
    region.hidden = rows.length === 0;
    replaceChildren(
      body,
      ...rows.map(({ e, incoming, other, detail }) => {
        const n = view.nodes[other]!;
        const d = domainDisplay(n.id);
        return h(
          'tr',
          { 'data-graph-focus-row': n.id, 'data-direction': incoming ? 'in' : 'out' },
          h('th', { scope: 'row' }, h('a', { href: pageOf(other), translate: 'no', title: d.title }, d.text), n.name ? h('span', { class: 'secondary', translate: 'no' }, ` ${n.name}`) : null),
          h(
            'td',
            {},
            h(
              'span',
              { class: `state state-${e.state}`, 'data-state': e.state },
              h('span', { class: 'state-glyph', 'aria-hidden': 'true' }, STATE_GLYPHS[e.state]),
              ' ',
              t(`graph.focus.${incoming ? 'in' : 'out'}.${e.state}`, { id: node.id }),
            ),
          ),
          h('td', { class: 'nowrap' }, detail?.since ? sinceWords(detail.since) : '—'),
          h('td', {}, detail?.evidence ? h('a', { href: detail.evidence, rel: 'noopener noreferrer' }, evidenceName(detail.evidence)) : '—'),
        );
      }),
    );
  };
  return { refresh };
}
